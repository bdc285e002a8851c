import AWSchema

extension ModelGenerator {
    /// `public enum PhoneChat {}`: the group's namespace.
    func namespace(_ group: ModelPlan.Group) -> SwiftSource {
        var source = SwiftSource()
        source.doc([
            "The \(group.apiName) group of the AdultWork.com REST API v1 (`/v1/\(group.apiName)/…`): the models of its \(group.endpoints.count) documented operation\(group.endpoints.count == 1 ? "" : "s").",
            "Types are named after the API's own models; their coding keys are the exact wire names.",
        ])
        source.line("\(access)enum \(group.name) {}")
        return source
    }

    /// A struct for an object type, with its memberwise initialiser, coding keys, an encoder that
    /// writes nulls as the API does, and its DataContract.
    func structure(_ structure: ModelPlan.Structure, in group: ModelPlan.Group) -> SwiftSource {
        var source = SwiftSource()
        let qualified = "\(group.name).\(structure.swiftName)"
        source.block("extension \(group.name)") { source in
            source.doc(structureDoc(structure))
            source.block("\(access)struct \(structure.swiftName): Codable, Hashable, Sendable") { source in
                members(structure.properties, into: &source)
                source.line()
                initialiser(structure.properties, into: &source)
                guard !structure.properties.isEmpty else { return }
                source.line()
                codingKeys(structure.properties, into: &source)
                source.line()
                source.doc([
                    "Encodes every property, `nil` ones as an explicit null (JSON `null`, XML `i:nil`), as the API writes them."
                ])
                source.block("\(access)func encode(to encoder: any Encoder) throws") { source in
                    source.line("var container = encoder.container(keyedBy: CodingKeys.self)")
                    for property in structure.properties {
                        let name = SwiftIdentifier.escaped(property.swiftName)
                        source.statement("try container.encode", [name, "forKey: .\(name)"])
                    }
                }
            }
        }
        source.line()
        dataContract(structure.contract, of: qualified, into: &source)
        if !structure.properties.isEmpty {
            source.line()
            memberwiseDecoding(structure, of: qualified, in: group, into: &source)
        }
        return source
    }

