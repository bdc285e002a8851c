import AWSchema

/// Decides every Swift name and type of the generated models from the schemas, before any
/// source is written, so that names are stable whatever the order of the inputs: schemas are
/// taken sorted by endpoint, types by name.
///
/// - Types: one struct per object type of a group (`aws:Name`, or a response root); a type that
///   several pages of a group document identically is one struct; one documented differently by
///   a later page (in endpoint order) is named after that page's operation
///   (`SaveSettingsDirectChatSettings`).
/// - Enumerations: one per set of documented values of a group, shared by the properties that
///   list the same values; named after the property (`OrderBy`) when that is unambiguous in the
///   group, else after its first owner and the property (`MadeBookingDetailsMethod`).
/// - The naming file (``ModelNaming``) overrides any of these names.
struct ModelPlanner {
    let naming: ModelNaming

    /// The namespace DataContractSerializer would use for a type of the group when the page shows
    /// no XML: an assumption, said so in the type's documentation.
    static func assumedNamespace(group: String) -> String {
        "http://schemas.datacontract.org/2004/07/API.Models.\(group)"
    }

    private struct Candidate {
        var apiName: String
        var type: TypeSchema
        var schemas: [EndpointSchema]
        var role: String
        var nameHint: String
    }

    private struct EnumKey: Hashable {
        var raw: ModelPlan.Enumeration.Raw
        var isFlags: Bool
        var values: [String]
    }

    private struct EnumUse {
        var owner: String
        var property: PropertySchema
        var page: String
    }

    func plan(_ schemas: [EndpointSchema]) throws(GeneratorError) -> ModelPlan {
        let sorted = schemas.sorted { $0.endpoint < $1.endpoint }
        var byGroup: [String: [EndpointSchema]] = [:]
        for schema in sorted {
            byGroup[String(schema.endpoint.split(separator: "/")[0]), default: []].append(schema)
        }
        var groups: [ModelPlan.Group] = []
        var endpoints: [ModelPlan.Endpoint] = []
        for groupName in byGroup.keys.sorted() {
            let (group, groupEndpoints) = try planGroup(groupName, byGroup[groupName]!)
            groups.append(group)
            endpoints += groupEndpoints
        }
        return ModelPlan(groups: groups, endpoints: endpoints)
    }

    // MARK: - One group

