/// A value the ``DataContractEncoder`` cannot write as DataContract XML.
///
/// ``code`` is stable; ``codingPath`` names where the value is (`Client.Nickname`, `Tags.Index 2`)
/// as the model's coding keys give it.
public struct DataContractEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of what went wrong. Never reworded.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable code text, e.g. `encode.forbidden-character`.
        public let rawValue: String
        /// Wraps a code text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code text.
        public var description: String { rawValue }

        /// A string holds a character XML 1.0 does not allow in a document (§2.2 `Char`):
        /// U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE or U+FFFF. No escape can carry
        /// it (`&#x1;` is not well-formed XML 1.0 either), so it is refused.
        public static let forbiddenCharacter = Code(rawValue: "encode.forbidden-character")
        /// A coding key that is not an XML name (empty, starting with a digit, or holding a
        /// space, `<`, `&` …), so it cannot be an element name.
        public static let invalidName = Code(rawValue: "encode.invalid-name")
        /// A value with no XML lexical form: a `Decimal` that is NaN.
        public static let invalidValue = Code(rawValue: "encode.invalid-value")
        /// The encoder was used against the `Encoder` rules: two values for one single-value
        /// container, a value and a container for one element, or a list writer used after
        /// ``DataContractListWriter/finish()``.
        public static let invalidUse = Code(rawValue: "encode.invalid-use")
    }

    /// What went wrong.
    public var code: Code
    /// The coding keys from the root to the value (list items by index).
    public var codingPath: [String]
    /// What went wrong, in a sentence, without the path.
    public var message: String

    /// Creates an error.
    public init(code: Code, codingPath: [String], message: String) {
        self.code = code
        self.codingPath = codingPath
        self.message = message
    }

    /// `Client.Nickname: message` (or just the message at the root).
    public var description: String {
        codingPath.isEmpty ? message : "\(codingPath.joined(separator: ".")): \(message)"
    }
}
