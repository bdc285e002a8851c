import AWModels
import DataContractXML

/// The response samples: finding them under "Response Sample", checking the tables against the
/// JSON sample, and inferring undocumented `aws:` types from it.
extension DocPageImporter {
    /// The JSON and XML texts under "Response Sample", as published, with their first line.
    struct ResponseSamples {
        var json: String?
        var jsonLine: Int?
        var xml: String?
        var xmlLine: Int?
    }

    /// Splits the "Response Sample" section: prose first, then blocks that start at a line
    /// beginning (in column 1) with `{` or `[` (JSON) or `<` (XML). Each block runs to the next
    /// block or the section's end; trailing blank lines are dropped, everything else (trailing
    /// spaces too) is kept as published.
    static func responseSamples(of page: DocPage) -> ResponseSamples {
        var samples = ResponseSamples()
        guard let section = page.section("Response Sample") else { return samples }
        enum Block { case prose, json, xml }
        var block = Block.prose
        var json: [DocPage.Line] = []
        var xml: [DocPage.Line] = []
        for line in section.lines {
            if block != .json, samples.json == nil, json.isEmpty,
               line.text.hasPrefix("{") || line.text.hasPrefix("[") || (block == .prose && Self.isScalarJSONLine(line.text)) {
                block = .json
            } else if block != .xml, xml.isEmpty, line.text.hasPrefix("<") {
                block = .xml
            }
            switch block {
            case .prose: break
            case .json: json.append(line)
            case .xml: xml.append(line)
            }
        }
        func text(_ lines: [DocPage.Line]) -> String? {
            var lines = lines[...]
            while lines.last?.isBlank == true { lines = lines.dropLast() }
            return lines.isEmpty ? nil : lines.map(\.text).joined(separator: "\n")
        }
        samples.json = text(json)
        samples.jsonLine = json.first?.number
        samples.xml = text(xml)
        samples.xmlLine = xml.first?.number
        return samples
    }

    /// A line that is a whole JSON scalar (`299`, `-1.5`, `true`, `"text"`): a bare scalar
    /// sample, as a page prints the answer of an operation that returns one value.
    static func isScalarJSONLine(_ text: String) -> Bool {
        let trimmed = text.trimmedSpaces
        guard !trimmed.isEmpty, text.first == trimmed.first else { return false }
        if ["true", "false", "null"].contains(trimmed) { return true }
        if trimmed.hasPrefix("\""), trimmed.hasSuffix("\""), trimmed.count >= 2 { return true }
        guard let root = try? JSONTree.parse(Array(trimmed.utf8)).root, case .number = root else { return false }
        return true
    }

    /// The objects a sample value stands for: an object, or the objects of an array.
    static func objects(in node: JSONTree.Node) -> [[JSONTree.Member]] {
        switch node {
        case .object(let members, _): [members]
        case .array(let elements, _): elements.flatMap(objects(in:))
        default: []
        }
    }

    /// Checks documented properties against the sample objects of their type: a property the
    /// sample lacks, a sample member the table lacks and a repeated key become notes; a `null`
    /// where the prose does not allow one makes the property nullable (source sample) when the
    /// configuration says so, and a note either way.
    func applySample(
        to properties: inout [PropertySchema], objects: [[JSONTree.Member]], path: String, sample: String = "JSON response sample",
        notes: inout [String]
    ) {
        guard !objects.isEmpty else { return }
        let prefix = path.isEmpty ? "" : path + "."
        let valuesByName = Self.values(byName: objects)
        for index in properties.indices {
            let name = properties[index].name
            let values = valuesByName[name] ?? []
            if values.isEmpty {
                notes.append("the \(sample) has no `\(prefix)\(name)`")
            }
            if values.contains(where: { if case .null = $0 { true } else { false } }), !properties[index].nullable.value {
                if configuration.nullableFromSamples {
                    properties[index].nullable = Fact(true, from: .sample)
                    notes.append("the \(sample) shows null for `\(prefix)\(name)`, which the prose does not call nullable; nullable from the sample")
                } else {
                    notes.append("the \(sample) shows null for `\(prefix)\(name)`, which the prose does not call nullable")
                }
            }
        }
        let documented = Set(properties.map(\.name))
        var reported: Set<String> = []
        for object in objects {
            var keys: Set<String> = []
            for member in object {
                if !keys.insert(member.key).inserted, reported.insert("dup " + member.key).inserted {
                    notes.append("\(member.keyPosition.description) of the \(sample): duplicate key `\(prefix)\(member.key)`")
                }
                if !documented.contains(member.key), reported.insert(member.key).inserted {
                    notes.append("the \(sample) has `\(prefix)\(member.key)`, which the page does not document")
                }
            }
        }
    }

