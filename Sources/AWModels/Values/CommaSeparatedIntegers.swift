/// A value of the API's documented type `string of comma-separated integers`: a list of integers
/// sent as one string (`"1,2,3"`).
///
/// Decodes from the string (white space around each number is allowed, an empty string is the
/// empty list) and encodes back as the numbers joined by `,` without spaces, the form the pages
/// show. Anything that is not a list of 32-bit integers is refused with a `DecodingError`
/// naming the coding path.
public struct CommaSeparatedIntegers: Hashable, Sendable, CustomStringConvertible,
    ExpressibleByArrayLiteral
{
    /// The integers, in the order sent.
    public var values: [Int]

    /// - Parameter values: the integers, in order.
    public init(_ values: [Int]) {
        self.values = values
    }

    public init(arrayLiteral elements: Int...) {
        self.values = elements
    }

    /// Reads `1,2,3`; `nil` when a part is not an integer in 32 bits.
    ///
    /// - Parameter text: the wire text.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhiteSpace
        guard !trimmed.isEmpty else {
            self.values = []
            return
        }
        var values: [Int] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Int32(part.trimmingWhiteSpace) else { return nil }
            values.append(Int(value))
        }
        self.values = values
    }

    /// The wire text: the integers joined by `,` (`1,2,3`).
    public var description: String { values.map(String.init).joined(separator: ",") }
}

extension CommaSeparatedIntegers: Codable {
    /// Decodes a single string of comma-separated integers.
    ///
    /// - Throws: `DecodingError.dataCorrupted` at the decoder's coding path when a part is not an
    ///   integer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = CommaSeparatedIntegers(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\(String(reflecting: text)) is not a string of comma-separated integers")
        }
        self = value
    }

    /// Encodes ``description`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingWhiteSpace: SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
