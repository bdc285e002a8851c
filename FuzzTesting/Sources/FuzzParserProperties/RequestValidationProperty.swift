#if canImport(FuzzProperties)
import FuzzProperties
#endif
import AWConformance
import AWModels
@testable import AWSandbox
import Foundation

/// `FuzzParsers` 6: the stand-in's request validation (`RequestValidator`, internal to
/// `AWSandbox`, hence `@testable`: the fuzz build passes `-enable-testing`) of a JSON body or
/// of query parameters, against a built-in schema the input picks.
///
/// Properties: every problem is keyed `request` or `request.Name` for a request property of
/// the schema, with at least one message; a body `JSONTree` refuses gives exactly one problem,
/// under `request`; a valid body or query gives no problem for a property it does not name.
enum RequestValidationProperty {
    static let name = "FuzzParsers.request"

    static let schemas: [EndpointSchema] = PlanProperty.schemas.values
        .filter { !$0.request.isEmpty }
        .sorted { $0.endpoint < $1.endpoint }

    static func check(_ input: inout FuzzInput) throws(PropertyViolation) {
        let schema = schemas[input.choice(schemas.count)]
        let validator = RequestValidator(schema: schema)
        let problems: [String: [String]]
        var named: Set<String> = []
        if input.bool() {
            let body = input.rest()
            problems = validator.validate(jsonBody: Data(body))
            let parsed = try? JSONTree.parse(body)
            if parsed == nil {
                try require(problems.keys.sorted() == ["request"], name, "a malformed body gives \(problems)")
            }
            if case .object(let members, _)? = parsed?.root { named = Set(members.map(\.key)) }
        } else {
            var query: [String: String] = [:]
            while !input.isAtEnd { query[input.string()] = input.string() }
            problems = validator.validate(query: query)
            named = Set(query.keys)
        }
        let properties = Set(schema.request.map(\.name))
        for (key, messages) in problems {
            try require(!messages.isEmpty && messages.allSatisfy { !$0.isEmpty }, name, "\(key) has no message")
            guard key != "request" else { continue }
            try require(
                key.hasPrefix("request.") && properties.contains(String(key.dropFirst(8))), name,
                "a problem under \(key), not a request property of \(schema.endpoint)")
            let property = String(key.dropFirst(8))
            let required = schema.request.first { $0.name == property }?.required.value ?? false
            try require(
                required || named.contains { $0.caseInsensitiveCompare(property) == .orderedSame }, name,
                "a problem for \(property), optional and not sent: \(messages)")
        }
    }
}