    /// `extension X: DataContractMemberwiseDecodable`: each member read straight from the XML
    /// decoder's element buffer, in the contract's member order (groups base first, each in
    /// ordinal order, as `DataContract.memberOrder` gives it), the way `init(from:)` reads it; the
    /// decoder falls back to `init(from:)` on any surprise, so values and errors stay the same.
    private func memberwiseDecoding(
        _ structure: ModelPlan.Structure, of type: String, in group: ModelPlan.Group, into source: inout SwiftSource
    ) {
        let byWireName = Dictionary(structure.properties.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let order = structure.contract.groups.flatMap { $0.members.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) } }
        let enumerations = Set(group.enums.map(\.swiftName))
        // Outside `extension Group { … }` the group's types need their qualified names.
        let groupTypes = enumerations.union(group.structs.map(\.swiftName))
        func qualified(_ type: String) -> String {
            if type.hasPrefix("[") && type.hasSuffix("]") { return "[\(qualified(String(type.dropFirst().dropLast())))]" }
            return groupTypes.contains(type) ? "\(group.name).\(type)" : type
        }
        source.block("extension \(type): DataContractMemberwiseDecodable") { source in
            source.doc([
                "Reads the members straight from the XML decoder's element buffer, in the contract's member order; the decoder falls back to `init(from:)` on any surprise, so the values and errors are those of `init(from:)`."
            ])
            source.block("\(access)init(dataContractMembers members: inout DataContractMemberReader) throws") { source in
                for wireName in order {
                    guard let property = byWireName[wireName] else { continue }
                    let name = SwiftIdentifier.escaped(property.swiftName)
                    let key = "CodingKeys.\(name)"
                    let present = property.isOptional ? "IfPresent" : ""
                    if enumerations.contains(property.swiftType),
                       let enumeration = group.enums.first(where: { $0.swiftName == property.swiftType })
                    {
                        let raw = "\(enumeration.isFlags ? "Int" : enumeration.raw.rawValue).self"
                        let local = "\(property.swiftName)RawValue"
                        source.statement("let \(local) = try members.decodeRawValue\(present)", [raw, "forKey: \(key)"])
                        let type = qualified(property.swiftType)
                        source.line(
                            property.isOptional
                                ? "self.\(name) = \(local).map { \(type)(rawValue: $0) }"
                                : "self.\(name) = \(type)(rawValue: \(local))")
                    } else {
                        source.statement(
                            "self.\(name) = try members.decode\(present)", ["\(qualified(property.swiftType)).self", "forKey: \(key)"])
                    }
                }
            }
        }
    }

    private func structureDoc(_ structure: ModelPlan.Structure) -> [String] {
        var paragraphs: [String] = []
        switch structure.role {
        case .response:
            paragraphs.append("The response of \(structure.pages[0]): the page's `\(Self.docText(structure.apiName))`.")
        case .nested:
            paragraphs.append("The page's `aws:\(Self.docText(structure.apiName))`, as used by \(structure.pages.joined(separator: ", ")).")
        }
        var source = "Source: the \(structure.sourcePage) documentation page"
        let others = structure.pages.filter { $0 != structure.sourcePage }
        if !others.isEmpty { source += " (also used by \(others.joined(separator: ", ")))" }
        if structure.type.propertiesUnknown == true {
            source += ". The page names this type but shows none of its properties: they are not known, so the struct has none and decoding skips whatever the response holds."
        } else if structure.type.inferred {
            source += ". The page documents no table for this type: every property is known only from the page's samples."
        } else {
            source += ", \(structure.role == .response ? "“Response”" : "its") table."
        }
        paragraphs.append(source)
        return paragraphs
    }

    /// `public var x: T` for each property, documented.
    func members(_ properties: [ModelPlan.Property], into source: inout SwiftSource) {
        for property in properties {
            source.doc(propertyDoc(property))
            source.line("\(access)var \(SwiftIdentifier.escaped(property.swiftName)): \(property.swiftType)\(property.isOptional ? "?" : "")")
        }
    }

    /// The documentation of one property: the wire name and the page's description, then what
    /// the page or its samples say of presence, nulls, format and source.
    func propertyDoc(_ property: ModelPlan.Property) -> [String] {
        let schema = property.schema
        var text = property.wireName.isEmpty ? "(an empty wire name)" : "`\(Self.docText(property.wireName))`"
        let description = Self.docText(schema.description)
        text += description.isEmpty ? "." : ": \(description)"
        var notes: [String] = []
        if let condition = schema.condition { notes.append("Only when \(Self.docText(condition)).") }
        if schema.nullable.value {
            notes.append(schema.nullable.source == .sample ? "Can be `nil`: a sample shows null." : "Can be `nil`.")
        } else if property.isOptional, schema.condition == nil, !schema.type.value.isUnknown {
            notes.append("Optional: the page does not say it is always there.")
        }
        if let format = schema.format?.value { notes.append("Format `\(Self.docText(format))`, as the page writes it.") }
        if let value = schema.defaultValue?.value { notes.append("Defaults to `\(Self.docText(value))`.") }
        if case .unknown(let spelling) = schema.type.value {
            notes.append("The page's type, `\(Self.docText(spelling))`, says nothing of the value's kind, so it is read as a string.")
        } else if schema.type.source == .sample {
            notes.append("Known only from the page's samples.")
        }
        if let values = schema.enumValues?.value, ["String", "Int", "Int64"].contains(property.swiftType) {
            notes.append("Documented values: \(values.map { "`\(Self.docText($0))`" }.joined(separator: ", ")).")
        }
        return [text] + (notes.isEmpty ? [] : [notes.joined(separator: " ")])
    }

    /// `public init(…)` with every property, optional ones defaulting to `nil`.
    func initialiser(_ properties: [ModelPlan.Property], into source: inout SwiftSource) {
        guard !properties.isEmpty else {
            source.line("\(access)init() {}")
            return
        }
        source.doc(["A value with these properties; optional ones default to `nil`."])
        let parameters = properties.map { property in
            "\(SwiftIdentifier.escaped(property.swiftName)): \(property.swiftType)\(property.isOptional ? "? = nil" : "")"
        }
        source.call("\(access)init", parameters, " {")
        for property in properties {
            source.line("    self.\(SwiftIdentifier.escaped(property.swiftName)) = \(SwiftIdentifier.escaped(property.swiftName))")
        }
        source.line("}")
    }

    /// `public enum CodingKeys` with the exact wire names.
    func codingKeys(_ properties: [ModelPlan.Property], into source: inout SwiftSource) {
        source.doc(["The wire names, exactly as the page writes them (case-sensitive)."])
        source.block("\(access)enum CodingKeys: String, CodingKey, CaseIterable") { source in
            for property in properties {
                let name = SwiftIdentifier.escaped(property.swiftName)
                source.line(property.swiftName == property.wireName ? "case \(name)" : "case \(name) = \(SwiftSource.literal(property.wireName))")
            }
        }
    }

    /// `extension X: DataContractDescribing` with the contract's name, namespace and member groups.
    func dataContract(_ contract: ModelPlan.Contract, of type: String, into source: inout SwiftSource) {
        source.block("extension \(type): DataContractDescribing") { source in
            source.doc([
                contract.fromSample
                    ? "From the page's XML sample: the element name, the namespace and the namespace of each member (base contracts first)."
                    : "**Assumed**: the page shows no XML sample, so the contract name is the type's name and the namespace is the group's models' (`\(contract.namespace)`); the decoder matches members by local name."
            ])
            source.line("\(access)static let dataContract = DataContract(")
            source.line("    name: \(SwiftSource.literal(contract.name)),")
            source.labeledLiteral("    namespace:", contract.namespace)
            source.line("    memberGroups: [")
            // swift-format's trailing comma: after the last element of a list of several only.
            let comma = contract.groups.count > 1 ? "," : ""
            for group in contract.groups {
                source.line("        .init(")
                source.labeledLiteral("            namespace:", group.namespace)
                source.arrayLiteral("            members: ", group.members.map(SwiftSource.literal), ")\(comma)")
            }
            source.line("    ])")
        }
    }
}
