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
        if schema.xml == nil, case .array(let element)? = schema.shape, !root.localName.hasPrefix("ArrayOf") {
            sink.add(
                .xmlRootName, path: "", line: root.line, column: root.column,
                message: "the root element is <\(root.localName)>, but a list (\(ResponseShape.array(of: element))) is written as <ArrayOf…>",
                expected: "ArrayOf…", actual: root.localName)
        }
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
