/// One fuzz target's properties: the harness of the libFuzzer executable of the same name
/// (`FuzzTesting/Sources/<name>`) and the corpus replay test (`Tests/FuzzCorpusTests`) both
/// call ``check(_:)``, so what the fuzzer checked is what `swift test` replays.
public protocol FuzzProperty {
    /// The target's name: its executable and its corpus folders (`FuzzTesting/Corpus/<name>`,
    /// `FuzzTesting/Failures/<name>`).
    static var name: String { get }

    /// Checks every property on one input.
    ///
    /// - Throws: ``PropertyViolation`` when the input breaks one.
    static func check(_ bytes: [UInt8]) throws(PropertyViolation)
}

extension FuzzProperty {
    /// The libFuzzer entry: checks `count` bytes at `start`, trapping on a violation (libFuzzer
    /// then saves the input as `crash-…`).
    public static func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> Int32 {
        let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
        do {
            try check(bytes)
        } catch {
            fatalError("property violated: \(error)")
        }
        return 0
    }
}
