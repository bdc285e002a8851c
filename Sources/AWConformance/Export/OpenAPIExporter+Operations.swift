import AWSchema
import Foundation
import OpenAPIKit

/// Operations: one per endpoint, and one more for its Group-manager form, with parameters or a
/// JSON body, responses for both media types, security and the page's facts in extensions.
extension OpenAPIExporter {
    /// The name of the bearer-token security scheme (`Authorization: bearer {access_token}`).
    static let accessTokenScheme = "accessToken"
    /// The name of the API-key security scheme (the `apiKey` query-string parameter).
    static let apiKeyScheme = "apiKey"

    /// The two forms of an endpoint.
    enum Form {
        /// The regular path.
        case regular
        /// The Group-manager path (`/v1/Groups/…`), with the extra parameters (`UserID`).
        case groupManager
    }

    /// The operation ID: `Group_Operation`, `Group_Operation_GroupManager`.
    static func operationID(_ schema: EndpointSchema, form: Form) -> String {
        let base = schema.endpoint.replacingOccurrences(of: "/", with: "_")
        return form == .groupManager ? base + "_GroupManager" : base
    }

    /// The component name of an endpoint's response type: `Group_Operation_TypeName`.
    static func componentName(_ schema: EndpointSchema, type: String) -> String {
        schema.endpoint.replacingOccurrences(of: "/", with: "_") + "_" + type
    }

    /// Whether the request's parameters travel in a JSON body: as the page says, or when it
    /// does not say, for any method but GET (as the stand-in reads them).
    static func takesJSONBody(_ schema: EndpointSchema) -> Bool {
        switch schema.parameterPassing {
        case .jsonBody: true
        case .queryString: false
        case .unspecified: schema.method.uppercased() != "GET"
        }
    }

    /// The operation of one form of an endpoint.
    func operation(_ schema: EndpointSchema, form: Form, components: inout OpenAPI.ComponentDictionary<JSONSchema>) -> OpenAPI.Operation {
        let group = String(schema.endpoint.split(separator: "/").first ?? "")
        let extra = form == .groupManager ? schema.groupManagerParameters : []
        let properties = schema.request + extra.filter { property in !schema.request.contains { $0.name == property.name } }
        let requestUse = PropertyUse(forXML: false)

        var parameters: OpenAPI.Parameter.Array = []
        var body: OpenAPI.Request?
        if Self.takesJSONBody(schema) {
            if !properties.isEmpty {
                var members = OrderedDictionary<String, JSONSchema>()
                for property in properties where members[property.name] == nil {
                    members[property.name] = propertySchema(property, endpoint: schema, use: requestUse, visiting: [])
                }
                var content = OpenAPI.Content(schema: JSONSchema.object(properties: members))
                if form == .regular, let text = schema.requestJSONSample, let value = Self.exampleValue(json: text) {
                    content.examples = Self.pageExample(value, summary: "The documentation page's request sample")
                }
                body = OpenAPI.Request(
                    description: "The parameters, as serialized JSON.", content: [.json: .b(content)], required: true)
            }
        } else {
            for property in properties {
                parameters.append(.b(.query(
                    name: property.name, required: property.required.value,
                    schemaOrContent: .a(.init(propertySchema(property, endpoint: schema, use: requestUse, visiting: []), style: .form)),
                    description: property.description.isEmpty ? nil : property.description)))
            }
        }

        var extensions: [String: AnyCodable] = [
            "x-awkit-endpoint": AnyCodable(schema.endpoint),
            "x-awkit-parameter-passing": AnyCodable(schema.parameterPassing.rawValue),
        ]
        var sources: [String: String] = [:]
        if let authentication = schema.authentication { sources["authentication"] = authentication.source.rawValue }
        if let shape = schema.responseShape { sources["responseShape"] = shape.source.rawValue }
        if !sources.isEmpty { extensions["x-awkit-source"] = AnyCodable(sources) }
        if form == .groupManager { extensions["x-awkit-group-manager"] = AnyCodable(true) }
        if !schema.scopes.isEmpty { extensions["x-awkit-scopes"] = AnyCodable(schema.scopes) }
        if !schema.notes.isEmpty { extensions["x-awkit-notes"] = AnyCodable(schema.notes) }
        if !schema.prerequisites.isEmpty {
            extensions["x-awkit-prerequisites"] = AnyCodable(schema.prerequisites.map { property -> [String: (any Sendable)?] in
                ["name": property.name, "type": property.type.value.description, "description": property.description]
            })
        }
        if let variants = schema.requestVariants {
            extensions["x-awkit-request-variants"] = AnyCodable(variants.map { variant -> [String: (any Sendable)?] in
                ["name": variant.name, "properties": variant.properties.map(\.name)]
            })
        }

        return OpenAPI.Operation(
            tags: [group],
            summary: form == .groupManager ? "\(schema.title) (Group manager)" : schema.title,
            description: operationDescription(schema, form: form),
            operationId: Self.operationID(schema, form: form),
            parameters: parameters,
            requestBody: body,
            responses: responses(schema, components: &components),
            security: security(schema),
            vendorExtensions: extensions)
    }