    private func planGroup(
        _ groupName: String, _ schemas: [EndpointSchema]
    ) throws(GeneratorError) -> (ModelPlan.Group, [ModelPlan.Endpoint]) {
        var used: Set<String> = [groupName]
        // 1. Object types, merged where identical.
        var candidates: [Candidate] = []
        let typesByName = Dictionary(grouping: schemas.flatMap(objectTypes(of:)), by: \.0)
        for schema in schemas {
            for (apiName, documented, role) in objectTypes(of: schema) {
                // A page that names a type without showing it means the one another page of the
                // group documents, when one does.
                var type = documented
                if type.propertiesUnknown == true,
                   let known = typesByName[apiName]?.first(where: { $0.1.propertiesUnknown != true })?.1
                {
                    type = known
                }
                if let index = candidates.firstIndex(where: {
                    $0.apiName == apiName && Self.signature($0.type) == Self.signature(type)
                }) {
                    candidates[index].schemas.append(schema)
                } else {
                    let clash = candidates.contains { $0.apiName == apiName }
                    let operation = Self.operation(of: schema)
                    candidates.append(
                        Candidate(
                            apiName: apiName, type: type, schemas: [schema], role: role,
                            nameHint: clash && !apiName.hasPrefix(operation) ? operation + apiName : apiName))
                }
            }
        }
        // 2. Their Swift names, and per schema the name each `aws:` name resolves to.
        var structNames: [String] = []
        var resolution: [String: [String: String]] = [:]
        for (index, candidate) in candidates.enumerated() {
            let isFirst = candidates.firstIndex { $0.apiName == candidate.apiName } == index
            let override = isFirst ? naming.types["\(groupName)/\(candidate.apiName)"] : nil
            let name = try unique(override ?? SwiftIdentifier.upperCamel(candidate.nameHint), in: &used, given: override)
            structNames.append(name)
            for schema in candidate.schemas { resolution[schema.endpoint, default: [:]][candidate.apiName] = name }
        }
        // 3. Requests' names.
        var requestNames: [String: String] = [:]
        for schema in schemas {
            requestNames[schema.endpoint] = try unique(
                SwiftIdentifier.upperCamel(Self.operation(of: schema)) + "Request", in: &used, given: nil)
        }
        // 4. Enumerations.
        var uses: [EnumKey: [EnumUse]] = [:]
        var keyOrder: [EnumKey] = []
        func collect(_ properties: [PropertySchema], owner: String, page: String) {
            for property in properties {
                guard let key = Self.enumKey(property) else { continue }
                if uses[key] == nil { keyOrder.append(key) }
                uses[key, default: []].append(EnumUse(owner: owner, property: property, page: page))
            }
        }
        for candidate in candidates {
            collect(candidate.type.properties, owner: candidate.apiName, page: candidate.schemas[0].endpoint)
        }
        for schema in schemas {
            let owner = SwiftIdentifier.upperCamel(Self.operation(of: schema)) + "Request"
            collect(schema.request + schema.groupManagerParameters, owner: owner, page: schema.endpoint)
        }
        var enumNameByUse: [String: String] = [:]  // "Owner.Property" → enum name
        var enums: [ModelPlan.Enumeration] = []
        for key in keyOrder {
            let keyUses = uses[key]!
            let owners = Set(keyUses.map { "\($0.owner).\($0.property.name)" }).sorted()
            let override = owners.lazy.compactMap { naming.enums["\(groupName)/\($0)"] }.first
            let propertyNames = Set(keyUses.map(\.property.name))
            let propertyName = keyUses[0].property.name
            let ambiguous = propertyNames.count > 1
                || keyOrder.contains { $0 != key && uses[$0]!.contains { $0.property.name == propertyName } }
            var base = SwiftIdentifier.upperCamel(propertyName)
            if ambiguous || SwiftIdentifier.reservedTypeNames.contains(base) || used.contains(base) {
                base = SwiftIdentifier.upperCamel(keyUses.map(\.owner).sorted()[0]) + base
            }
            let name = try unique(override ?? base, in: &used, given: override)
            let caseOverrides = owners.lazy.compactMap { naming.enumCases["\(groupName)/\($0)"] }.first ?? [:]
            enums.append(
                ModelPlan.Enumeration(
                    swiftName: name, raw: key.raw, isFlags: key.isFlags,
                    cases: Self.caseNames(key.values, raw: key.raw, overrides: caseOverrides), owners: owners,
                    pages: Set(keyUses.map(\.page)).sorted(), description: keyUses[0].property.description))
            for owner in owners { enumNameByUse[owner] = name }
        }
        // 5. Structs and requests with their properties.
        var group = ModelPlan.Group(name: groupName)
        group.enums = enums
        for (candidate, name) in zip(candidates, structNames) {
            let schema = candidate.schemas[0]
            let names = resolution[schema.endpoint] ?? [:]
            let properties = candidate.type.properties.map {
                property($0, owner: candidate.apiName, names: names, enums: enumNameByUse, optional: nil)
            }
            group.structs.append(
                ModelPlan.Structure(
                    swiftName: name, apiName: candidate.apiName, pages: candidate.schemas.map(\.endpoint),
                    type: candidate.type, properties: uniqueSwiftNames(properties),
                    contract: contract(candidate.type, in: schema, group: groupName), role: candidate.role))
        }
        var endpoints: [ModelPlan.Endpoint] = []
        for schema in schemas {
            let names = resolution[schema.endpoint] ?? [:]
            let owner = SwiftIdentifier.upperCamel(Self.operation(of: schema)) + "Request"
            let requestName = requestNames[schema.endpoint]!
            let inEveryVariant: (PropertySchema) -> Bool = { property in
                schema.requestVariants?.allSatisfy { variant in
                    variant.properties.contains { $0.name == property.name && $0.required.value }
                } ?? true
            }
            let requestProperties = schema.request.map {
                property($0, owner: owner, names: names, enums: enumNameByUse, optional: inEveryVariant($0) ? nil : true)
            }
            let managerProperties = schema.groupManagerParameters
                .filter { parameter in !schema.request.contains { $0.name == parameter.name } }
                .map { property($0, owner: owner, names: names, enums: enumNameByUse, optional: true) }
            let all = uniqueSwiftNames(requestProperties + managerProperties)
            group.requests.append(
                ModelPlan.Request(
                    swiftName: requestName, schema: schema, properties: Array(all.prefix(requestProperties.count)),
                    groupManagerProperties: Array(all.dropFirst(requestProperties.count)),
                    passesParametersInBody: schema.parameterPassing == .jsonBody
                        || (schema.parameterPassing == .unspecified && schema.method != "GET")))
            group.endpoints.append(schema.endpoint)
            endpoints.append(
                ModelPlan.Endpoint(
                    staticName: SwiftIdentifier.lowerCamel(groupName) + SwiftIdentifier.upperCamel(Self.operation(of: schema)),
                    schema: schema, responseType: responseType(schema, group: groupName, names: names),
                    requestType: "\(groupName).\(requestName)"))
        }
        return (group, endpoints)
    }

