import AWSchema

/// Decides every Swift name and type of the generated models from the schemas, before any
/// source is written, so that names are stable whatever the order of the inputs: schemas are
/// taken sorted by endpoint, types by name.
///
/// - Types: one struct per object type of a group (`aws:Name`, or a response root); a type that
///   several pages of a group document identically is one struct; one documented differently by
///   a later page (in endpoint order) is named after that page's operation
///   (`SaveSettingsDirectChatSettings`). A page that names a type without showing it uses the
///   one another page of the group documents.
/// - Enumerations: one per set of documented values of a group, shared by the properties that
///   list the same values; named after the property (`OrderBy`) when that is unambiguous in the
///   group, else after its first owner and the property (`MadeBookingDetailsMethod`).
/// - Names Swift or AWModels already use (`String`, `Endpoint`, `CodingKeys`, `init` …) get a
///   suffix; the naming file (``ModelNaming``) overrides any name, and is refused when its name is
///   not a free identifier.
struct ModelPlanner {
    let naming: ModelNaming
    let catalogName: String

    /// The namespace DataContractSerializer would use for a type of the group when the page shows
    /// no XML: an assumption, said so in the type's documentation.
    static func assumedNamespace(group: String) -> String {
        "http://schemas.datacontract.org/2004/07/API.Models.\(group)"
    }

    private struct Candidate {
        var apiName: String
        var type: TypeSchema
        var schemas: [EndpointSchema]
        /// The page whose facts `type` holds (the first that documents it).
        var sourcePage: String
        var role: ModelPlan.Role
        var nameHint: String
    }

    private struct EnumKey: Hashable {
        var raw: ModelPlan.Enumeration.Raw
        var isFlags: Bool
        var values: [String]
    }

    private struct EnumUse {
        /// Unique per planned type: `type:<index>.Property` or `request:<endpoint>.Property`.
        var key: String
        /// As the naming file names it: `ApiTypeName.Property` or `OperationRequest.Property`.
        var owner: String
        var property: PropertySchema
        var page: String
    }

    func plan(_ schemas: [EndpointSchema]) throws(GeneratorError) -> ModelPlan {
        var seen: Set<String> = []
        for schema in schemas {
            guard EndpointSchema.isSafeEndpointID(schema.endpoint) else {
                throw GeneratorError(
                    code: .invalidName, path: schema.endpoint,
                    message: "not an endpoint identifier Group/Operation (ASCII letters, digits and _)")
            }
            guard seen.insert(schema.endpoint).inserted else {
                throw GeneratorError(code: .duplicateEndpoint, path: schema.endpoint, message: "given twice")
            }
        }
        let sorted = schemas.sorted { $0.endpoint < $1.endpoint }
        let byGroup = Dictionary(grouping: sorted, by: \.group)
        var groupNames: Set<String> = [catalogName]
        var staticNames: Set<String> = []
        var groups: [ModelPlan.Group] = []
        var endpoints: [ModelPlan.Endpoint] = []
        for apiName in byGroup.keys.sorted() {
            let name = try Self.unique(SwiftIdentifier.upperCamel(apiName), in: &groupNames, given: nil)
            let (group, groupEndpoints) = try planGroup(apiName, swiftName: name, byGroup[apiName]!, staticNames: &staticNames)
            groups.append(group)
            endpoints += groupEndpoints
        }
        return ModelPlan(groups: groups, endpoints: endpoints)
    }

    // MARK: - One group

