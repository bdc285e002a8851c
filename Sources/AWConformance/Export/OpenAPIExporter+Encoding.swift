import Foundation
import Yams

/// The document's text: JSON or YAML, keys sorted, so the same document gives the same bytes.
extension OpenAPIExporter {
    /// Encodes an OpenAPIKit document (3.1 or 3.0) as text ending in a line break.
    ///
    /// - Throws: ``OpenAPIExportError`` `openapi.encoding-failed`.
    static func encode(_ document: some Encodable, format: OpenAPIExportOptions.Format) throws(OpenAPIExportError) -> Data {
        do {
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                return try encoder.encode(document) + Data("\n".utf8)
            case .yaml:
                let encoder = YAMLEncoder()
                // Sorted keys, no line folding (a long description stays on one line), UTF-8 as is.
                encoder.options = YAMLEncoder.Options(width: -1, allowUnicode: true, sortKeys: true)
                var text = try encoder.encode(document)
                if !text.hasSuffix("\n") { text += "\n" }
                return Data(text.utf8)
            }
        } catch {
            throw OpenAPIExportError(code: .encodingFailed, message: "the document cannot be encoded as \(format.rawValue): \(error)")
        }
    }
}
