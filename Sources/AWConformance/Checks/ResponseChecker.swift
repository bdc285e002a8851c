import AWModels
import DataContractXML

/// Checks one response document against its endpoint's schema and returns findings.
///
/// Works on a ``DocumentNode`` (JSON and XML alike): documented properties present, nothing
/// undocumented, each value of its documented type and lexical form, nulls only where the docs
/// allow them, enum values, and for XML the member namespaces and DataContract order.
public struct ResponseChecker: Sendable {
    public let schema: EndpointSchema
    public let configuration: CheckConfiguration
    /// The file name findings carry.
    public let file: String
    public let format: ResponseFormat

    public init(schema: EndpointSchema, file: String, format: ResponseFormat, configuration: CheckConfiguration = .init()) {
        self.schema = schema
        self.file = file
        self.format = format
        self.configuration = configuration
    }

    /// The findings for `root`, the document's top-level value (JSON) or root element (XML).
    ///
    /// By the schema's `EndpointSchema.shape`: an object is checked against the response type;
    /// a bare array item by item (paths `[3].Status`; in XML each item element's name too); a
    /// scalar as a value of its documented type. An empty body is the runner's business
    /// (``ConformanceRunner``), as it is not a document.
    public func check(_ root: DocumentNode) -> [Finding] {
        var findings = FindingSink(checker: self)
        switch schema.shape {
        case .object?:
            if let response = schema.response {
                checkObject(root, type: response, path: "", into: &findings)
            } else {
                findings.add(.unchecked, path: "", at: root, message: "the documentation page does not show the response's properties, so values are not checked")
            }
        case .array(let element)?:
            checkList(root, element: element, into: &findings)
        case .scalar(let type)?:
            let property = PropertySchema(
                name: "the response", type: Fact(type, from: .table), required: Fact(true, from: .table),
                nullable: Fact(false, from: .default))
            checkValue(root, property: property, path: "", into: &findings)
        case .empty?:
            findings.add(
                .responseUnexpectedBody, path: "", at: root,
                message: "the docs say this operation answers with no body, but it has one",
                expected: "no body", actual: root.kindName)
        case nil:
            findings.add(.unchecked, path: "", at: root, message: "the documentation page does not show the response, so values are not checked")
        }
        return findings.findings
    }