    private func planGroup(
        _ apiName: String, swiftName groupName: String, _ schemas: [EndpointSchema], staticNames: inout Set<String>
    ) throws(GeneratorError) -> (ModelPlan.Group, [ModelPlan.Endpoint]) {
        var used: Set<String> = [groupName, catalogName]
        // 1. Object types, merged where identical.
        var candidates: [Candidate] = []
        let typesByName = Dictionary(grouping: schemas.flatMap { schema in objectTypes(of: schema).map { ($0, schema) } }, by: \.0.0)
        for schema in schemas {
            for (apiName, documented, role) in objectTypes(of: schema) {
                // A page that names a type without showing it means the one another page of the
                // group documents, when one does.
                var type = documented
                var sourcePage = schema.endpoint
                if type.propertiesUnknown == true,
                   let known = typesByName[apiName]?.first(where: { $0.0.1.propertiesUnknown != true })
                {
                    type = known.0.1
                    sourcePage = known.1.endpoint
                }
                if let index = candidates.firstIndex(where: {
                    $0.apiName == apiName && Self.signature($0.type) == Self.signature(type)
                }) {
                    candidates[index].schemas.append(schema)
                } else {
                    let clash = candidates.contains { $0.apiName == apiName }
                    let operation = schema.operation
                    candidates.append(
                        Candidate(
                            apiName: apiName, type: type, schemas: [schema], sourcePage: sourcePage, role: role,
                            nameHint: clash && !apiName.hasPrefix(operation) ? operation + apiName : apiName))
                }
            }
        }
        // 2. Their Swift names, and per schema the name each `aws:` name resolves to.
        var structNames: [String] = []
        var resolution: [String: [String: String]] = [:]
        for (index, candidate) in candidates.enumerated() {
            let isFirst = candidates.firstIndex { $0.apiName == candidate.apiName } == index
            let override = isFirst ? naming.types["\(apiName)/\(candidate.apiName)"] : nil
            let name = try Self.unique(override ?? SwiftIdentifier.upperCamel(candidate.nameHint), in: &used, given: override)
            structNames.append(name)
            for schema in candidate.schemas { resolution[schema.endpoint, default: [:]][candidate.apiName] = name }
        }
        // 3. Requests' names, and the catalog's static names (unique across groups).
        var requestNames: [String: String] = [:]
        var endpointNames: [String: String] = [:]
        for schema in schemas {
            requestNames[schema.endpoint] = try Self.unique(
                SwiftIdentifier.upperCamel(schema.operation) + "Request", in: &used, given: nil)
            endpointNames[schema.endpoint] = Self.uniqueMember(
                SwiftIdentifier.lowerCamel(groupName) + SwiftIdentifier.upperCamel(schema.operation), in: &staticNames)
        }
        // 4. Enumerations.
        var uses: [EnumKey: [EnumUse]] = [:]
        var keyOrder: [EnumKey] = []
        func collect(_ properties: [PropertySchema], key: String, owner: String, page: String) {
            for property in properties {
                guard let enumKey = Self.enumKey(property) else { continue }
                if uses[enumKey] == nil { keyOrder.append(enumKey) }
                uses[enumKey, default: []].append(
                    EnumUse(key: "\(key).\(property.name)", owner: owner, property: property, page: page))
            }
        }
        for (index, candidate) in candidates.enumerated() {
            collect(candidate.type.properties, key: "type:\(index)", owner: candidate.apiName, page: candidate.sourcePage)
        }
        for schema in schemas {
            collect(
                schema.requestParameters, key: "request:\(schema.endpoint)",
                owner: SwiftIdentifier.upperCamel(schema.operation) + "Request", page: schema.endpoint)
        }
        var enumNameByUse: [String: String] = [:]
        var enums: [ModelPlan.Enumeration] = []
        for key in keyOrder {
            let keyUses = uses[key]!
            let owners = Set(keyUses.map { "\($0.owner).\($0.property.name)" }).sorted()
            let override = owners.lazy.compactMap { naming.enums["\(apiName)/\($0)"] }.first
            let propertyNames = Set(keyUses.map(\.property.name))
            let propertyName = keyUses[0].property.name
            let ambiguous = propertyNames.count > 1
                || keyOrder.contains { $0 != key && uses[$0]!.contains { $0.property.name == propertyName } }
            var base = SwiftIdentifier.upperCamel(propertyName)
            if ambiguous || SwiftIdentifier.reservedTypeNames.contains(base) || used.contains(base) {
                base = SwiftIdentifier.upperCamel(keyUses.map(\.owner).sorted()[0]) + base
            }
            let name = try Self.unique(override ?? base, in: &used, given: override)
            let caseOverrides = owners.lazy.compactMap { naming.enumCases["\(apiName)/\($0)"] }.first ?? [:]
            var descriptions: [String] = []
            for use in keyUses where !use.property.description.isEmpty && !descriptions.contains(use.property.description) {
                descriptions.append(use.property.description)
            }
            enums.append(
                ModelPlan.Enumeration(
                    swiftName: name, raw: key.raw, isFlags: key.isFlags,
                    cases: try Self.caseNames(key.values, raw: key.raw, overrides: caseOverrides), owners: owners,
                    pages: Set(keyUses.map(\.page)).sorted(), descriptions: descriptions))
            for use in keyUses { enumNameByUse[use.key] = name }
        }
        // 5. Structs and requests with their properties.
        var group = ModelPlan.Group(apiName: apiName, name: groupName)
        group.enums = enums
        for (index, (candidate, name)) in zip(candidates, structNames).enumerated() {
            let names = resolution[candidate.schemas[0].endpoint] ?? [:]
            let properties = candidate.type.properties.map {
                property($0, key: "type:\(index)", names: names, enums: enumNameByUse, optional: $0.isOptionalInModels)
            }
            let sourceSchema = schemas.first { $0.endpoint == candidate.sourcePage } ?? candidate.schemas[0]
            group.structs.append(
                ModelPlan.Structure(
                    swiftName: name, apiName: candidate.apiName, pages: candidate.schemas.map(\.endpoint),
                    sourcePage: candidate.sourcePage, type: candidate.type,
                    properties: Self.uniqueSwiftNames(properties, reserved: SwiftIdentifier.reservedMemberNames),
                    contract: contract(candidate.type, in: sourceSchema, group: apiName), role: candidate.role))
        }
        var endpoints: [ModelPlan.Endpoint] = []
        for schema in schemas {
            let names = resolution[schema.endpoint] ?? [:]
            let key = "request:\(schema.endpoint)"
            let all = schema.requestParameters.map {
                property($0, key: key, names: names, enums: enumNameByUse, optional: schema.isOptionalRequestParameter($0))
            }
            let unique = Self.uniqueSwiftNames(all, reserved: SwiftIdentifier.reservedRequestMemberNames)
            let requestName = requestNames[schema.endpoint]!
            let endpointName = endpointNames[schema.endpoint]!
            group.requests.append(
                ModelPlan.Request(
                    swiftName: requestName, endpointName: endpointName, schema: schema,
                    properties: Array(unique.prefix(schema.request.count)),
                    groupManagerProperties: Array(unique.dropFirst(schema.request.count)),
                    passesParametersInBody: schema.passesParametersInBody))
            group.endpoints.append(schema.endpoint)
            endpoints.append(
                ModelPlan.Endpoint(
                    staticName: endpointName, schema: schema,
                    responseType: responseType(schema, group: groupName, names: names),
                    requestType: "\(groupName).\(requestName)"))
        }
        return (group, endpoints)
    }

