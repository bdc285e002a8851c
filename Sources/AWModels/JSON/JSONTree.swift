/// A JSON document as written: every value with its position, object members in document order
/// with duplicates kept, numbers as their exact text.
///
/// This is the raw view conformance checks need (what a model would hide: duplicate keys, the
/// exact lexical form of a number, where each value stands), and the way ``ResponseDecoder``
/// finds the line and column of a syntax error.
public struct JSONTree: Hashable, Sendable {
    /// Where a value starts: 1-based line and column (in Unicode scalars), 0-based byte offset.
    public struct Position: Hashable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let offset: Int
        public init(line: Int, column: Int, offset: Int) {
            self.line = line
            self.column = column
            self.offset = offset
        }
        public var description: String { "line \(line), column \(column)" }
    }

    /// One object member: its key (decoded), where the key stands, and its value.
    public struct Member: Hashable, Sendable {
        public let key: String
        public let keyPosition: Position
        public let value: Node
    }

    /// A value and where it starts.
    public indirect enum Node: Hashable, Sendable {
        case object([Member], Position)
        case array([Node], Position)
        case string(String, Position)
        /// The number exactly as written (`8`, `8.0000`, `-1.5E+3`).
        case number(String, Position)
        case bool(Bool, Position)
        case null(Position)

        public var position: Position {
            switch self {
            case .object(_, let p), .array(_, let p), .string(_, let p), .number(_, let p),
                .bool(_, let p), .null(let p):
                return p
            }
        }

        /// `object`, `array`, `string`, `number`, `boolean` or `null`.
        public var typeName: String {
            switch self {
            case .object: "object"
            case .array: "array"
            case .string: "string"
            case .number: "number"
            case .bool: "boolean"
            case .null: "null"
            }
        }
    }

    /// The top-level value.
    public let root: Node

    /// The deepest nesting of arrays and objects accepted; deeper input is refused with
    /// ``JSONSyntaxError/Code/tooDeep`` rather than risking the stack.
    public static let maximumDepth = 512

    /// Parses a complete JSON text (RFC 8259): UTF-8 (a BOM is skipped), or UTF-16 with a byte
    /// order mark, as Foundation's `JSONDecoder` reads it (see `utf8(fromUnicode:)`).
    ///
    /// - Throws: ``JSONSyntaxError`` at the first error, with its line and column (for UTF-16
    ///   input the offset counts bytes of its UTF-8 form).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONTree {
        let input = Array(bytes)
        var parser = JSONTreeParser(bytes: try utf8(fromUnicode: input))
        // A UTF-16 text's byte order mark went with the conversion: a U+FEFF after it is content,
        // which Foundation refuses too (FuzzJSON, crash-utf16-bom-twice).
        parser.skipsByteOrderMark = !(input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]))
        return JSONTree(root: try parser.parseDocument())
    }
}

extension JSONTree {
    /// Every object member whose key an earlier member of the same object already has, anywhere
    /// in the document, with its coding-path text (`Client.UserID`, `Items[3].Status`), in
    /// document order. Readers keep only one of the values (Foundation the first, Json.NET the
    /// last), so a duplicate is always a problem.
    public func duplicateKeys() -> [(path: String, member: Member)] {
        var found: [(path: String, member: Member)] = []
        func walk(_ node: Node, _ path: String) {
            switch node {
            case .object(let members, _):
                var seen: Set<String> = []
                for member in members {
                    let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                    if !seen.insert(member.key).inserted { found.append((memberPath, member)) }
                    walk(member.value, memberPath)
                }
            case .array(let items, _):
                for (index, item) in items.enumerated() { walk(item, "\(path)[\(index)]") }
            default:
                break
            }
        }
        walk(root, "")
        return found
    }
}
