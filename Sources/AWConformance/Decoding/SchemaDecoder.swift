import AWModels
import DataContractXML
import Foundation

/// Decodes a response through its endpoint schema alone, for a page AWKit has no generated
/// model of (`awkit decode --schemas DIR`): the same values, presence rules and errors a model
/// generated from that schema would have.
///
/// A member is optional where the generated model's property is (`null` allowed, a condition,
/// not required, or an unknown type); a missing or `null` member that is not is an error, as is a
/// value not in its documented type's lexical form. Members the page does not document are
/// skipped, as a model skips them. An absent optional member is `null` in a response (models
/// write every member) and left out in a request body (request models leave unset members out). Members are matched by local name (XML namespaces are not
/// checked: `awkit check` does that).
public struct SchemaDecoder: Sendable {
    public init() {}

    /// The response's value.
    ///
    /// - Parameters:
    ///   - data: the response body.
    ///   - format: JSON or XML.
    ///   - schema: the endpoint's schema.
    /// - Returns: the typed value; for an empty-body endpoint an empty object, for one whose
    ///   page does not show the response the body's text.
    /// - Throws: ``SchemaDecodingError``.
    public func decode(_ data: Data, format: ResponseFormat, schema: EndpointSchema) throws(SchemaDecodingError) -> SchemaValue {
        if schema.shape == .empty {
            guard data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                throw SchemaDecodingError(
                    code: .unexpectedBody, path: "", line: nil, column: nil,
                    message: "the operation documents no response body, but \(data.count) bytes came")
            }
            return .object([])
        }
        let root = try document(data, format: format)
        guard let type = schema.rootType else { return .string(String(decoding: data, as: UTF8.self)) }
        return try value(root, type: type, optional: false, path: "", schema: schema)
    }

    /// A JSON request body's value, through the schema's request parameters (the Group-manager
    /// ones optional).
    ///
    /// - Parameters:
    ///   - data: the request body.
    ///   - schema: the endpoint's schema.
    /// - Throws: ``SchemaDecodingError``.
    public func decodeRequest(_ data: Data, schema: EndpointSchema) throws(SchemaDecodingError) -> SchemaValue {
        let root = try document(data, format: .json)
        var parameters = schema.request
        for var parameter in schema.groupManagerParameters where !parameters.contains(where: { $0.name == parameter.name }) {
            parameter.required = Fact(false, from: parameter.required.source)
            parameters.append(parameter)
        }
        var withRequest = schema
        let name = "\(schema.endpoint.split(separator: "/").last ?? "")Request"
        withRequest.response = nil
        withRequest.types[name] = TypeSchema(name: name, inferred: false, properties: parameters)
        // Absent members stay absent, as a request model encodes them.
        return try value(root, type: .object(name), optional: false, path: "", schema: withRequest, absentAsNull: false)
    }

    private func document(_ data: Data, format: ResponseFormat) throws(SchemaDecodingError) -> DocumentNode {
        switch format {
        case .json:
            do {
                return DocumentNode(json: try JSONTree.parse(data).root)
            } catch {
                throw SchemaDecodingError(code: .notWellFormed, path: "", line: nil, column: nil, message: "not well-formed JSON: \(error)")
            }
        case .xml:
            do {
                guard let root = try XMLTree.parse(data).root else {
                    throw SchemaDecodingError(code: .notWellFormed, path: "", line: nil, column: nil, message: "the XML has no root element")
                }
                return DocumentNode(xml: root)
            } catch let error as SchemaDecodingError {
                throw error
            } catch let error as DataContractXMLError {
                throw SchemaDecodingError(code: .notWellFormed, path: "", line: error.line, column: error.column, message: error.message)
            } catch {
                throw SchemaDecodingError(code: .notWellFormed, path: "", line: nil, column: nil, message: "\(error)")
            }
        }
    }

    private func value(
        _ node: DocumentNode, type: DocumentedType, optional: Bool, path: String, schema: EndpointSchema,
        absentAsNull: Bool = true
    ) throws(SchemaDecodingError) -> SchemaValue {
        func mismatch(_ message: String) -> SchemaDecodingError {
            SchemaDecodingError(code: .typeMismatch, path: path, line: node.line, column: node.column, message: message)
        }
        if case .null = node.content {
            guard optional else {
                throw SchemaDecodingError(
                    code: .unexpectedNull, path: path, line: node.line, column: node.column,
                    message: "null, but the page documents a \(type) that is always present")
            }
            return .null
        }
        switch type {
        case .object(let name):
            guard let members = node.objectMembers else { throw mismatch("expected an object (aws:\(name)), found \(node.kindName)") }
            guard let objectType = schema.objectType(named: name), objectType.propertiesUnknown != true else {
                return .object([])
            }
            var byName: [String: DocumentMember] = [:]
            for member in members where byName[member.name] == nil { byName[member.name] = member }
            var result: [SchemaValue.Member] = []
            for property in objectType.properties {
                let memberPath = path.isEmpty ? property.name : "\(path).\(property.name)"
                let isOptional = property.nullable.value || property.condition != nil || !property.required.value
                    || property.type.value.isUnknown
                guard let member = byName[property.name] else {
                    guard isOptional else {
                        throw SchemaDecodingError(
                            code: .missingMember, path: memberPath, line: node.line, column: node.column,
                            message: "missing; the page documents it as always present")
                    }
                    if absentAsNull { result.append(SchemaValue.Member(name: property.name, value: .null)) }
                    continue
                }
                result.append(
                    SchemaValue.Member(
                        name: property.name,
                        value: try value(
                            member.node, type: property.type.value, optional: isOptional, path: memberPath, schema: schema,
                            absentAsNull: absentAsNull)))
            }
            return .object(result)
        case .array(let element):
            guard let items = node.arrayItems else { throw mismatch("expected an array (\(type)), found \(node.kindName)") }
            var result: [SchemaValue] = []
            for (index, item) in items.enumerated() {
                result.append(
                    try value(item, type: element, optional: false, path: "\(path)[\(index)]", schema: schema, absentAsNull: absentAsNull))
            }
            return .array(result)
        case .unknown:
            guard case .scalar(let text, _) = node.content else { throw mismatch("expected a single value, found \(node.kindName)") }
            return .string(text)
        default:
            guard case .scalar(let text, let kind) = node.content else {
                throw mismatch("expected \(type), found \(node.kindName)")
            }
            if let problem = ScalarForm.problem(text: text, kind: kind, type: type) { throw mismatch(problem) }
            let trimmed = kind == .xmlText && type != .string ? ScalarForm.xmlTrimmed(text) : text
            let bytes = Array(trimmed.utf8)
            do {
                switch type {
                case .integer, .bigInteger:
                    return .integer(try LexicalForm.integer(bytes.span, as: Int64.self))
                case .decimal:
                    return .decimal(try LexicalForm.decimal(bytes.span))
                case .boolean:
                    return .bool(try LexicalForm.boolean(bytes.span))
                default:
                    return .string(trimmed)
                }
            } catch {
                throw mismatch(error.description)
            }
        }
    }
}
