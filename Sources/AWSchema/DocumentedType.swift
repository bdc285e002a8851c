import Foundation

/// A type as the API's documentation writes it in a property table's Type column.
///
/// The spellings seen in the docs: `integer`, `big integer`, `decimal`, `string`, `date`,
/// `datetime`, `boolean`, `aws:Type`, `aws: Type` (stray space), `Array of aws:Type`,
/// `array of aws:Type`, `string of comma-separated integers` (also misspelt `comma-seperated`, as
/// some pages do), and a type name without `aws:` (`ProfileUpdateImages`). Any other spelling is kept as
/// written in ``unknown(_:)`` (and reported by the importer), never dropped.
public indirect enum DocumentedType: Hashable, Sendable, CustomStringConvertible {
    /// `integer`: a 32-bit signed integer.
    case integer
    /// `big integer`: a 64-bit signed integer.
    case bigInteger
    /// `decimal`: a .NET decimal (`8` in JSON, `8.0000` in XML).
    case decimal
    /// `string`.
    case string
    /// `date`: a DateTime whose time is midnight (`2018-01-22T00:00:00`), or a bare `yyyy-MM-dd`.
    case date
    /// `datetime`: the .NET DateTime lexical form with 0–7 fraction digits.
    case datetime
    /// `boolean`: `true`/`false` (XML also `1`/`0`).
    case boolean
    /// `string of comma-separated integers` (`"1,2,3"`).
    case commaSeparatedIntegers
    /// `aws:Name`: a nested object of the API's type `Name`.
    case object(String)
    /// `Array of X`.
    case array(DocumentedType)
    /// A spelling the importer does not know, exactly as written.
    case unknown(String)

    /// The canonical spelling, as the schema file stores it: `integer`, `big integer`, `decimal`,
    /// `string`, `date`, `datetime`, `boolean`, `string of comma-separated integers`,
    /// `aws:Name`, `array of X`, or the unknown text.
    public var description: String {
        switch self {
        case .integer: "integer"
        case .bigInteger: "big integer"
        case .decimal: "decimal"
        case .string: "string"
        case .date: "date"
        case .datetime: "datetime"
        case .boolean: "boolean"
        case .commaSeparatedIntegers: "string of comma-separated integers"
        case .object(let name): "aws:\(name)"
        case .array(let element): "array of \(element)"
        case .unknown(let text): text
        }
    }

    /// Reads a Type-column spelling; never fails (an unknown spelling is ``unknown(_:)``).
    /// Case-insensitive for the words, exact for type names; runs of spaces are one space.
    public init(documented text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        let lower = words.lowercased()
        switch lower {
        case "integer", "int": self = .integer
        case "big integer", "biginteger", "long": self = .bigInteger
        case "decimal": self = .decimal
        case "string": self = .string
        case "date": self = .date
        case "datetime", "date time": self = .datetime
        case "boolean", "bool": self = .boolean
        case "string of comma-separated integers", "string of comma separated integers",
            "string of comma-seperated integers", "string of comma seperated integers":
            self = .commaSeparatedIntegers
        default:
            if lower.hasPrefix("array of ") {
                let element = DocumentedType(documented: String(words.dropFirst("array of ".count)))
                self = element.isUnknown ? .unknown(text) : .array(element)
            } else if lower.hasPrefix("aws:") {
                let name = words.dropFirst(4).trimmingCharacters(in: .whitespaces)
                self = name.isEmpty || name.contains(" ") ? .unknown(text) : .object(name)
            } else if Self.isBareTypeName(words) {
                self = .object(words)
            } else {
                self = .unknown(text)
            }
        }
    }

    /// `ProfileUpdateImages`: a type name written without `aws:`: one word of ASCII letters and
    /// digits, starting with an uppercase letter and with at least one more uppercase letter
    /// (so an English word such as `The` is never read as a type).
    package static func isBareTypeName(_ word: String) -> Bool {
        guard let first = word.first, first.isASCII, first.isUppercase,
              word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        return word.dropFirst().contains { $0.isUppercase } && word.contains { $0.isLowercase }
    }

    /// Whether this is (or contains) a spelling the importer did not know.
    public var isUnknown: Bool {
        switch self {
        case .unknown: true
        case .array(let element): element.isUnknown
        default: false
        }
    }
}

extension DocumentedType: Codable {
    /// Decodes the canonical spelling (see ``description``).
    public init(from decoder: any Decoder) throws {
        self.init(documented: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