    // MARK: - Types of a schema

    /// The object types a schema documents: its response root (for an object or a list of
    /// objects), its nested types, and placeholders for `aws:` names it uses but never shows.
    private func objectTypes(of schema: EndpointSchema) -> [(String, TypeSchema, ModelPlan.Role)] {
        var result: [(String, TypeSchema, ModelPlan.Role)] = []
        var seen: Set<String> = []
        if let response = schema.response {
            switch schema.shape {
            case .object?, .array(.object)?:
                result.append((response.name, response, .response))
                seen.insert(response.name)
            default: break
            }
        }
        for name in schema.types.keys.sorted() where !seen.contains(name) {
            result.append((name, schema.types[name]!, .nested))
            seen.insert(name)
        }
        var referenced: [String] = []
        func scan(_ type: DocumentedType) {
            switch type {
            case .object(let name): referenced.append(name)
            case .array(let element): scan(element)
            default: break
            }
        }
        for (_, type, _) in result { type.properties.forEach { scan($0.type.value) } }
        schema.requestParameters.forEach { scan($0.type.value) }
        if case .array(let element)? = schema.shape { scan(element) }
        for name in referenced where !seen.contains(name) {
            result.append((name, TypeSchema(name: name, inferred: false, properties: [], propertiesUnknown: true), .nested))
            seen.insert(name)
        }
        return result
    }

