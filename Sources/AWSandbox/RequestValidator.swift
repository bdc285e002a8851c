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
        for property in schema.request {
            let key = "request.\(property.name)"
            guard let member = members.last(where: { $0.name == property.name }) else {
                if property.required.value { problems[key, default: []].append("The \(property.name) field is required.") }
                continue
            }
            switch member.node.content {
            case .null:
                if property.required.value { problems[key, default: []].append("The \(property.name) field is required.") }
            case .scalar(let text, let kind):
                if let message = Self.problem(text: text, json: kind, property: property) {
                    problems[key, default: []].append(message)
                }
            case .object, .array:
                if !Self.isStructured(property.type.value) {
                    problems[key, default: []].append("The value for \(property.name) is not a valid \(property.type.value).")
                }
            }
        }
        return problems
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
        case .object, .array, .unknown: true
        default: false
        }
    }

    /// Why a value does not fit the property, or `nil`: the documented type's lexical form (a
    /// date or time in the page's format when it gives one, `dd-MM-YYYY`; comma-separated integers
    /// as `1,2,3`), then the documented enumeration (strings compared ignoring case, as the API's
    /// `OrderBy` values are; bit flags as any sum of the flags).
    static func problem(text: String, json: DocumentNode.ScalarKind?, property: PropertySchema) -> String? {
        let type = property.type.value
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
        guard ScalarForm.problem(text: text, kind: json ?? .xmlText, type: type) != nil else { return nil }
        return "The value '\(text)' is not valid for \(name) (\(type))."
    }
}
