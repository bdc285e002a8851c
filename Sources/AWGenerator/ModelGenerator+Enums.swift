extension ModelGenerator {
    /// An open enumeration (``ModelPlan/Enumeration``) of documented values, or for bit flags an
    /// `OptionSet` that keeps unknown bits.
    func enumeration(_ enumeration: ModelPlan.Enumeration, in group: ModelPlan.Group) -> SwiftSource {
        var source = SwiftSource()
        let name = enumeration.swiftName
        let description = enumeration.descriptions.map { "“\(Self.docText($0))”" }.joined(separator: "; ")
        source.block("extension \(group.name)") { source in
            var doc = [
                "The documented values of \(enumeration.owners.map { "`\($0)`" }.joined(separator: ", ")).",
                "Source: the \(enumeration.pages.joined(separator: ", ")) documentation page\(enumeration.pages.count == 1 ? "" : "s")\(description.isEmpty ? "." : ": \(description).")",
            ]
            if enumeration.isFlags {
                doc.append("Bit flags: a value is any sum of them, and bits the documentation does not list are kept.")
                source.doc(doc)
                source.block("\(access)struct \(name): OptionSet, Codable, Hashable, Sendable, QueryParameterValue") { source in
                    source.doc(["The sum of the flags, as sent."])
                    source.line("\(access)let rawValue: Int")
                    source.line()
                    source.line("\(access)init(rawValue: Int) { self.rawValue = rawValue }")
                    for item in enumeration.cases {
                        source.line()
                        source.doc(["`\(item.value)`."])
                        source.line("\(access)static let \(SwiftIdentifier.escaped(item.name)) = \(name)(rawValue: \(item.value))")
                    }
                    source.line()
                    source.doc(["The sum, as digits."])
                    source.line("\(access)func queryText(format: DocumentedDateFormat?) -> String { String(rawValue) }")
                }
                return
            }
            doc.append(
                enumeration.raw == .int
                    ? "On the wire as the integer, in JSON and XML alike; a value the page does not list decodes to `unknown(_:)`."
                    : "On the wire as the text, in JSON and XML alike; a value the page does not list decodes to `unknown(_:)`.")
            source.doc(doc)
            source.block("\(access)enum \(name): OpenEnumeration, QueryParameterValue") { source in
                for item in enumeration.cases {
                    source.doc([item.value.isEmpty ? "The empty value." : "`\(Self.docText(item.value))`."])
                    source.line("case \(SwiftIdentifier.escaped(item.name))")
                }
                source.doc(["A value the documentation does not list, as sent."])
                source.line("case unknown(\(enumeration.raw.rawValue))")
                source.line()
                source.doc(["The documented cases, in the page's order."])
                let cases = enumeration.cases.map { ".\(SwiftIdentifier.escaped($0.name))" }
                source.arrayLiteral("\(access)static let knownCases: [\(name)] = ", cases)
                source.line()
                source.doc(["The documented case with this wire value, or `unknown(_:)`: a `switch`, not a search."])
                source.block("\(access)static func value(forRawValue rawValue: \(enumeration.raw.rawValue)) -> \(name)") { source in
                    source.line("switch rawValue {")
                    for item in enumeration.cases {
                        let value = enumeration.raw == .int ? item.value : SwiftSource.literal(item.value)
                        source.line("case \(value): .\(SwiftIdentifier.escaped(item.name))")
                    }
                    source.line("default: .unknown(rawValue)")
                    source.line("}")
                }
                source.line()
                source.doc(["The wire value."])
                source.block("\(access)var rawValue: \(enumeration.raw.rawValue)") { source in
                    source.line("switch self {")
                    for item in enumeration.cases {
                        let value = enumeration.raw == .int ? item.value : SwiftSource.literal(item.value)
                        source.line("case .\(SwiftIdentifier.escaped(item.name)): \(value)")
                    }
                    source.line("case .unknown(let value): value")
                    source.line("}")
                }
            }
        }
        return source
    }
}