    private static func signature(_ type: TypeSchema) -> [String] {
        type.properties.map {
            "\($0.name):\($0.type.value):\($0.nullable.value):\($0.required.value):\($0.condition ?? ""):"
                + "\($0.enumValues?.value ?? []):\($0.enumIsFlags ?? false):\($0.format?.value ?? "")"
        }
            + ["unknown:\(type.propertiesUnknown ?? false)"]
    }

    private static func enumKey(_ property: PropertySchema) -> EnumKey? {
        guard let values = property.enumValues?.value, !values.isEmpty else { return nil }
        let flags = property.enumIsFlags ?? false
        switch property.type.value {
        case .integer where values.allSatisfy({ Int($0) != nil }): return EnumKey(raw: .int, isFlags: flags, values: values)
        case .string where !flags: return EnumKey(raw: .string, isFlags: false, values: values)
        default: return nil
        }
    }

    /// Case names for the documented values: `lowerCamelCase` of a string (`date-asc` →
    /// `dateAsc`), `value5` for an integer (`valueMinus1`); a value listed twice is one case.
    private static func caseNames(
        _ values: [String], raw: ModelPlan.Enumeration.Raw, overrides: [String: String]
    ) throws(GeneratorError) -> [(name: String, value: String)] {
        var used = Set(["unknown", "rawValue", "knownCases", "description", "isKnown", "value"])
            .union(SwiftIdentifier.reservedMemberNames)
        var seen: Set<String> = []
        var result: [(name: String, value: String)] = []
        for text in values {
            // Integers by value (`+3` and `03` are `3`), written as Swift literals.
            let value = raw == .int ? String(Int(text)!) : text
            guard seen.insert(value).inserted else { continue }
            if let override = overrides[text] ?? overrides[value] {
                guard SwiftIdentifier.lowerCamel(override) == override, !used.contains(override) else {
                    throw GeneratorError(
                        code: .invalidName, path: override,
                        message: "the naming file's case name is not a free lowerCamelCase Swift name")
                }
                used.insert(override)
                result.append((override, value))
                continue
            }
            let name = raw == .int
                ? "value" + (value.hasPrefix("-") ? "Minus" + value.dropFirst() : value)
                : SwiftIdentifier.lowerCamel(value)
            result.append((uniqueMember(name, in: &used), value))
        }
        return result
    }

    // MARK: - Properties

    private func property(
        _ schema: PropertySchema, key: String, names: [String: String], enums: [String: String], optional: Bool
    ) -> ModelPlan.Property {
        let type = enums["\(key).\(schema.name)"] ?? swiftType(schema.type.value, names: names)
        let format: String?
        switch schema.type.value {
        case .date, .datetime: format = schema.format?.value
        default: format = nil
        }
        return ModelPlan.Property(
            wireName: schema.name, swiftName: SwiftIdentifier.lowerCamel(schema.name), swiftType: type,
            isOptional: optional, format: format, schema: schema)
    }

    func swiftType(_ type: DocumentedType, names: [String: String]) -> String {
        switch type {
        case .integer: "Int"
        case .bigInteger: "Int64"
        case .decimal: "Decimal"
        case .string, .unknown: "String"
        case .date: "DateOnly"
        case .datetime: "DateTime"
        case .boolean: "Bool"
        case .commaSeparatedIntegers: "CommaSeparatedIntegers"
        case .object(let name): names[name] ?? SwiftIdentifier.upperCamel(name)
        case .array(let element): "[\(swiftType(element, names: names))]"
        }
    }

    /// Swift names made distinct within one type (`UserId` and `UserID` → `userId`, `userID2`),
    /// and from the names the type already has (`init`, `queryItems` …).
    private static func uniqueSwiftNames(_ properties: [ModelPlan.Property], reserved: Set<String>) -> [ModelPlan.Property] {
        var used = reserved
        return properties.map { property in
            var property = property
            property.swiftName = uniqueMember(property.swiftName, in: &used)
            return property
        }
    }

