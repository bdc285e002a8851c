import AWSchema
import Foundation
import OpenAPIKit
import OpenAPIKit30

/// OpenAPI 3.0: the 3.1 document with its few 3.1-only forms rewritten, read by OpenAPIKit as a
/// 3.0 document and validated.
///
/// OpenAPIKit converts 3.0 documents to 3.1 but not back, and its 3.0 → 3.1 conversion drops
/// the schemas' `xml` objects, so the document is built once, as 3.1, and these rules make it
/// 3.0 (the exporter writes no other 3.1-only form):
/// - `type: [X, "null"]` → `type: X` and `nullable: true`;
/// - a numeric `exclusiveMaximum: N` / `exclusiveMinimum: N` → `maximum: N` /
///   `minimum: N` with `exclusiveMaximum: true` / `exclusiveMinimum: true`;
/// - a bearer scheme's security requirement lists no scopes (3.0 allows them only for OAuth 2);
///   they stay in the operation's `x-awkit-scopes`;
/// - `openapi: 3.0.3`.
extension OpenAPIExporter {
    /// The 3.0 text of a 3.1 document made by ``document(for:)``: the rewritten tree, in the
    /// bytes OpenAPIKit has read as a 3.0 document and validated.
    ///
    /// The tree, not OpenAPIKit's 3.0 document, is what is written: decoding loses the order of
    /// an object's properties (Foundation's decoder gives keys in no fixed order), and with it
    /// the order of the `required` lists.
    ///
    /// - Throws: ``OpenAPIExportError`` `openapi.encoding-failed` when OpenAPIKit cannot read the
    ///   rewritten document as 3.0, `openapi.invalid-document` when its 3.0 validation refuses it.
    static func version30Text(of document: OpenAPIKit.OpenAPI.Document, format: OpenAPIExportOptions.Format) throws(OpenAPIExportError) -> Data {
        let tree: TreeValue
        let converted: OpenAPIKit30.OpenAPI.Document
        do {
            var rewritten = rewrite(try JSONDecoder().decode(TreeValue.self, from: JSONEncoder().encode(document)), key: nil)
            if case .object(var root) = rewritten {
                root["openapi"] = .string(OpenAPIExportOptions.Version.v3_0.specificationVersion)
                rewritten = .object(root)
            }
            tree = rewritten
            converted = try JSONDecoder().decode(OpenAPIKit30.OpenAPI.Document.self, from: JSONEncoder().encode(tree))
        } catch {
            throw OpenAPIExportError(code: .encodingFailed, message: "the OpenAPI 3.0 form cannot be made: \(error)")
        }
        do {
            try converted.validate()
        } catch {
            throw OpenAPIExportError(code: .invalidDocument, message: "OpenAPIKit refuses the OpenAPI 3.0 document: \(error)")
        }
        return try encode(tree, format: format)
    }

    /// Members whose values are data, not OpenAPI structure: left as they are.
    private static let dataKeys: Set<String> = ["example", "examples", "default", "enum"]

    private static func rewrite(_ value: TreeValue, key: String?) -> TreeValue {
        switch value {
        case .object(var members):
            if let key, dataKeys.contains(key) || key.hasPrefix("x-") { return value }
            if case .array(let types)? = members["type"], types.contains(.string("null")) {
                let others = types.filter { $0 != .string("null") }
                if others.count == 1 { members["type"] = others[0] } else if others.isEmpty { members["type"] = nil } else { members["type"] = .array(others) }
                members["nullable"] = .bool(true)
            }
            for (exclusive, bound) in [("exclusiveMaximum", "maximum"), ("exclusiveMinimum", "minimum")] {
                switch members[exclusive] {
                case .number?, .integer?:
                    members[bound] = members[exclusive]
                    members[exclusive] = .bool(true)
                default:
                    break
                }
            }
            if key == nil || members["responses"] != nil, case .array(let requirements)? = members["security"] {
                members["security"] = .array(requirements.map { requirement in
                    guard case .object(var schemes) = requirement else { return requirement }
                    if schemes[accessTokenScheme] != nil { schemes[accessTokenScheme] = .array([]) }
                    return .object(schemes)
                })
            }
            var rewritten: [String: TreeValue] = [:]
            for (name, member) in members { rewritten[name] = rewrite(member, key: name) }
            return .object(rewritten)
        case .array(let items):
            if let key, dataKeys.contains(key) || key.hasPrefix("x-") { return value }
            return .array(items.map { rewrite($0, key: nil) })
        default:
            return value
        }
    }

    /// A JSON value, for rewriting an encoded document.
    private enum TreeValue: Codable, Equatable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        case array([TreeValue])
        case object([String: TreeValue])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .integer(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([TreeValue].self) { self = .array(value) }
            else { self = .object(try container.decode([String: TreeValue].self)) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .bool(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }
}
