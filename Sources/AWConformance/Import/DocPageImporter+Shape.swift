import AWModels

/// The response root: what the body is (object, bare array, scalar, empty) and which type the
/// checks hold it to.
extension DocPageImporter {
    /// What ``responseRoot(page:table:documentedTypes:sampleRoot:operation:types:notes:)`` learnt.
    struct ResponseRoot {
        /// The shape, or `nil` when the page shows none.
        var shape: Fact<ResponseShape>?
        /// The root object type, or the item type of an array of objects.
        var response: TypeSchema?
        /// The sample objects that stand for ``response`` (the root object, or the array's items).
        var responseObjects: [[JSONTree.Member]]
    }

    /// Reads the response root from the Response table, its prose and the JSON sample.
    ///
    /// - One row with no name: its type is the root (` decimal …` → scalar, `array of aws:X` →
    ///   array of X, `aws:X` → the object X).
    /// - One named row of type `aws:X` or `array of aws:X` (`RateBreaks aws:RateBreaks Array of
    ///   RateBreaks.`): the pages name the returned value this way, so the sample decides (a bare
    ///   array → array of X; an object with that member → an object wrapping it; another object →
    ///   X itself); without a sample, `array of`, or prose that says "array of" / "list of", gives
    ///   an array of X, and `aws:X` gives X itself (both noted).
    /// - Several rows: an object, unless the prose says the operation returns a list ("returns
    ///   all the …", "returns a list of …", not "one page at a time") or the sample is a bare array:
    ///   then an array of an object of those rows, named after the operation.
    /// - No table: "has no response model" / "returns HTTP 200 OK" → empty; else the sample's root
    ///   (inferred); else unknown.
    func responseRoot(
        page: DocPage, table: PropertyTable?, documentedTypes: [String: TypeSchema], sampleRoot: JSONTree.Node?,
        operation: String, types: inout [String: TypeSchema], notes: inout [String]
    ) -> ResponseRoot {
        let sampleObjects = sampleRoot.map(Self.objects(in:)) ?? []
        var sampleIsArray = false
        var sampleIsScalar = false
        switch sampleRoot {
        case .array?: sampleIsArray = true
        case .string?, .number?, .bool?: sampleIsScalar = true
        default: break
        }

        guard let table else {
            if let line = Self.saysNoResponseBody(page) {
                notes.append("line \(line): the page says the operation has no response body")
                return ResponseRoot(shape: Fact(.empty, from: .prose), response: nil, responseObjects: [])
            }
            notes.append("the page has no Response property table")
            guard let sampleRoot, configuration.inferTypesFromSamples else {
                return ResponseRoot(shape: nil, response: nil, responseObjects: [])
            }
            notes.append("the response is inferred from the JSON response sample")
            if sampleIsScalar {
                let type = inferredType(of: [sampleRoot], typeName: operation, member: "", types: &types, notes: &notes)
                return ResponseRoot(shape: Fact(.scalar(type), from: .sample), response: nil, responseObjects: [])
            }
            guard !sampleObjects.isEmpty else { return ResponseRoot(shape: nil, response: nil, responseObjects: []) }
            let inferred = inferType(named: operation, from: sampleObjects, types: &types, notes: &notes)
            let shape: ResponseShape = sampleIsArray ? .array(of: .object(operation)) : .object
            return ResponseRoot(shape: Fact(shape, from: .sample), response: inferred, responseObjects: sampleObjects)
        }

        var properties = Self.properties(of: table, documentedMeansPresent: true, notes: &notes)
        let single = properties.count == 1 ? properties[0] : nil

        // The type X itself as the root (or as the items), documented, inferred or unknown.
        func rootType(_ name: String, objects: [[JSONTree.Member]]) -> TypeSchema {
            if var documented = documentedTypes[name] {
                applySample(to: &documented.properties, objects: objects, path: "", notes: &notes)
                return documented
            }
            if configuration.inferTypesFromSamples, !objects.isEmpty {
                notes.append("aws:\(name) is not documented on the page; its properties are inferred from the JSON response sample")
                return inferType(named: name, from: objects, types: &types, notes: &notes)
            }
            notes.append("aws:\(name) is not documented on the page and no sample shows it; its properties are unknown")
            return TypeSchema(name: name, inferred: false, properties: [], propertiesUnknown: true)
        }

        if let single, single.name.isEmpty {
            let line = table.rows[0].line
            switch single.type.value {
            case .array(let element):
                if !sampleObjects.isEmpty, !sampleIsArray { notes.append("line \(line): the table documents an array, but the JSON sample's root is not one") }
                guard case .object(let name) = element else {
                    return ResponseRoot(shape: Fact(.array(of: element), from: .table), response: nil, responseObjects: [])
                }
                return ResponseRoot(shape: Fact(.array(of: element), from: .table), response: rootType(name, objects: sampleObjects), responseObjects: sampleObjects)
            case .object(let name):
                return ResponseRoot(shape: Fact(.object, from: .table), response: rootType(name, objects: sampleObjects), responseObjects: sampleObjects)
            default:
                if sampleRoot != nil, !sampleIsScalar { notes.append("line \(line): the table documents a bare \(single.type.value), but the JSON sample's root is not a scalar") }
                return ResponseRoot(shape: Fact(.scalar(single.type.value), from: .table), response: nil, responseObjects: [])
            }
        }

        if let single, case .object(let name) = single.type.value.objectElement {
            let line = table.rows[0].line
            let isArrayType = single.type.value.arrayElement != nil
            if let sampleRoot {
                if sampleIsArray {
                    notes.append("line \(line): `\(single.name)` names the response, which the JSON sample shows is a bare array of aws:\(name)")
                    return ResponseRoot(shape: Fact(.array(of: .object(name)), from: .sample), response: rootType(name, objects: sampleObjects), responseObjects: sampleObjects)
                }
                if case .object(let members, _) = sampleRoot, !members.contains(where: { $0.key == single.name }) {
                    notes.append("line \(line): `\(single.name)` names the response, which the JSON sample shows is the aws:\(name) object itself")
                    return ResponseRoot(shape: Fact(.object, from: .sample), response: rootType(name, objects: sampleObjects), responseObjects: sampleObjects)
                }
                // An object with that member: a wrapper, as the table reads.
            } else {
                let lower = single.description.lowercased()
                if isArrayType || lower.hasPrefix("array of") || lower.hasPhrase("list of") || lower.hasPhrase(" array of") {
                    notes.append("line \(line): `\(single.name)` names the response; read as a bare array of aws:\(name) (as the pages' samples show for such rows); no sample confirms it")
                    return ResponseRoot(shape: Fact(.array(of: .object(name)), from: .prose), response: rootType(name, objects: []), responseObjects: [])
                }
                notes.append("line \(line): `\(single.name)` names the response; read as the aws:\(name) object itself (as the pages' samples show for such rows); no sample confirms it")
                return ResponseRoot(shape: Fact(.object, from: .table), response: rootType(name, objects: []), responseObjects: [])
            }
        }

        // Several rows (or one scalar row): the properties of an object, the root or each item.
        if sampleIsArray || (sampleRoot == nil && Self.saysList(page) != nil) {
            if sampleIsArray {
                notes.append("the JSON sample is a bare array: the Response table documents each item")
            } else if let line = Self.saysList(page) {
                notes.append("line \(line): the prose says the operation returns a list: the Response table documents each item (named \(operation) here; the page gives the items no aws: name)")
            }
            applySample(to: &properties, objects: sampleObjects, path: "", notes: &notes)
            let source: FactSource = sampleIsArray ? .sample : .prose
            return ResponseRoot(
                shape: Fact(.array(of: .object(operation)), from: source),
                response: TypeSchema(name: operation, inferred: false, properties: properties), responseObjects: sampleObjects)
        }
        applySample(to: &properties, objects: sampleObjects, path: "", notes: &notes)
        return ResponseRoot(
            shape: Fact(.object, from: .table), response: TypeSchema(name: operation, inferred: false, properties: properties),
            responseObjects: sampleObjects)
    }

