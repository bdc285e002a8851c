/// The fuzz targets, by the name of their executable (`FuzzTesting/Sources/<name>`) and corpus
/// folder (`FuzzTesting/Corpus/<name>`, `FuzzTesting/Failures/<name>`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    case xmlDocument = "FuzzXMLDocument"
    case xmlStreaming = "FuzzXMLStreaming"
    case json = "FuzzJSON"
    case xmlTree = "FuzzXMLTree"
    case roundTrip = "FuzzRoundTrip"
    case parsers = "FuzzParsers"

    /// Checks the target's properties on one input.
    ///
    /// - Throws: ``PropertyViolation`` when the input breaks one.
    public func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        switch self {
        case .xmlDocument: try XMLDocumentProperty.check(bytes)
        case .xmlStreaming: try XMLStreamingProperty.check(bytes)
        case .json: try JSONProperty.check(bytes)
        case .xmlTree: try XMLTreeProperty.check(bytes)
        case .roundTrip: try RoundTripProperty.check(bytes)
        case .parsers: try ParsersProperty.check(bytes)
        }
    }

    /// The libFuzzer entry: checks `count` bytes at `start`, trapping (so that libFuzzer saves
    /// the input) on a violation.
    public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> Int32 {
        let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
        do {
            try check(bytes)
        } catch {
            fatalError("property violated: \(error)")
        }
        return 0
    }
}
