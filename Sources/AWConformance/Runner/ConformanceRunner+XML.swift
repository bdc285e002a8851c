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
        let breakPoint = reportWellFormedness(tree, into: &sink)
        guard let root = tree.root, breakPoint.map({ (root.line, root.column) < $0 }) ?? true else { return (nil, false) }
        reportRestrictedCharacters(tree, root: root, into: &sink)
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
        if let breakPoint {
            return (DocumentNode(xml: root, brokenAt: breakPoint), false)
        }
        return (DocumentNode(xml: root), tree.isWellFormed)
    }

    /// One finding per missing `/` (at the start tag that should have been an end tag), and one
    /// for the first other well-formedness error: what libxml2 reads past it (recovering) is a
    /// guess, so its later errors are cascades, not facts. Returns where that error stands, the
    /// point after which nothing in the document is known.
    private func reportWellFormedness(_ tree: XMLTree, into sink: inout FindingSink) -> (Int, Int)? {
        let problems = tree.problemSummaries
        let breakPoint = problems.first { $0.repair == nil }.map { ($0.line, $0.column) }
        for problem in problems {
            if let breakPoint {
                guard problem.repair == nil ? (problem.line, problem.column) == breakPoint : (problem.line, problem.column) < breakPoint
                else { continue }
            }
            sink.add(
                .xmlSyntax, path: "", line: problem.line, column: problem.column,
                message: "not well-formed: \(problem.message)",
                expected: problem.repair.map { "</\($0.element)>" }, actual: problem.repair.map { "<\($0.element)>" })
            if problem.repair == nil { break }
        }
        return breakPoint
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

    /// The document view of an XML element in a document that breaks off at `brokenAt` (line,
    /// column): elements that start there or later are left out, and the elements still open
    /// there (the last child at each level, all the way down) are marked incomplete, so that no
    /// check calls their later members missing. The innermost open element, when it holds only
    /// text, is left out too: its text may be cut.
    init(xml element: XMLTree.Element, brokenAt: (Int, Int)) {
        self.init(openXML: element, brokenAt: brokenAt, isRoot: true)!
    }

    private init?(openXML element: XMLTree.Element, brokenAt: (Int, Int), isRoot: Bool) {
        let children = element.children.filter { ($0.line, $0.column) < brokenAt }
        if children.isEmpty {
            guard isRoot else { return nil }
            self.init(content: .object([]), line: element.line, column: element.column, isComplete: false)
            return
        }
        var members = children.dropLast().map {
            DocumentMember(name: $0.localName, namespace: $0.namespace, line: $0.line, column: $0.column, node: DocumentNode(xml: $0))
        }
        let last = children[children.count - 1]
        if let open = DocumentNode(openXML: last, brokenAt: brokenAt, isRoot: false) {
            members.append(DocumentMember(name: last.localName, namespace: last.namespace, line: last.line, column: last.column, node: open))
        }
        self.init(content: .object(members), line: element.line, column: element.column, isComplete: false)
    }
}