    // MARK: - Types of a schema

    /// The object types a schema documents: its response root (for an object or a list of
    /// objects), its nested types, and placeholders for `aws:` names it uses but never shows.
    private func objectTypes(of schema: EndpointSchema) -> [(String, TypeSchema, String)] {
        var result: [(String, TypeSchema, String)] = []
        var seen: Set<String> = []
        if let response = schema.response {
            switch schema.shape {
            case .object?, .array(.object)?:
                result.append((response.name, response, "response"))
                seen.insert(response.name)
            default: break
            }
        }
        for name in schema.types.keys.sorted() where !seen.contains(name) {
            result.append((name, schema.types[name]!, "nested"))
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
        (schema.request + schema.groupManagerParameters).forEach { scan($0.type.value) }
        if case .array(let element)? = schema.shape { scan(element) }
        for name in referenced where !seen.contains(name) {
            result.append((name, TypeSchema(name: name, inferred: false, properties: [], propertiesUnknown: true), "nested"))
            seen.insert(name)
        }
        return result
    }

    private static func signature(_ type: TypeSchema) -> [String] {
        type.properties.map { "\($0.name):\($0.type.value):\($0.nullable.value):\($0.required.value):\($0.condition ?? "")" }
            + ["unknown:\(type.propertiesUnknown ?? false)"]
    }

    static func operation(of schema: EndpointSchema) -> String {
        String(schema.endpoint.split(separator: "/").last ?? "")
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

    private static func caseNames(
        _ values: [String], raw: ModelPlan.Enumeration.Raw, overrides: [String: String]
    ) -> [(name: String, value: String)] {
        var used: Set<String> = ["unknown", "rawValue", "knownCases", "description", "isKnown"]
        var seen: Set<String> = []
        // A value listed twice is one case; integers by value (`01` is `1`).
        let distinct = values.filter { seen.insert(raw == .int ? String(Int($0) ?? 0) : $0).inserted }
        return distinct.map { value in
            var name = overrides[value]
                ?? (raw == .int
                    ? "value" + (value.hasPrefix("-") ? "Minus" + value.dropFirst() : value)
                    : SwiftIdentifier.lowerCamel(value))
            let base = name
            var counter = 2
            while used.contains(name) {
                name = base + String(counter)
                counter += 1
            }
            used.insert(name)
            return (name, value)
        }
    }

    // MARK: - Properties

    private func property(
        _ schema: PropertySchema, owner: String, names: [String: String], enums: [String: String], optional: Bool?
    ) -> ModelPlan.Property {
        let enumName = enums["\(owner).\(schema.name)"]
        let type = enumName ?? swiftType(schema.type.value, names: names)
        let isOptional = optional
            ?? (schema.nullable.value || schema.condition != nil || !schema.required.value || schema.type.value.isUnknown)
        let dateLike: Bool
        switch schema.type.value {
        case .date, .datetime: dateLike = true
        default: dateLike = false
        }
        return ModelPlan.Property(
            wireName: schema.name, swiftName: SwiftIdentifier.lowerCamel(schema.name), swiftType: type,
            isOptional: isOptional, format: dateLike ? schema.format?.value : nil, isDateLike: dateLike, schema: schema)
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

    /// Swift names made distinct within one type (`UserId` and `UserID` → `userId`, `userID2`).
    private func uniqueSwiftNames(_ properties: [ModelPlan.Property]) -> [ModelPlan.Property] {
        var used: Set<String> = []
        return properties.map { property in
            var property = property
            let base = property.swiftName
            var counter = 2
            while used.contains(property.swiftName) {
                property.swiftName = base + String(counter)
                counter += 1
            }
            used.insert(property.swiftName)
            return property
        }
    }

    private func responseType(_ schema: EndpointSchema, group: String, names: [String: String]) -> String {
        switch schema.shape {
        case .object?:
            guard let response = schema.response else { return "UndocumentedResponse" }
            return "\(group).\(names[response.name]!)"
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

    private func unique(_ name: String, in used: inout Set<String>, given override: String?) throws(GeneratorError) -> String {
        if let override {
            guard SwiftIdentifier.upperCamel(override) == override, !SwiftIdentifier.reservedTypeNames.contains(override) else {
                throw GeneratorError(
                    code: .invalidName, path: override, message: "the naming file's name is not an UpperCamelCase Swift type name")
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
}
