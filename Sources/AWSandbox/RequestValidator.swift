import AWConformance
import AWModels
import DataContractXML
import Foundation

/// Checks a request's parameters (a JSON body, or the query string) against the endpoint
/// schema's request properties, as Web API's model binding and validation would: every required
/// property present and not null, each value of its documented type, in the page's date format,
/// and one of its documented values.
///
/// Problems come back as `ModelState` entries (`request.Credits` → messages), for the
/// `{"Message":"The request is invalid.","ModelState":{…}}` answer.
struct RequestValidator {
    let schema: EndpointSchema

    /// Problems of a JSON body, keyed `request.Name`; empty when valid.
    func validate(jsonBody data: Data) -> [String: [String]] {
        guard !data.isEmpty else {
            return ["request": ["The request body is empty; a JSON object with \(requiredNames) is required."]]
        }
        let value: DocumentNode
        do {
            value = DocumentNode(json: try JSONTree.parse(data).root)
        } catch {
            return ["request": ["The request body is not valid JSON: \(error.message) (line \(error.line), column \(error.column))."]]
        }
        guard case .object(let members) = value.content else {
            return ["request": ["The request body must be a JSON object."]]
        }
        var problems: [String: [String]] = [:]
        check(members: members, of: schema.request, at: "request", into: &problems, visiting: [])
        return problems
    }

    /// The problems of an object's members against `properties`, keyed `path.Name`: required
    /// members present and not null, `null` only where Json.NET can set it
    /// (`PropertySchema.acceptsJSONNullInRequest`), each value of its documented type, nested
    /// `aws:` objects and lists checked member by member (`request.PricePlans[0].Price`).
    private func check(
        members: [DocumentMember], of properties: [PropertySchema], at path: String, into problems: inout [String: [String]],
        visiting: [String]
    ) {
        for property in properties {
            let key = "\(path).\(property.name)"
            guard let member = members.last(where: { $0.name == property.name }) else {
                if property.required.value { problems[key, default: []].append("The \(property.name) field is required.") }
                continue
            }
            if case .null = member.node.content {
                if property.required.value {
                    problems[key, default: []].append("The \(property.name) field is required.")
                } else if !property.acceptsJSONNullInRequest {
                    problems[key, default: []].append(
                        "Error converting value {null} to type '\(Self.dotNetTypeName(property.type.value))'. Path '\(property.name)'.")
                }
                continue
            }
            check(member.node, property: property, type: property.type.value, key: key, into: &problems, visiting: visiting)
        }
    }

    /// The problems of one value (not `null` at the top) of `type`.
    private func check(
        _ node: DocumentNode, property: PropertySchema, type: DocumentedType, key: String, into problems: inout [String: [String]],
        visiting: [String]
    ) {
        switch (node.content, type) {
        case (_, .unknown):
            return
        case (.null, _):
            // An item of a list, or a member of a nested object: Json.NET's rule for its type.
            if Self.isValueType(type) {
                problems[key, default: []].append("Error converting value {null} to type '\(Self.dotNetTypeName(type))'. Path '\(key)'.")
            }
        case (.scalar(let text, let kind), _):
            if Self.isStructured(type) {
                problems[key, default: []].append("The value for \(property.name) is not a valid \(type).")
            } else if let message = Self.problem(text: text, json: kind, property: property, type: type) {
                problems[key, default: []].append(message)
            }
        case (.object(let members), .object(let name)):
            guard !visiting.contains(name), let object = schema.objectType(named: name) else { return }
            check(members: members, of: object.properties, at: key, into: &problems, visiting: visiting + [name])
        case (.array(let items), .array(let element)):
            for (index, item) in items.enumerated() {
                check(item, property: property, type: element, key: "\(key)[\(index)]", into: &problems, visiting: visiting)
            }
        case (.object, _):
            problems[key, default: []].append(
                "Cannot deserialize the current JSON object (e.g. {\"name\":\"value\"}) into \(property.name) (\(type)): it requires \(Self.jsonShape(type)).")
        case (.array, _):
            problems[key, default: []].append(
                "Cannot deserialize the current JSON array (e.g. [1,2,3]) into \(property.name) (\(type)): it requires \(Self.jsonShape(type)).")
        }
    }

