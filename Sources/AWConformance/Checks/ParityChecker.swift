import AWModels
import DataContractXML
import Foundation

/// Compares the JSON and the XML answer for the same endpoint and record, value by value, after
/// reading each leniently, and reports every path where they differ with both values.
///
/// Values are compared by meaning, as a client sees them: numbers by value (`8` equals
/// `8.0000`), DateTimes by their fields (`…56.789` equals `…56.7890`), booleans by truth value
/// (`true` equals `1`), strings exactly; `null` / `i:nil` equals only null; an absent member
/// differs from a present one.
public struct ParityChecker: Sendable {
    public let schema: EndpointSchema
    public let configuration: CheckConfiguration
    /// The two files, for messages; findings carry ``xmlFile`` and XML positions.
    public let jsonFile: String
    public let xmlFile: String

    public init(schema: EndpointSchema, jsonFile: String, xmlFile: String, configuration: CheckConfiguration = .init()) {
        self.schema = schema
        self.jsonFile = jsonFile
        self.xmlFile = xmlFile
        self.configuration = configuration
    }

    /// The findings for the two documents' top-level values.
    public func check(json: DocumentNode, xml: DocumentNode) -> [Finding] {
        var sink = FindingSink(checker: ResponseChecker(schema: schema, file: xmlFile, format: .xml, configuration: configuration))
        compare(json, xml, type: schema.rootType, path: "", into: &sink)
        return sink.findings
    }

    private func typeSchema(_ type: DocumentedType?) -> TypeSchema? {
        guard case .object(let name) = type else { return nil }
        return schema.objectType(named: name)
    }

    private func compare(_ json: DocumentNode, _ xml: DocumentNode, type: DocumentedType?, path: String, into sink: inout FindingSink) {
        switch (json.content, xml.content) {
        case (.null, .null):
            return
        case (.object(let jsonMembers), _) where xml.objectMembers != nil:
            compareMembers(jsonMembers, xml.objectMembers!, parent: xml, type: typeSchema(type), path: path, into: &sink)
        case (.array(let jsonItems), _) where xml.arrayItems != nil:
            compareItems(jsonItems, xml.arrayItems!, parent: xml, type: type, path: path, into: &sink)
        case (.scalar(let jsonText, let jsonKind), .scalar(let xmlText, _)):
            if !Self.sameScalar(jsonText, jsonKind, xmlText, type: type) {
                differ(json, xml, path: path, into: &sink)
            }
        default:
            differ(json, xml, path: path, into: &sink)
        }
    }

    /// Compares the members of one object; `parent` is the XML element, whose position stands
    /// for a member the XML answer lacks. Of repeated members the first counts, as
    /// Foundation's JSONDecoder and DataContractSerializer read them.
    private func compareMembers(
        _ jsonMembers: [DocumentMember], _ xmlMembers: [DocumentMember], parent: DocumentNode, type: TypeSchema?,
        path: String, into sink: inout FindingSink
    ) {
        // Documented order first, then any other names in the order JSON, then XML, has them.
        var names = type?.properties.map(\.name) ?? []
        for name in jsonMembers.map(\.name) + xmlMembers.map(\.name) where !names.contains(name) {
            names.append(name)
        }
        for name in names {
            let memberPath = path.isEmpty ? name : "\(path).\(name)"
            let jsonMember = jsonMembers.first { $0.name == name }
            let xmlMember = xmlMembers.first { $0.name == name }
            switch (jsonMember, xmlMember) {
            case (nil, nil):
                continue
            case (_?, nil) where !parent.isComplete:
                // The XML document breaks off inside this element: the member may come after.
                continue
            case (let j?, nil):
                sink.add(
                    .parity, path: memberPath, at: parent,
                    message: "\(name) is in the JSON answer (\(jsonFile), line \(j.line)) but absent from this XML element",
                    expected: j.node.rendered, actual: "absent")
            case (nil, let x?):
                sink.add(
                    .parity, path: memberPath, line: x.line, column: x.column,
                    message: "\(name) is in the XML answer (\(x.node.rendered)) but absent from the JSON answer (\(jsonFile))",
                    expected: "absent", actual: x.node.rendered)
            case (let j?, let x?):
                compare(j.node, x.node, type: type?.property(named: name)?.type.value, path: memberPath, into: &sink)
            }
        }
    }

    private func compareItems(
        _ jsonItems: [DocumentNode], _ xmlItems: [DocumentNode], parent: DocumentNode, type: DocumentedType?,
        path: String, into sink: inout FindingSink
    ) {
        var elementType: DocumentedType?
        if case .array(let element) = type { elementType = element }
        if jsonItems.count != xmlItems.count, parent.isComplete || jsonItems.count < xmlItems.count {
            sink.add(
                .parity, path: path, at: parent,
                message: "the JSON answer has \(jsonItems.count) items, the XML answer \(xmlItems.count)",
                expected: "\(jsonItems.count) items", actual: "\(xmlItems.count) items")
        }
        for index in 0..<min(jsonItems.count, xmlItems.count) {
            compare(jsonItems[index], xmlItems[index], type: elementType, path: "\(path)[\(index)]", into: &sink)
        }
    }

    private func differ(_ json: DocumentNode, _ xml: DocumentNode, path: String, into sink: inout FindingSink) {
        sink.add(
            .parity, path: path, at: xml,
            message: "\(path.isEmpty ? "the document" : path) differs between the answers: JSON has \(json.rendered), XML has \(xml.rendered)",
            expected: json.rendered, actual: xml.rendered)
    }

    /// Whether a JSON scalar and an XML text mean the same value of `type`.
    static func sameScalar(_ jsonText: String, _ jsonKind: DocumentNode.ScalarKind, _ xmlText: String, type: DocumentedType?) -> Bool {
        let trimmed = ScalarForm.xmlTrimmed(xmlText)
        switch (type, jsonKind) {
        case (.string?, _), (.commaSeparatedIntegers?, _):
            return jsonText == xmlText
        case (.datetime?, _), (.date?, _):
            if let a = try? DateTime(parsing: jsonText), let b = try? DateTime(parsing: trimmed) { return a == b }
            return jsonText == trimmed
        case (_, .number):
            let a = Array(jsonText.utf8), b = Array(trimmed.utf8)
            if let x = try? LexicalForm.decimal(a.span), let y = try? LexicalForm.decimal(b.span) { return x == y }
            if let x = try? LexicalForm.double(a.span), let y = try? LexicalForm.double(b.span) { return x == y }
            return jsonText == trimmed
        case (_, .boolean):
            let b = Array(trimmed.utf8)
            guard let value = try? LexicalForm.boolean(b.span) else { return false }
            return value == (jsonText == "true")
        default:
            return jsonText == xmlText
        }
    }
}
