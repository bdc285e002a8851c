import AWSchema

extension ModelGenerator {
    /// `public enum GeneratedEndpoints`: one `Endpoint` per schema and `all`.
    func catalog(_ plan: ModelPlan) -> SwiftSource {
        var source = SwiftSource()
        let name = options.catalogName
        source.doc([
            "The \(plan.endpoints.count) endpoint\(plan.endpoints.count == 1 ? "" : "s") of the catalog, generated from their endpoint schemas: method, paths, scopes, authentication and model types.",
            "`all` lists them by identifier.",
        ])
        source.block("\(access)enum \(name)") { source in
            for endpoint in plan.endpoints {
                let schema = endpoint.schema
                source.doc(["`\(schema.method) \(schema.path)`: “\(Self.docText(schema.title))”."])
                let authentication: String
                switch schema.authentication?.value {
                case .apiKey?: authentication = ".apiKey"
                case .accessToken?: authentication = ".accessToken"
                case .unspecified?, nil: authentication = ".unspecified"
                }
                var arguments = [
                    "id: \(SwiftSource.literal(schema.endpoint))",
                    "method: \(SwiftSource.literal(schema.method))",
                    "path: \(SwiftSource.literal(schema.path))",
                ]
                if let path = schema.groupManagerPath { arguments.append("groupManagerPath: \(SwiftSource.literal(path))") }
                if !schema.scopes.isEmpty { arguments.append("scopes: [\(schema.scopes.map(SwiftSource.literal).joined(separator: ", "))]") }
                arguments.append("authentication: \(authentication)")
                let request = plan.groups.first { $0.endpoints.contains(schema.endpoint) }?.requests.first { $0.schema.endpoint == schema.endpoint }
                arguments.append("passesParametersInBody: \(request?.passesParametersInBody ?? false)")
                arguments.append("responseType: \(endpoint.responseType).self")
                arguments.append("requestType: \(endpoint.requestType).self")
                source.call("\(access)static let \(endpoint.staticName) = Endpoint", arguments, "")
                source.line()
            }
            source.doc(["Every endpoint, by identifier."])
            source.line("\(access)static let all: [Endpoint] = [")
            // swift-format's trailing comma: after the last element of a list of several only.
            for endpoint in plan.endpoints {
                source.line("    \(endpoint.staticName)\(plan.endpoints.count > 1 ? "," : "")")
            }
            source.line("]")
        }
        return source
    }
}