    /// The line where the Response section says there is no body ("This operation has no
    /// response model. It returns HTTP 200 OK."), or `nil`.
    static func saysNoResponseBody(_ page: DocPage) -> Int? {
        guard let section = page.section("Response") else { return nil }
        let phrases = ["no response model", "no response body", "returns http 200 ok", "empty body", "returns no content", "204 no content"]
        return section.lines.first { line in
            let lower = line.text.lowercased()
            return phrases.contains { lower.hasPhrase($0) }
        }?.number
    }

    /// The line where the prose says the operation returns a list: the Response Sample sentence
    /// ("The following example returns a list of …") or the summary ("This API operation returns
    /// all the …", "returns a list of …"), unless it says it pages ("one page at a time").
    static func saysList(_ page: DocPage) -> Int? {
        let phrases = ["returns a list of", "returns the list of", "returns all the", "returns all of the", "returns an array of"]
        let title = page.title ?? ""
        let nonBlank = page.preamble.filter { !$0.isBlank }
        let summary = nonBlank.firstIndex { String($0.trimmed) == title }.map { Array(nonBlank[$0...]) } ?? []
        let sampleLines = page.section("Response Sample")?.lines ?? []
        let sampleProse = sampleLines.prefix { !$0.text.hasPrefix("{") && !$0.text.hasPrefix("[") && !$0.text.hasPrefix("<") }
        for line in Array(sampleProse) + summary {
            let lower = line.text.lowercased()
            if lower.hasPhrase("one page at a time") || lower.hasPhrase("per page") { return nil }
            if phrases.contains(where: { lower.hasPhrase($0) }) { return line.number }
        }
        return nil
    }
}
