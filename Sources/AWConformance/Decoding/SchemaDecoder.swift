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
            do {
                _ = try ResponseDecoder.emptyResponse(data)
            } catch {
                throw SchemaDecodingError(code: .unexpectedBody, path: "", line: nil, column: nil, message: error.message)
            }
            return .object([])
        }
        let root = try document(data, format: format)
        guard let type = schema.rootType else { return .string(String(decoding: data, as: UTF8.self)) }
        return try value(root, type: type, optional: false, path: "", schema: schema)
    }

    /// A JSON request body's value, through the schema's request parameters, optional as the
    /// request model's are (the Group-manager ones, and on a page of several request forms those
    /// some form does not require); members left unset stay absent, as the model sends them.
    ///
    /// - Parameters:
    ///   - data: the request body.
    ///   - schema: the endpoint's schema.
    /// - Throws: ``SchemaDecodingError``.
    public func decodeRequest(_ data: Data, schema: EndpointSchema) throws(SchemaDecodingError) -> SchemaValue {
        let root = try document(data, format: .json)
        guard let members = root.objectMembers else {
            throw SchemaDecodingError(
                code: .typeMismatch, path: "", line: root.line, column: root.column,
                message: "expected an object (the request's parameters), found \(root.kindName)")
        }
        return .object(
            try object(
                members, at: root, properties: schema.requestParameters, isOptional: schema.isOptionalRequestParameter,
                path: "", schema: schema, absentAsNull: false))
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
        _ node: DocumentNode, type: DocumentedType, optional: Bool, path: String, schema: EndpointSchema
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
            return .object(
                try object(
                    members, at: node, properties: objectType.properties, isOptional: \.isOptionalInModels, path: path,
                    schema: schema, absentAsNull: true))
        case .array(let element):
            guard let items = node.arrayItems else { throw mismatch("expected an array (\(type)), found \(node.kindName)") }
            var result: [SchemaValue] = []
            for (index, item) in items.enumerated() {
                result.append(try value(item, type: element, optional: false, path: "\(path)[\(index)]", schema: schema))
            }
            return .array(result)
        case .unknown:
            guard case .scalar(let text, _) = node.content else { throw mismatch("expected a single value, found \(node.kindName)") }
            return .string(text)
        default:
            guard case .scalar(let text, let kind) = node.content else {
                throw mismatch("expected \(type), found \(node.kindName)")
            }
            do {
                return try scalar(text, kind: kind, type: type)
            } catch let problem as ScalarProblem {
                throw mismatch(problem.message)
            } catch {
                throw mismatch("\(error)")
            }
        }
    }

    /// The documented members of an object, in the page's order; members the page does not
    /// document are skipped. An absent optional member is `null` when `absentAsNull` (a response
    /// model writes every member), else left out (a request model leaves unset members out).
    private func object(
        _ members: [DocumentMember], at node: DocumentNode, properties: [PropertySchema],
        isOptional: (PropertySchema) -> Bool, path: String, schema: EndpointSchema, absentAsNull: Bool
    ) throws(SchemaDecodingError) -> [SchemaValue.Member] {
        var byName: [String: DocumentMember] = [:]
        for member in members where byName[member.name] == nil { byName[member.name] = member }
        var result: [SchemaValue.Member] = []
        for property in properties {
            let memberPath = path.isEmpty ? property.name : "\(path).\(property.name)"
            let optional = isOptional(property)
            guard let member = byName[property.name] else {
                guard optional else {
                    throw SchemaDecodingError(
                        code: .missingMember, path: memberPath, line: node.line, column: node.column,
                        message: "missing; the page documents it as always present")
                }
                if absentAsNull { result.append(SchemaValue.Member(name: property.name, value: .null)) }
                continue
            }
            let value = try value(member.node, type: property.type.value, optional: optional, path: memberPath, schema: schema)
            result.append(SchemaValue.Member(name: property.name, value: value))
        }
        return result
    }

    private struct ScalarProblem: Error {
        var message: String
    }

    /// A scalar as the generated model's property type reads it: `Int` (64 bits) for `integer`,
    /// `Int64`, `Decimal`, `Bool`, `String`, `DateTime`, `DateOnly` and `CommaSeparatedIntegers`,
    /// with their lexical rules, JSON kinds and output forms.
    private func scalar(_ text: String, kind: DocumentNode.ScalarKind, type: DocumentedType) throws -> SchemaValue {
        let isXML = kind == .xmlText
        func require(_ expected: DocumentNode.ScalarKind, _ words: String) throws {
            if !isXML && kind != expected { throw ScalarProblem(message: "expected \(words), found a JSON \(kind.rawValue)") }
        }
        let trimmed = isXML ? ScalarForm.xmlTrimmed(text) : text
        let bytes = Array(trimmed.utf8)
        switch type {
        case .integer, .bigInteger:
            try require(.number, "an integer number")
            return .integer(try LexicalForm.integer(bytes.span, as: Int64.self))
        case .decimal:
            try require(.number, "a decimal number")
            return .decimal(try LexicalForm.decimal(bytes.span))
        case .boolean:
            try require(.boolean, "true or false")
            return .bool(try LexicalForm.boolean(bytes.span))
        case .datetime:
            try require(.string, "a DateTime string")
            return .string(try DateTime(parsing: trimmed).description)
        case .date:
            try require(.string, "a date string")
            return .string(try DateOnly(parsing: trimmed).text)
        case .commaSeparatedIntegers:
            try require(.string, "a string of comma-separated integers")
            guard let list = CommaSeparatedIntegers(parsing: text) else {
                throw ScalarProblem(message: "\(String(reflecting: text)) is not a string of comma-separated integers")
            }
            return .string(list.description)
        case .string, .unknown, .object, .array:
            try require(.string, "a string")
            return .string(text)
        }
    }
}
