/// A JSON text that is not well-formed (RFC 8259), with where and why.
///
/// Thrown by ``JSONTree/parse(_:)``; the ``ResponseDecoder`` attaches it as the
/// `underlyingError` of a `DecodingError.dataCorrupted` when Foundation's `JSONDecoder` rejects
/// a response (Foundation on Linux gives no position). Line and column are 1-based; the column
/// counts Unicode scalars, not bytes.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of syntax error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A character that cannot stand where it is (a missing comma or colon, a stray token).
        public static let unexpectedCharacter = Code(rawValue: "json.unexpected-character")
        /// The text ends inside a value.
        public static let unexpectedEnd = Code(rawValue: "json.unexpected-end")
        /// A raw control character (such as a line break) inside a string.
        public static let controlCharacterInString = Code(rawValue: "json.control-character-in-string")
        /// A backslash escape JSON does not define, or a bad `\u` escape.
        public static let invalidEscape = Code(rawValue: "json.invalid-escape")
        /// A number not in JSON's grammar (`01`, `1.`, `+1`, `.5`).
        public static let invalidNumber = Code(rawValue: "json.invalid-number")
        /// Bytes that are not UTF-8.
        public static let invalidUTF8 = Code(rawValue: "json.invalid-utf8")
        /// UTF-16 text (after a byte order mark) with a lone surrogate or an odd byte count.
        public static let invalidUTF16 = Code(rawValue: "json.invalid-utf16")
        /// Text after the top-level value.
        public static let trailingContent = Code(rawValue: "json.trailing-content")
        /// Arrays and objects nested deeper than the parser's limit.
        public static let tooDeep = Code(rawValue: "json.too-deep")
    }

    public let code: Code
    /// 1-based line.
    public let line: Int
    /// 1-based column, in Unicode scalars.
    public let column: Int
    /// 0-based byte offset.
    public let offset: Int
    /// What was expected and what was found, e.g. `expected "," or "}" after an object member, found "\""`.
    public let message: String

    public init(code: Code, line: Int, column: Int, offset: Int, message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    /// `line 4, column 5: expected "," or "}" after an object member, found "\""`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
