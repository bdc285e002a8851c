import DataContractXML

/// A value of the API's documented type `date`: a calendar day, kept with the text it came as.
///
/// The API writes such values as a .NET `DateTime` at midnight (`2018-01-22T00:00:00`) or as a
/// bare `yyyy-MM-dd` (`2018-01-22`); both decode, and ``text`` keeps what was sent so encoding
/// writes it back unchanged. A value made with ``init(year:month:day:)`` writes `yyyy-MM-dd`.
/// A time of day other than midnight, an offset or any other text is refused (a `LexicalFormError`
/// with code `lexical.malformed` or `lexical.out-of-range`).
///
/// Request parameters whose page documents a format (`dd-MM-YYYY`) are written in it by
/// ``DocumentedDateFormat``.
public struct DateOnly: Hashable, Sendable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31 (as the month has).
    public let day: Int
    /// The text as it came on the wire, or `yyyy-MM-dd` for a value made in Swift.
    public let text: String

    /// A day; its text is `yyyy-MM-dd`.
    ///
    /// - Parameters:
    ///   - year: 1...9999.
    ///   - month: 1...12.
    ///   - day: 1 to the month's last day.
    /// - Throws: `LexicalFormError` with code `lexical.out-of-range` for a day that does not exist.
    public init(year: Int, month: Int, day: Int) throws {
        let checked = try DateTime(year: year, month: month, day: day)
        self.year = checked.year
        self.month = checked.month
        self.day = checked.day
        self.text = Self.isoText(year: year, month: month, day: day)
    }

    /// Reads `yyyy-MM-dd` or a DateTime lexical form at midnight (`2018-01-22T00:00:00`, with or
    /// without a fraction of zeros).
    ///
    /// - Parameter text: the wire text.
    /// - Throws: `LexicalFormError` (type name `date`) when the text is neither.
    public init(parsing text: String) throws(LexicalFormError) {
        let dateTime: DateTime
        do {
            dateTime = try DateTime(parsing: text.utf8.count == 10 ? text + "T00:00:00" : text)
        } catch {
            throw LexicalFormError(code: error.code, typeName: "date", text: text, reason: error.reason)
        }
        guard dateTime.hour == 0, dateTime.minute == 0, dateTime.second == 0, dateTime.ticks == 0,
              dateTime.kind == .unspecified
        else {
            throw LexicalFormError(
                code: .malformed, typeName: "date", text: text,
                reason: "a date carries no time of day or offset (expected yyyy-MM-dd or yyyy-MM-ddT00:00:00)")
        }
        self.year = dateTime.year
        self.month = dateTime.month
        self.day = dateTime.day
        self.text = text
    }

    /// The wire text (``text``).
    public var description: String { text }

    /// Two dates are equal when they name the same day, whatever their text.
    public static func == (lhs: DateOnly, rhs: DateOnly) -> Bool {
        lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
        hasher.combine(day)
    }

    static func isoText(year: Int, month: Int, day: Int) -> String {
        DocumentedDateFormat.iso.render(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
    }
}

extension DateOnly: Codable {
    /// Decodes a single string (see ``init(parsing:)``).
    ///
    /// - Throws: `DecodingError.dataCorrupted` at the decoder's coding path, with the
    ///   `LexicalFormError` as its underlying error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try DateOnly(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath, debugDescription: "\(error)", underlyingError: error))
        }
    }

    /// Encodes ``text`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
