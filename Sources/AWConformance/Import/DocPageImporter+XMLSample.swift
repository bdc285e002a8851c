import DataContractXML

/// The XML response sample: the root element's name and namespace and each member's
/// namespace, learnt even from a sample that is not well-formed (read leniently with
/// ``DataContractXML/XMLTree``, for this purpose only; the breakage is recorded).
extension DocPageImporter {
    /// Reads the XML sample and records what it shows on the schema's types.
    ///
    /// - Sets `response.name` to the root element's local name (the contract name).
    /// - Sets `PropertySchema.xmlNamespace` (source `sample`) on each response property and,
    ///   recursively, on the properties of nested `aws:` types, from the elements of the same
    ///   local name.
    /// - Notes sample members the schema lacks, and a sample that is not well-formed.
    /// - Returns: the root facts, or `nil` when the sample cannot be read at all.
    /// - For an array (`ArrayOfBlockedSendersList`): records the item element's name
    ///   (`BlockedSendersList`, the .NET class name) and namespace, and learns the namespaces from
    ///   the first item. For a scalar root (`<int xmlns="…/Serialization/">`): notes a root name
    ///   that disagrees with the documented type.
    func learnXMLSample(
        _ text: String, firstLine: Int, shape: ResponseShape?, response: inout TypeSchema?,
        types: inout [String: TypeSchema], notes: inout [String]
    ) -> EndpointSchema.XMLSample? {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(Array(text.utf8), lenient: true)
        } catch let error as DataContractXMLError {
            notes.append("line \(firstLine + error.line - 1): the XML response sample cannot be read (\(error.message)); not used for facts")
            return nil
        } catch {
            notes.append("the XML response sample cannot be read (\(error)); not used for facts")
            return nil
        }
        guard let root = tree.root else {
            notes.append("the XML response sample has no root element")
            return nil
        }
        // Positions inside the sample, as page lines.
        func pageLine(_ line: Int) -> Int { firstLine + line - 1 }
        let problems = tree.problemSummaries.map { problem in
            let message = problem.repair.map {
                "<\($0.element)> opened at line \(pageLine($0.openedLine)) is never closed; a start tag stands where its end tag belongs (a \"/\" looks missing)"
            } ?? problem.message
            return "line \(pageLine(problem.line)): \(message)"
        }
        if !problems.isEmpty {
            notes.append("the XML response sample is not well-formed (\(problems.joined(separator: "; "))); its names and namespaces were read leniently")
        }
        var item: XMLTree.Element?
        switch shape {
        case .array?:
            if !root.localName.hasPrefix("ArrayOf") {
                notes.append("the XML response sample's root <\(root.localName)> is not an ArrayOf… list, though the response is an array")
            }
            item = root.children.first
            if let item, var type = response {
                if item.localName != type.name {
                    notes.append("the XML sample's items are <\(item.localName)> (the .NET class name) where the page says aws:\(type.name)")
                }
                learnNamespaces(from: item, into: &type, path: "", types: &types, notes: &notes, visited: [])
                response = type
            }
        case .scalar(let documented)?:
            let xmlType = Self.serializationPrimitives[root.localName]
            if root.namespace != Self.serializationNamespace {
                notes.append("the XML sample's scalar root <\(root.localName)> is not in the Serialization namespace \(Self.serializationNamespace)")
            } else if let xmlType, xmlType != documented {
                notes.append("the XML sample's root is <\(root.localName)> (\(xmlType)), though the table says \(documented)")
            }
        default:
            if var type = response {
                type.name = root.localName
                learnNamespaces(from: root, into: &type, path: "", types: &types, notes: &notes, visited: [])
                response = type
            }
        }
        return EndpointSchema.XMLSample(
            rootName: root.localName, rootNamespace: root.namespace, wellFormed: problems.isEmpty, problems: problems,
            itemName: item?.localName, itemNamespace: item?.namespace)
    }

    /// The namespace DataContractSerializer writes primitive roots in.
    static let serializationNamespace = "http://schemas.microsoft.com/2003/10/Serialization/"

    /// DataContract's primitive root element names and the documented type each reads as.
    static let serializationPrimitives: [String: DocumentedType] = [
        "int": .integer, "long": .bigInteger, "decimal": .decimal, "string": .string, "boolean": .boolean,
        "dateTime": .datetime, "short": .integer, "unsignedInt": .bigInteger, "double": .decimal, "float": .decimal,
    ]

    private func learnNamespaces(
        from element: XMLTree.Element, into type: inout TypeSchema, path: String, types: inout [String: TypeSchema],
        notes: inout [String], visited: Set<String>
    ) {
        let names = element.children.map(\.localName)
        if Set(names).count == names.count {
            type.xmlMemberOrder = names
        } else {
            notes.append("the XML response sample repeats a member of `\(path.isEmpty ? type.name : path)`; its member order is not used")
        }
        let indexByName = Dictionary(type.properties.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        for child in element.children {
            let memberPath = path.isEmpty ? child.localName : "\(path).\(child.localName)"
            guard let index = indexByName[child.localName] else {
                notes.append("the XML response sample has `\(memberPath)`, which the schema does not have")
                continue
            }
            type.properties[index].xmlNamespace = Fact(child.namespace, from: .sample)
            // Into a nested object (not an array's items), once per type.
            guard case .object(let name) = type.properties[index].type.value, !visited.contains(name),
                var nested = types[name], !child.children.isEmpty
            else { continue }
            learnNamespaces(from: child, into: &nested, path: memberPath, types: &types, notes: &notes, visited: visited.union([name]))
            types[name] = nested
        }
    }
}
