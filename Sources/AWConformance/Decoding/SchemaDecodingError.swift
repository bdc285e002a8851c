/// A response that does not decode through its schema: what a generated model would refuse, at
/// the same coding path, with the line and column.
public struct SchemaDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text (`decode.type-mismatch`).
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The document is not well-formed JSON or XML.
        public static let notWellFormed = Code(rawValue: "decode.not-well-formed")
        /// A value is not of its documented type or lexical form.
        public static let typeMismatch = Code(rawValue: "decode.type-mismatch")
        /// A member the page documents as always present is missing.
        public static let missingMember = Code(rawValue: "decode.missing-member")
        /// `null` where the page allows none.
        public static let unexpectedNull = Code(rawValue: "decode.unexpected-null")
        /// A body where the page documents none.
        public static let unexpectedBody = Code(rawValue: "decode.unexpected-body")
    }

    /// What went wrong.
    public let code: Code
    /// The coding path (`Client.UserID`, `[2].Hours`); empty at the root.
    public let path: String
    /// The line of the value, 1-based, when known.
    public let line: Int?
    /// The column of the value, 1-based, when known.
    public let column: Int?
    /// What was expected and found.
    public let message: String

    /// - Parameters:
    ///   - code: the kind of error.
    ///   - path: the coding path.
    ///   - line: the line, when known.
    ///   - column: the column, when known.
    ///   - message: what was expected and found.
    public init(code: Code, path: String, line: Int?, column: Int?, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 3, column 5: Client.UserID: expected …`.
    public var description: String {
        var parts: [String] = []
        if let line, let column { parts.append("line \(line), column \(column)") }
        if !path.isEmpty { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
