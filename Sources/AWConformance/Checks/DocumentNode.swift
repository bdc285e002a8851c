import AWModels

/// A response document as written, in one shape for JSON and XML, with positions: what the
/// checks walk instead of a model, so they see what a model would hide (duplicate keys, the
/// exact lexical form, nulls, namespaces, member order).
///
/// XML elements map as DataContractSerializer writes them: an element with `i:nil="true"` is
/// ``Content/null``; one with child elements is an ``Content/object(_:)`` whose members keep
/// their namespace (an array wrapper is an object whose members are the items); any other
/// element is ``Content/scalar(_:_:)`` with its text (`<X/>` is the empty text).
public struct DocumentNode: Hashable, Sendable {
    /// How a scalar was written.
    public enum ScalarKind: String, Hashable, Sendable {
        /// A JSON string.
        case string
        /// A JSON number (its exact text).
        case number
        /// A JSON `true` / `false`.
        case boolean
        /// XML element text (any type; the documented type decides how to read it).
        case xmlText
    }

    /// What the node holds.
    public indirect enum Content: Hashable, Sendable {
        case object([DocumentMember])
        case array([DocumentNode])
        case scalar(String, ScalarKind)
        case null
    }

    public var content: Content
    /// 1-based line where the value (JSON) or element (XML) starts.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// Whether everything the node holds was read: `false` for an XML element that was still
    /// open where the document breaks off (a cut, a syntax error libxml2 could not read past), so
    /// that checks do not call the members after the break missing. Default `true`.
    public var isComplete: Bool

    public init(content: Content, line: Int, column: Int, isComplete: Bool = true) {
        self.content = content
        self.line = line
        self.column = column
        self.isComplete = isComplete
    }

    /// The members when this node can stand for an object: an object's members, or none for an
    /// empty XML element (`<X/>`, an object without members); `nil` for anything else.
    public var objectMembers: [DocumentMember]? {
        switch content {
        case .object(let members): members
        case .scalar("", .xmlText): []
        default: nil
        }
    }

    /// The items when this node can stand for an array: a JSON array's items; an XML wrapper
    /// element's children (whatever their names) or none for an empty wrapper; `nil` otherwise.
    public var arrayItems: [DocumentNode]? {
        switch content {
        case .array(let items): items
        case .object(let members) where members.allSatisfy({ $0.namespace != nil }): members.map(\.node)
        case .scalar("", .xmlText): []
        default: nil
        }
    }

    /// `object`, `array`, `string`, `number`, `boolean`, `text` or `null`, for messages.
    public var kindName: String {
        switch content {
        case .object: "object"
        case .array: "array"
        case .scalar(_, .string): "string"
        case .scalar(_, .number): "number"
        case .scalar(_, .boolean): "boolean"
        case .scalar(_, .xmlText): "text"
        case .null: "null"
        }
    }

    /// A short rendering of the value for reports: the scalar text, `null`, `{…}` or `[…]`.
    public var rendered: String {
        switch content {
        case .object: "{…}"
        case .array: "[…]"
        case .scalar(let text, .string): "\"\(text)\""
        case .scalar("", .xmlText): "<empty>"
        case .scalar(let text, _): text
        case .null: "null"
        }
    }
}

/// A member of an object: its name, its XML namespace (nil for JSON), where it stands, its value.
public struct DocumentMember: Hashable, Sendable {
    public var name: String
    public var namespace: String?
    public var line: Int
    public var column: Int
    public var node: DocumentNode

    public init(name: String, namespace: String?, line: Int, column: Int, node: DocumentNode) {
        self.name = name
        self.namespace = namespace
        self.line = line
        self.column = column
        self.node = node
    }
}

extension DocumentNode {
    /// The document view of a parsed JSON text.
    public init(json node: JSONTree.Node) {
        let p = node.position
        switch node {
        case .object(let members, _):
            self.init(
                content: .object(members.map {
                    DocumentMember(
                        name: $0.key, namespace: nil, line: $0.keyPosition.line,
                        column: $0.keyPosition.column, node: DocumentNode(json: $0.value))
                }), line: p.line, column: p.column)
        case .array(let items, _):
            self.init(content: .array(items.map(DocumentNode.init(json:))), line: p.line, column: p.column)
        case .string(let s, _):
            self.init(content: .scalar(s, .string), line: p.line, column: p.column)
        case .number(let n, _):
            self.init(content: .scalar(n, .number), line: p.line, column: p.column)
        case .bool(let b, _):
            self.init(content: .scalar(b ? "true" : "false", .boolean), line: p.line, column: p.column)
        case .null:
            self.init(content: .null, line: p.line, column: p.column)
        }
    }
}
