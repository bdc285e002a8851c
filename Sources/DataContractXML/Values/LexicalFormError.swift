/// A text that is not a valid lexical form of the type it was read as.
///
/// Thrown by ``DateTime/init(parsing:)``, ``LexicalForm`` and, wrapped in a
/// `DecodingError.dataCorrupted` whose `underlyingError` is this value, by the decoders.
/// The ``description`` quotes the text, names the type and says what is wrong, for example
/// `"2018-13-01T00:00:00" is not a valid DateTime: month 13 is not in 1...12`.
public struct LexicalFormError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of what went wrong, for programs and reports.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The text does not have the shape of the type's lexical form.
        public static let malformed = Code(rawValue: "lexical.malformed")
        /// The shape is right but a field or the value is outside its range.
        public static let outOfRange = Code(rawValue: "lexical.out-of-range")
        /// The number has more significant digits than the type keeps exactly.
        public static let tooPrecise = Code(rawValue: "lexical.too-precise")
    }

    /// What went wrong.
    public let code: Code
    /// The type the text was read as, in .NET / XML Schema terms (`DateTime`, `decimal`, `int` …).
    public let typeName: String
    /// The offending text, exactly as given (invalid UTF-8 replaced by U+FFFD).
    public let text: String
    /// What is wrong, in a few words (`month 13 is not in 1...12`).
    public let reason: String

    public init(code: Code, typeName: String, text: String, reason: String) {
        self.code = code
        self.typeName = typeName
        self.text = text
        self.reason = reason
    }

    public var description: String {
        "\"\(text)\" is not a valid \(typeName): \(reason)"
    }
}
