import AWModels
import DataContractXML
import Foundation

extension ConformanceRunner {
    /// Reads an XML response into a document, leniently when it is not well-formed (so the
    /// other checks and parity still see its values), and reports well-formedness, the root
    /// element's name and namespace.
    func readXML(_ data: Data, schema: EndpointSchema, into sink: inout FindingSink) -> (document: DocumentNode?, wellFormed: Bool) {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(data, lenient: true)
        } catch let error as DataContractXMLError {
            sink.add(.xmlSyntax, path: "", line: error.line, column: error.column, message: "the XML cannot be read: \(error.message)")
            return (nil, false)
        } catch {
            sink.add(.xmlSyntax, path: "", line: nil, column: nil, message: "the XML cannot be read: \(error)")
            return (nil, false)
        }
        reportWellFormedness(tree, into: &sink)
        guard let root = tree.root else { return (nil, false) }
        reportRestrictedCharacters(tree, root: root, into: &sink)
        if let expected = schema.xml {
            if root.localName != expected.rootName {
                sink.add(
                    .xmlRootName, path: "", line: root.line, column: root.column,
                    message: "the root element is <\(root.localName)>, the docs' sample has <\(expected.rootName)>",
                    expected: expected.rootName, actual: root.localName)
            }
            if root.namespace != expected.rootNamespace {
                sink.add(
                    .xmlRootNamespace, path: "", line: root.line, column: root.column,
                    message: "the root element is in namespace \"\(root.namespace)\", the docs' sample in \"\(expected.rootNamespace)\"",
                    expected: expected.rootNamespace, actual: root.namespace)
            }
        }
        return (DocumentNode(xml: root), tree.isWellFormed)
    }

    /// One finding per well-formedness problem (a missing `/` at the start tag that should have
    /// been an end tag).
    private func reportWellFormedness(_ tree: XMLTree, into sink: inout FindingSink) {
        for problem in tree.problemSummaries {
            sink.add(
                .xmlSyntax, path: "", line: problem.line, column: problem.column,
                message: "not well-formed: \(problem.message)",
                expected: problem.repair.map { "</\($0.element)>" }, actual: problem.repair.map { "<\($0.element)>" })
        }
    }
}

extension ConformanceRunner {
    /// One finding per character reference to a character XML 1.0 forbids, at the reference,
    /// with the path of the element whose text holds it.
    private func reportRestrictedCharacters(_ tree: XMLTree, root: XMLTree.Element, into sink: inout FindingSink) {
        for reference in tree.restrictedCharacters {
            sink.add(
                .xmlRestrictedCharacter, path: Self.path(to: reference, in: root), line: reference.line,
                column: reference.column,
                message: "the text holds \(reference.spelling), a reference to U+\(String(format: "%04X", reference.scalar.value)), which XML 1.0 does not allow: .NET reads it as the character, strict XML parsers refuse the whole document",
                actual: reference.spelling)
        }
    }

    /// The dotted path (below the root, as other findings name it) of the last element that
    /// starts before `reference`: the element whose text holds it.
    static func path(to reference: RestrictedCharacterReference, in root: XMLTree.Element) -> String {
        func before(_ element: XMLTree.Element) -> Bool {
            (element.line, element.column) < (reference.line, reference.column)
        }
        var names: [String] = []
        var element = root
        while let child = element.children.last(where: before) {
            names.append(child.localName)
            element = child
        }
        return names.joined(separator: ".")
    }
}

extension DocumentNode {
    /// The document view of an XML element, as DataContractSerializer writes values: `i:nil`
    /// is null, an element with children an object (member namespaces kept), any other element
    /// its text.
    public init(xml element: XMLTree.Element) {
        let content: Content
        if element.isNil {
            content = .null
        } else if !element.children.isEmpty {
            content = .object(element.children.map {
                DocumentMember(name: $0.localName, namespace: $0.namespace, line: $0.line, column: $0.column, node: DocumentNode(xml: $0))
            })
        } else {
            content = .scalar(element.text, .xmlText)
        }
        self.init(content: content, line: element.line, column: element.column)
    }
}