    /// The values of the objects' members by key, in document order (one pass, so a page with
    /// thousands of members costs linear time).
    static func values(byName objects: [[JSONTree.Member]]) -> [String: [JSONTree.Node]] {
        var values: [String: [JSONTree.Node]] = [:]
        for object in objects {
            for member in object { values[member.key, default: []].append(member.value) }
        }
        return values
    }

    /// A type inferred from sample objects: members in order of first appearance; type from the
    /// values (see ``inferredType(of:typeName:member:types:notes:)``); required `true` when every
    /// object has the member, nullable `true` when a value is `null`; every fact from the sample.
    func inferType(named name: String, from objects: [[JSONTree.Member]], types: inout [String: TypeSchema], notes: inout [String]) -> TypeSchema {
        var order: [String] = []
        var values: [String: [JSONTree.Node]] = [:]
        var objectsHaving: [String: Int] = [:]
        for object in objects {
            var keys: Set<String> = []
            for member in object {
                if values[member.key] == nil { order.append(member.key) }
                values[member.key, default: []].append(member.value)
                if keys.insert(member.key).inserted { objectsHaving[member.key, default: 0] += 1 }
            }
        }
        let properties = order.map { key in
            let nodes = values[key]!
            let presentEverywhere = objectsHaving[key] == objects.count
            let hasNull = nodes.contains { if case .null = $0 { true } else { false } }
            return PropertySchema(
                name: key,
                type: Fact(inferredType(of: nodes, typeName: name, member: key, types: &types, notes: &notes), from: .sample),
                required: Fact(presentEverywhere, from: .sample),
                nullable: Fact(hasNull, from: .sample))
        }
        return TypeSchema(name: name, inferred: true, properties: properties)
    }

    /// The type the sample values of one member show: `integer` for integral numbers
    /// (`big integer` beyond 32 bits), `decimal` for numbers with a fraction or exponent (or a mix
    /// of both), `boolean`, `datetime` for strings in the DateTime lexical form, `string`,
    /// `aws:Type.Member` for objects (inferred too), `array of …` for arrays. Values that are all
    /// `null` (or an empty array) show no type: kept as the unknown spelling `null` (`array`),
    /// with a note.
    func inferredType(of nodes: [JSONTree.Node], typeName: String, member: String, types: inout [String: TypeSchema], notes: inout [String]) -> DocumentedType {
        let path = "\(typeName).\(member)"
        let present = nodes.filter { if case .null = $0 { false } else { true } }
        guard let first = present.first else {
            notes.append("`\(path)`: the JSON sample shows only null, so its type is not known (kept as `null`)")
            return .unknown("null")
        }
        switch first {
        case .number:
            let numbers = present.compactMap { if case .number(let text, _) = $0 { text } else { nil } }
            if numbers.contains(where: { $0.contains { ".eE".contains($0) } }) { return .decimal }
            if numbers.allSatisfy({ Int32($0) != nil }) { return .integer }
            if numbers.allSatisfy({ Int64($0) != nil }) { return .bigInteger }
            return .decimal
        case .string:
            let strings = present.compactMap { if case .string(let text, _) = $0 { text } else { nil } }
            return strings.count == present.count && strings.allSatisfy({ (try? DateTime(parsing: $0)) != nil })
                ? .datetime : .string
        case .bool:
            return .boolean
        case .object:
            // A type name cannot hold white space (`aws:A B` reads as an unknown spelling), so a
            // member key with some (a broken page's sample) names its type without it; else the
            // schema file would read the type back as another one.
            let nestedName = "\(typeName).\(member.filter { !$0.isWhitespace })"
            if nestedName != path {
                notes.append("`\(path)`: a type name cannot hold white space, so the type of this object member is named `\(nestedName)`")
            }
            types[nestedName] = inferType(named: nestedName, from: present.flatMap(Self.objects(in:)), types: &types, notes: &notes)
            return .object(nestedName)
        case .array:
            let elements: [JSONTree.Node] = present.flatMap { node -> [JSONTree.Node] in
                if case .array(let items, _) = node { items } else { [] }
            }
            if elements.isEmpty {
                notes.append("`\(path)`: the JSON sample shows only empty arrays, so the element type is not known (kept as `array`)")
                return .unknown("array")
            }
            let element = inferredType(of: elements, typeName: typeName, member: member, types: &types, notes: &notes)
            return element.isUnknown ? .unknown("array") : .array(element)
        case .null:
            return .unknown("null")
        }
    }
}
