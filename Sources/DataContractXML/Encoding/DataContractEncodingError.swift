/// A value the ``DataContractEncoder`` cannot write as DataContract XML.
///
/// ``code`` is stable; ``codingPath`` names where the value is, as the model's coding keys give
/// it (`["Tags", "Index 2"]`); ``description`` shows it as the decoder's errors do
/// (``describeCodingPath(_:)``: `Tags[2]: …`).
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
        /// A coding key, or a contract or member name of a ``DataContract``, that is not an XML
        /// NCName (empty, starting with a digit, `-` or `.`, or holding a space, `:`, `<`, `&`
        /// or another character outside XML 1.0's name characters), so it cannot be an element
        /// name.
        public static let invalidName = Code(rawValue: "encode.invalid-name")
        /// A value with no XML lexical form a .NET reader accepts: a `Decimal` that is NaN or
        /// that .NET's `decimal` cannot hold (beyond ±79228162514264337593543950335, more than
        /// 28 places after the point, or too many significant digits), or a `Date` outside the
        /// years 1–9999 of .NET's `DateTime`.
        public static let invalidValue = Code(rawValue: "encode.invalid-value")
        /// The encoder was used against the `Encoder` rules: two values for one single-value
        /// container, a value and a container for one element (in either order), one key
        /// encoded twice in a keyed container, or a list writer used after
        /// ``DataContractListWriter/finish()``.
        public static let invalidUse = Code(rawValue: "encode.invalid-use")
        /// A ``DataContractEncoder/Options`` value outside its documented range:
        /// ``DataContractEncoder/Options/decimalScale`` not in 0...28, or
        /// ``DataContractEncoder/Options/indentation`` holding anything but spaces and tabs.
        /// Thrown before anything is written.
        public static let invalidOption = Code(rawValue: "encode.invalid-option")
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

    /// `Client.Nickname: message`, `Items[0].Name: message`, or `(root): message`: the path as
    /// ``describeCodingPath(_:)`` prints the decoder's.
    public var description: String {
        let keys = codingPath.map { part -> DataContractCodingKey in
            // "Index n" is an item (never a member: a space is not allowed in an XML name).
            if part.hasPrefix("Index "), let index = Int(part.dropFirst(6)) {
                return DataContractCodingKey(intValue: index)
            }
            return DataContractCodingKey(stringValue: part)
        }
        return "\(describeCodingPath(keys)): \(message)"
    }
}
