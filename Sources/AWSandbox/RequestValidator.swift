import AWConformance
import AWModels
import DataContractXML
import Foundation

/// Checks a request's parameters (a JSON body, or the query string) against the endpoint
/// schema's request properties, as Web API's model binding and validation would: every required
/// property present and not null, each value of its documented type.
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
                if let message = Self.typeProblem(text: text, json: kind, type: property.type.value, name: property.name) {
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
            if let message = Self.typeProblem(text: text, json: nil, type: property.type.value, name: property.name) {
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

    /// Why a scalar does not fit the documented type, in Web API's message style, or `nil`:
    /// the same lexical rules `awkit check` applies (``ScalarForm``); `json` is the JSON kind, or
    /// `nil` for a query-string value, which is read as text in the type's lexical form.
    static func typeProblem(text: String, json: DocumentNode.ScalarKind?, type: DocumentedType, name: String) -> String? {
        guard ScalarForm.problem(text: text, kind: json ?? .xmlText, type: type) != nil else { return nil }
        return "The value '\(text)' is not valid for \(name) (\(type))."
    }
}
