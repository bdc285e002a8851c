import Foundation
import Yams

/// The document's text: JSON or YAML, keys sorted, so the same document gives the same bytes.
extension OpenAPIExporter {
    /// Encodes an OpenAPIKit document (3.1 or 3.0), or its rewritten tree, as text ending in a
    /// line break.
    ///
    /// YAML is written from the JSON text, so a JSON string stays a string: one whose plain YAML
    /// form would read as another type is single-quoted (status codes `'200'`, as OpenAPI
    /// requires, `'true'`, `'2018-01-22'`), any other is written plain where YAML allows.
    ///
    /// - Throws: ``OpenAPIExportError`` `openapi.encoding-failed`.
    static func encode(_ document: some Encodable, format: OpenAPIExportOptions.Format) throws(OpenAPIExportError) -> Data {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let json = try encoder.encode(document)
            switch format {
            case .json:
                return json + Data("\n".utf8)
            case .yaml:
                guard let node = try Yams.compose(yaml: String(decoding: json, as: UTF8.self)) else {
                    throw OpenAPIExportError(code: .encodingFailed, message: "the document cannot be encoded as yaml: no YAML node")
                }
                // No line folding (a long description stays on one line), UTF-8 as is.
                var text = try Yams.serialize(node: yamlStyled(node), width: -1, allowUnicode: true, sortKeys: true)
                if !text.hasSuffix("\n") { text += "\n" }
                return Data(text.utf8)
            }
        } catch let error as OpenAPIExportError {
            throw error
        } catch {
            throw OpenAPIExportError(code: .encodingFailed, message: "the document cannot be encoded as \(format.rawValue): \(error)")
        }
    }

    /// The node with each JSON string (double-quoted as parsed) restyled: plain where its plain
    /// form reads back as a string, single-quoted where it would read as a number, boolean, null
    /// or timestamp. Numbers, booleans and nulls stay plain.
    private static func yamlStyled(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            if scalar.style == .doubleQuoted {
                let plain = Node.scalar(Node.Scalar(scalar.string))
                scalar.style = Resolver.default.resolveTag(of: plain) == .str ? .any : .singleQuoted
            }
            return .scalar(scalar)
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { (yamlStyled($0.key), yamlStyled($0.value)) }, mapping.tag, mapping.style))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(yamlStyled), sequence.tag, sequence.style))
        case .alias:
            return node
        }
    }
}