    /// What a person reads first: the endpoint, the form, how it authenticates, its scopes and
    /// prerequisites, and what the page leaves out.
    func operationDescription(_ schema: EndpointSchema, form: Form) -> String {
        var lines: [String] = []
        switch form {
        case .regular:
            lines.append("`\(schema.method.uppercased()) \(schema.path)` (\(schema.endpoint)).")
        case .groupManager:
            let extra = schema.groupManagerParameters.map(\.name).joined(separator: ", ")
            lines.append(
                "The Group-manager form of \(schema.endpoint): a group's manager acts for a member of the group"
                    + (extra.isEmpty ? "." : ", named by the extra parameter\(schema.groupManagerParameters.count == 1 ? "" : "s") \(extra)."))
        }
        switch schema.authentication?.value {
        case .accessToken?:
            let scopes = schema.scopes.isEmpty ? "" : " with the scope\(schema.scopes.count == 1 ? "" : "s") \(schema.scopes.joined(separator: ", "))"
            lines.append("Authentication: the user's access token (`Authorization: bearer …`)\(scopes).")
        case .apiKey?:
            lines.append("Authentication: the developer's API key.")
        case .unspecified?, nil:
            lines.append("Authentication: the stored page does not say.")
        }
        if schema.parameterPassing == .unspecified, !(schema.request.isEmpty && schema.groupManagerParameters.isEmpty) {
            lines.append("The stored page does not say how parameters are passed; \(Self.takesJSONBody(schema) ? "a JSON body" : "the query string") is assumed.")
        }
        if !schema.prerequisites.isEmpty {
            lines.append("Prerequisites: " + schema.prerequisites.map { "\($0.name): \($0.description)" }.joined(separator: " "))
        }
        return lines.joined(separator: "\n\n")
    }

    /// The security requirement: the bearer scheme with the documented scopes, the API-key
    /// scheme, or none stated when the page does not say.
    func security(_ schema: EndpointSchema) -> [OpenAPI.SecurityRequirement]? {
        switch schema.authentication?.value {
        case .accessToken?: [[.component(named: Self.accessTokenScheme): schema.scopes]]
        case .apiKey?: [[.component(named: Self.apiKeyScheme): []]]
        case .unspecified?, nil: nil
        }
    }

    /// The security schemes the operations name.
    static func securitySchemes() -> OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme> {
        [
            .init(stringLiteral: accessTokenScheme): .b(OpenAPI.SecurityScheme(
                type: .http(scheme: "bearer", bearerFormat: nil),
                description: "The user's OAuth access token: `Authorization: bearer {access_token}` (\"Each request must carry an Authorization header holding the user's access_token\"). The scopes an operation needs are in its security requirement (OpenAPI 3.1) and in `x-awkit-scopes`.",
                vendorExtensions: ["x-awkit-source": AnyCodable("prose")])),
            .init(stringLiteral: apiKeyScheme): .b(OpenAPI.SecurityScheme(
                type: .apiKey(name: "apiKey", location: .query),
                description: "The developer's API key as the `apiKey` query-string parameter (the sample URLs: `?apiKey={your-api-key}`). The pages also allow it in a header, whose name only the overview page gives, which the stored pages do not include, so no header scheme is described.",
                vendorExtensions: ["x-awkit-source": AnyCodable(["query": "sample", "header": "prose"])])),
        ]
    }
}