    private func responseType(_ schema: EndpointSchema, group: String, names: [String: String]) -> String {
        switch schema.shape {
        case .object?:
            guard let response = schema.response, let name = names[response.name] else { return "UndocumentedResponse" }
            return "\(group).\(name)"
        case .array(let element)?:
            if case .object(let name) = element { return "[\(group).\(names[name] ?? SwiftIdentifier.upperCamel(name))]" }
            return "[\(swiftType(element, names: names))]"
        case .scalar(let type)?:
            return swiftType(type, names: names)
        case .empty?:
            return "EmptyResponse"
        case nil:
            return "UndocumentedResponse"
        }
    }

    // MARK: - DataContract

    private func contract(_ type: TypeSchema, in schema: EndpointSchema, group: String) -> ModelPlan.Contract {
        let isRoot = schema.response?.name == type.name
        var name = type.name
        var namespace: String?
        var fromSample = false
        if isRoot, let xml = schema.xml {
            switch schema.shape {
            case .array?:
                if let itemName = xml.itemName, let itemNamespace = xml.itemNamespace {
                    name = itemName
                    namespace = itemNamespace
                    fromSample = true
                }
            default:
                name = xml.rootName
                namespace = xml.rootNamespace
                fromSample = true
            }
        }
        // Member namespaces the sample shows, groups ordered as the sample writes them (base first).
        let order = type.xmlMemberOrder ?? []
        let position: (String) -> Int = { member in order.firstIndex(of: member) ?? Int.max }
        var byNamespace: [String: [String]] = [:]
        var unplaced: [String] = []
        for property in type.properties {
            if let memberNamespace = property.xmlNamespace?.value {
                byNamespace[memberNamespace, default: []].append(property.name)
            } else {
                unplaced.append(property.name)
            }
        }
        let sampled = byNamespace.keys.sorted {
            (byNamespace[$0]!.map(position).min()!, $0) < (byNamespace[$1]!.map(position).min()!, $1)
        }
        if !sampled.isEmpty { fromSample = true }
        let own = namespace ?? sampled.last ?? Self.assumedNamespace(group: group)
        var groups = sampled.map { (namespace: $0, members: byNamespace[$0]!) }
        if !unplaced.isEmpty {
            if let index = groups.firstIndex(where: { $0.namespace == own }) {
                groups[index].members += unplaced
            } else {
                groups.append((own, unplaced))
            }
        }
        if groups.isEmpty { groups = [(own, [])] }
        return ModelPlan.Contract(name: name, namespace: own, groups: groups, fromSample: fromSample)
    }

    // MARK: - Names

    /// A type name free in its scope: the naming file's (refused unless a free UpperCamelCase
    /// name), or the planned one with `Value` for a reserved name and a number for a taken one.
    private static func unique(_ name: String, in used: inout Set<String>, given override: String?) throws(GeneratorError) -> String {
        if let override {
            guard SwiftIdentifier.upperCamel(override) == override, !SwiftIdentifier.reservedTypeNames.contains(override) else {
                throw GeneratorError(
                    code: .invalidName, path: override,
                    message: "the naming file's name is not an UpperCamelCase Swift type name that Swift and AWModels leave free")
            }
            guard !used.contains(override) else {
                throw GeneratorError(code: .invalidName, path: override, message: "the naming file gives this name to two types of one group")
            }
            used.insert(override)
            return override
        }
        var candidate = SwiftIdentifier.reservedTypeNames.contains(name) ? name + "Value" : name
        let base = candidate
        var counter = 2
        while used.contains(candidate) {
            candidate = base + String(counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// A member name free in its scope: a number appended while taken.
    private static func uniqueMember(_ name: String, in used: inout Set<String>) -> String {
        var candidate = name
        var counter = 2
        while used.contains(candidate) {
            candidate = name + String(counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