    /// A bare array: JSON `[…]`, XML `ArrayOfX` whose children are the items, each named as the
    /// docs' XML sample names them (the .NET class name), checked one by one.
    func checkList(_ root: DocumentNode, element: DocumentedType, into findings: inout FindingSink) {
        let item = PropertySchema(
            name: "item", type: Fact(element, from: .table), required: Fact(true, from: .table),
            nullable: Fact(false, from: .default))
        switch (format, root.content) {
        case (.json, .array(let items)):
            for (index, node) in items.enumerated() { checkValue(node, property: item, path: "[\(index)]", into: &findings) }
        case (.xml, _) where root.objectMembers != nil:
            let expectedName = schema.xml?.itemName
            for (index, member) in root.objectMembers!.enumerated() {
                let path = "[\(index)]"
                if let expectedName, member.name != expectedName {
                    findings.add(
                        .xmlItemName, path: path, line: member.line, column: member.column,
                        message: "the list's item is <\(member.name)>, the docs' sample has <\(expectedName)>",
                        expected: expectedName, actual: member.name)
                }
                if let namespace = schema.xml?.itemNamespace, member.namespace != namespace {
                    findings.add(
                        .xmlMemberNamespace, path: path, line: member.line, column: member.column,
                        message: "<\(member.name)> is in namespace \(member.namespace.map { "\"\($0)\"" } ?? "none"), not the one the docs' sample has",
                        expected: namespace, actual: member.namespace ?? "")
                }
                checkValue(member.node, property: item, path: path, into: &findings)
            }
        default:
            findings.add(
                .valueType, path: "", at: root, message: "expected a list (\(ResponseShape.array(of: element))), found \(root.kindName)",
                expected: "\(ResponseShape.array(of: element))", actual: root.rendered)
        }
    }

    func checkObject(_ node: DocumentNode, type: TypeSchema, path: String, into findings: inout FindingSink) {
        guard let members = node.objectMembers else {
            findings.add(
                .valueType, path: path, at: node,
                message: "expected an object (aws:\(type.name)), found \(node.kindName)",
                expected: "aws:\(type.name)", actual: node.rendered)
            return
        }
        var seen: Set<String> = []
        for member in members {
            let memberPath = path.isEmpty ? member.name : "\(path).\(member.name)"
            // JSON duplicates are found on the whole tree when it is read (ConformanceRunner).
            if !seen.insert(member.name).inserted {
                if format == .xml {
                    findings.add(
                        .xmlDuplicateMember, path: memberPath, line: member.line, column: member.column,
                        message: "<\(member.name)> appears more than once; a .NET DataContractSerializer reader keeps the first and skips this one",
                        actual: member.node.rendered)
                }
                continue
            }
            guard let property = type.property(named: member.name) else {
                if type.propertiesUnknown == true { continue }
                let nearMiss = type.properties.first { $0.name.lowercased() == member.name.lowercased() }
                findings.add(
                    .propertyUndocumented, path: memberPath, line: member.line, column: member.column,
                    message: nearMiss.map { "\"\(member.name)\" is not documented; names are case-sensitive and the docs have \"\($0.name)\"" }
                        ?? "\"\(member.name)\" is not a documented property of \(type.name)",
                    expected: nearMiss?.name, actual: member.name)
                continue
            }
            if format == .xml, let expected = property.xmlNamespace?.value, member.namespace != expected {
                findings.add(
                    .xmlMemberNamespace, path: memberPath, line: member.line, column: member.column,
                    message: "<\(member.name)> is in namespace \(member.namespace.map { "\"\($0)\"" } ?? "none"), not the one its contract declares",
                    expected: expected, actual: member.namespace ?? "")
            }
            checkValue(member.node, property: property, path: memberPath, into: &findings)
        }
        // Of an element the document breaks off in, the members after the break are unknown.
        for property in type.properties where node.isComplete && property.required.value && !seen.contains(property.name) {
            let memberPath = path.isEmpty ? property.name : "\(path).\(property.name)"
            findings.add(
                .propertyMissing, path: memberPath, at: node,
                message: "documented property \"\(property.name)\" (\(property.type.value)) is missing from \(type.name)",
                expected: property.name)
        }
        if format == .xml {
            checkOrder(members, type: type, path: path, into: &findings)
        }
    }

    func checkValue(_ node: DocumentNode, property: PropertySchema, path: String, into findings: inout FindingSink) {
        if case .null = node.content {
            if !property.nullable.value {
                findings.add(
                    .valueNull, path: path, at: node,
                    message: "\(property.name) is null, but the docs do not say it can be null",
                    expected: "\(property.type.value)", actual: "null")
            }
            return
        }
        switch property.type.value {
        case .object(let name):
            if let type = schema.objectType(named: name) {
                checkObject(node, type: type, path: path, into: &findings)
            } else if node.objectMembers == nil {
                findings.add(
                    .valueType, path: path, at: node, message: "expected an object (aws:\(name)), found \(node.kindName)",
                    expected: "aws:\(name)", actual: node.rendered)
            }
        case .array(let element):
            guard let items = node.arrayItems else {
                findings.add(
                    .valueType, path: path, at: node, message: "expected an array, found \(node.kindName)",
                    expected: "\(property.type.value)", actual: node.rendered)
                return
            }
            let itemProperty = PropertySchema(
                name: property.name, type: Fact(element, from: property.type.source),
                required: Fact(true, from: .default), nullable: Fact(false, from: .default),
                enumValues: property.enumValues)
            for (index, item) in items.enumerated() {
                checkValue(item, property: itemProperty, path: "\(path)[\(index)]", into: &findings)
            }
        case .unknown:
            return  // Reported by the importer; nothing to check against.
        default:
            guard case .scalar(let text, let kind) = node.content else {
                findings.add(
                    .valueType, path: path, at: node,
                    message: "expected \(property.type.value), found \(node.kindName)",
                    expected: "\(property.type.value)", actual: node.rendered)
                return
            }
            if let problem = ScalarForm.problem(text: text, kind: kind, type: property.type.value) {
                findings.add(
                    .valueType, path: path, at: node, message: "\(property.name): \(problem)",
                    expected: "\(property.type.value)", actual: node.rendered)
                return
            }
            if let allowed = property.enumValues?.value,
               !allowed.contains(ScalarForm.enumKey(text: text, kind: kind, type: property.type.value))
            {
                findings.add(
                    .valueEnum, path: path, at: node,
                    message: "\(property.name) is \(node.rendered), which is not one of the documented values",
                    expected: allowed.joined(separator: ", "), actual: node.rendered)
            }
        }
    }

    /// DataContractSerializer writes the members of each declaring contract together, most-base
    /// contract first, each group in ordinal order; its reader drops a member that comes after
    /// its slot. Groups are told apart by namespace.
    func checkOrder(_ members: [DocumentMember], type: TypeSchema, path: String, into findings: inout FindingSink) {
        // The docs' XML sample shows the order DataContractSerializer writes (base contracts
        // first, then ordinal or `Order`): compare with it when the schema learnt it.
        if let order = type.xmlMemberOrder {
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var previous: DocumentMember?
            for member in members {
                guard let index = rank[member.name] else { continue }
                if let before = previous, let beforeIndex = rank[before.name], index < beforeIndex {
                    report(member, after: before, path: path, reason: "the docs' XML sample has it before <\(before.name)>", into: &findings)
                } else {
                    previous = member
                }
            }
            return
        }
        // The order of the namespace groups is the order in which they first appear; a later
        // return to an earlier group, or a name that sorts before its predecessor in the same
        // group, is out of order.
        // A member's group is the namespace its contract declares (from the schema), so a
        // member in a wrong namespace is reported once, as such, not also as out of order.
        func group(_ member: DocumentMember) -> String {
            type.property(named: member.name)?.xmlNamespace?.value ?? member.namespace ?? ""
        }
        var groupOrder: [String] = []
        var previous: DocumentMember?
        for member in members {
            let namespace = group(member)
            defer { previous = member }
            guard let before = previous else { groupOrder.append(namespace); continue }
            let beforeNamespace = group(before)
            if namespace != beforeNamespace {
                if groupOrder.contains(namespace) {
                    report(member, after: before, path: path, reason: "returns to namespace \(namespace) after members of another contract", into: &findings)
                } else {
                    groupOrder.append(namespace)
                }
                continue
            }
            if member.name.utf16.lexicographicallyPrecedes(before.name.utf16) {
                report(member, after: before, path: path, reason: "sorts before <\(before.name)> (ordinal order)", into: &findings)
            }
        }
    }

    private func report(_ member: DocumentMember, after before: DocumentMember, path: String, reason: String, into findings: inout FindingSink) {
        let memberPath = path.isEmpty ? member.name : "\(path).\(member.name)"
        findings.add(
            .xmlMemberOrder, path: memberPath, line: member.line, column: member.column,
            message: "<\(member.name)> comes after <\(before.name)> but \(reason); a .NET DataContractSerializer client would skip it",
            expected: "before \(before.name)", actual: "after \(before.name)")
    }
}

/// Collects findings, applying the configured severities.
struct FindingSink {
    let checker: ResponseChecker
    var findings: [Finding] = []

    mutating func add(
        _ rule: Rule, path: String, at node: DocumentNode, message: String, expected: String? = nil, actual: String? = nil
    ) {
        add(rule, path: path, line: node.line, column: node.column, message: message, expected: expected, actual: actual)
    }

    mutating func add(
        _ rule: Rule, path: String, line: Int?, column: Int?, message: String, expected: String? = nil, actual: String? = nil
    ) {
        let endpoint = checker.schema.endpoint
        guard let severity = checker.configuration.severity(for: rule, endpoint: endpoint, path: path) else { return }
        findings.append(
            Finding(
                rule: rule, severity: severity, endpoint: endpoint, file: checker.file, path: path,
                line: line, column: column, message: message, expected: expected, actual: actual))
    }
}