    /// Problems of query parameters, keyed `request.Name`; empty when valid.
    func validate(query: [String: String]) -> [String: [String]] {
        var problems: [String: [String]] = [:]
        for property in schema.request {
            let key = "request.\(property.name)"
            guard let text = query.first(where: { $0.key.caseInsensitiveCompare(property.name) == .orderedSame })?.value else {
                if property.required.value { problems[key, default: []].append("The \(property.name) field is required.") }
                continue
            }
            if let message = Self.problem(text: text, json: nil, property: property) {
                problems[key, default: []].append(message)
            }
        }
        return problems
    }

    private var requiredNames: String {
        schema.request.filter(\.required.value).map(\.name).joined(separator: ", ")
    }

    private static func isStructured(_ type: DocumentedType) -> Bool {
        switch type {
        case .object, .array: true
        default: false
        }
    }

    /// Whether Json.NET reads the type into a .NET value type, which cannot hold `null`.
    private static func isValueType(_ type: DocumentedType) -> Bool {
        switch type {
        case .integer, .bigInteger, .decimal, .boolean, .date, .datetime: true
        default: false
        }
    }

    /// The .NET type Json.NET reads a documented type into, as its error messages name it.
    static func dotNetTypeName(_ type: DocumentedType) -> String {
        switch type {
        case .integer: "System.Int32"
        case .bigInteger: "System.Int64"
        case .decimal: "System.Decimal"
        case .boolean: "System.Boolean"
        case .date, .datetime: "System.DateTime"
        default: "System.String"
        }
    }

    /// What JSON a type needs, for the message of a value of the wrong shape.
    private static func jsonShape(_ type: DocumentedType) -> String {
        switch type {
        case .array: "a JSON array (e.g. [1,2,3])"
        case .object: "a JSON object (e.g. {\"name\":\"value\"})"
        default: "a JSON \(type == .string ? "string" : "value")"
        }
    }

    /// Why a value does not fit the property, or `nil`: the documented type's lexical form (a
    /// date or time in the page's format when it gives one, `dd-MM-YYYY`; comma-separated integers
    /// as `1,2,3`), then the documented enumeration (strings compared ignoring case, as the API's
    /// `OrderBy` values are; bit flags as any sum of the flags).
    static func problem(text: String, json: DocumentNode.ScalarKind?, property: PropertySchema, type: DocumentedType? = nil) -> String? {
        let type = type ?? property.type.value
        if let format = property.format?.value, type == .string, json != .number, format.contains(where: \.isLetter),
            let parsed = DocumentedDateFormat(format)
        {
            // A string in a date or time format the page gives (`HH:mm`): only that format.
            return parsed.dateTime(from: text) == nil ? "The value '\(text)' is not valid for \(property.name): the format is \(format)." : nil
        }
        if let format = property.format?.value, type == .date || type == .datetime, json != .number {
            guard DocumentedDateFormat(format)?.dateTime(from: text) != nil || typeProblem(text: text, json: json, type: type, name: property.name) == nil else {
                return "The value '\(text)' is not valid for \(property.name): the format is \(format)."
            }
            return nil
        }
        if let message = typeProblem(text: text, json: json, type: type, name: property.name) { return message }
        guard let values = property.enumValues?.value, !values.isEmpty else { return nil }
        switch type {
        case .integer, .bigInteger:
            guard let number = Int64(text.trimmingCharacters(in: .whitespaces)) else { return nil }
            let allowed = values.compactMap { Int64($0) }
            if property.enumIsFlags == true {
                let all = allowed.reduce(0, |)
                if number >= 0, number & ~all == 0 { return nil }
            } else if allowed.contains(number) {
                return nil
            }
        default:
            if values.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) { return nil }
        }
        return "The value '\(text)' is not valid for \(property.name): it can be \(values.joined(separator: ", "))."
    }

    /// Why a scalar does not fit the documented type, in Web API's message style, or `nil`:
    /// the same lexical rules `awkit check` applies (``ScalarForm``); `json` is the JSON kind, or
    /// `nil` for a query-string value, which is read as text in the type's lexical form.
    static func typeProblem(text: String, json: DocumentNode.ScalarKind?, type: DocumentedType, name: String) -> String? {
        if type == .decimal {
            // Json.NET reads a JSON number with an exponent into a decimal, and Web API's query
            // binding parses with NumberStyles.Float: both refuse only what overflows.
            if let json, json != .number { return "The value '\(text)' is not valid for \(name) (\(type))." }
            return RequestDecimal.problem(text, json: json != nil).map { "The value '\(text)' is not valid for \(name) (\(type)): \($0)." }
        }
        guard ScalarForm.problem(text: text, kind: json ?? .xmlText, type: type) != nil else { return nil }
        return "The value '\(text)' is not valid for \(name) (\(type))."
    }
}
