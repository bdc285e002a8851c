import AWSchema

extension ModelGenerator {
    /// The request type of one endpoint: its parameters, query rendering, JSON body coding and
    /// the Group-manager switch.
    func request(_ request: ModelPlan.Request, in group: ModelPlan.Group) -> SwiftSource {
        var source = SwiftSource()
        let schema = request.schema
        let all = request.properties + request.groupManagerProperties
        let endpointName = request.endpointName
        source.block("extension \(group.name)") { source in
            var doc = [
                "The parameters of `\(schema.method) \(schema.path)` (“\(Self.docText(schema.title))”), \(request.passesParametersInBody ? "sent as a JSON body of exactly the members that are set" : "sent in the query string").",
                "Source: the \(schema.endpoint) documentation page, “Request” table\(schema.requestVariants.map { variants in " (forms: \(variants.map { "“\(Self.docText($0.name))”" }.joined(separator: ", ")); a parameter is required only when every form requires it)" } ?? "")\(schema.request.isEmpty ? ": the page documents no parameters" : "").",
            ]
            if !schema.prerequisites.isEmpty {
                doc.append("The server also checks: \(schema.prerequisites.map { "\($0.name) — \(Self.docText($0.description))" }.joined(separator: "; ")).")
            }
            if let path = schema.groupManagerPath {
                doc.append("A Group manager calls `\(path)` on a member's behalf: set \(request.groupManagerProperties.map { "`\($0.swiftName)`" }.joined(separator: ", ")) and `httpRequest()` uses that path.")
            }
            source.doc(doc)
            source.block("\(access)struct \(request.swiftName): EndpointRequest, Hashable") { source in
                members(all, into: &source)
                if !all.isEmpty { source.line() }
                initialiser(all, into: &source)
                source.line()
                if !all.isEmpty {
                    codingKeys(all, into: &source)
                    source.line()
                }
                source.doc(["The operation: `\(schema.method) \(schema.path)`."])
                source.computed("\(access)static var endpoint: Endpoint", "\(options.catalogName).\(endpointName)")
                source.line()
                source.doc([
                    request.passesParametersInBody
                        ? "None: the parameters go in the JSON body."
                        : "The parameters in the API's lexical forms, in the page's order; unset ones left out."
                ])
                if request.passesParametersInBody || all.isEmpty {
                    source.line("\(access)var queryItems: [URLQueryItem] { [] }")
                } else {
                    source.block("\(access)var queryItems: [URLQueryItem]") { source in
                        source.line("var items: [URLQueryItem] = []")
                        for property in all {
                            var arguments = ["query: \(SwiftSource.literal(property.wireName))", SwiftIdentifier.escaped(property.swiftName)]
                            if let value = property.format { arguments.append("format: \(SwiftSource.literal(value))") }
                            source.statement("items.append", arguments)
                        }
                        source.line("return items")
                    }
                }
                source.line()
                source.doc(["Whether a Group-manager parameter is set."])
                let managerTest = request.groupManagerProperties.map { "\(SwiftIdentifier.escaped($0.swiftName)) != nil" }
                source.computed("\(access)var isGroupManagerRequest: Bool", managerTest.isEmpty ? "false" : managerTest.joined(separator: " || "))
                if request.passesParametersInBody, all.contains(where: { $0.format != nil }) {
                    source.line()
                    formattedCoding(all, into: &source)
                }
            }
        }
        source.line()
        let contract = ModelPlan.Contract(
            name: request.swiftName, namespace: ModelPlanner.assumedNamespace(group: group.apiName),
            groups: [(ModelPlanner.assumedNamespace(group: group.apiName), all.map(\.wireName))], fromSample: false)
        dataContract(contract, of: "\(group.name).\(request.swiftName)", into: &source)
        return source
    }

    /// `init(from:)` and `encode(to:)` writing dates and times in the page's format.
    private func formattedCoding(_ properties: [ModelPlan.Property], into source: inout SwiftSource) {
        source.doc(["Reads dates and times in the page's format (or the .NET lexical form)."])
        source.block("\(access)init(from decoder: any Decoder) throws") { source in
            source.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for property in properties {
                let name = property.swiftName
                let method = property.isOptional ? "decodeIfPresent" : "decode"
                var arguments = ["\(property.swiftType).self", "forKey: .\(SwiftIdentifier.escaped(name))"]
                if let value = property.format { arguments.append("format: \(SwiftSource.literal(value))") }
                source.statement("self.\(SwiftIdentifier.escaped(name)) = try container.\(method)", arguments)
            }
        }
        source.line()
        source.doc(["Writes the members that are set, dates and times in the page's format."])
        source.block("\(access)func encode(to encoder: any Encoder) throws") { source in
            source.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in properties {
                let name = SwiftIdentifier.escaped(property.swiftName)
                var arguments = [name, "forKey: .\(name)"]
                if let value = property.format { arguments.append("format: \(SwiftSource.literal(value))") }
                source.statement("try container.encodeIfPresent", arguments)
            }
        }
    }
}
