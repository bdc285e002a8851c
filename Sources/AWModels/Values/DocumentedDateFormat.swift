import DataContractXML

/// A date or time format as a documentation page writes it for a request parameter
/// ("Format dd-MM-YYYY.", "YYYY-MM-DD HH:MM"), turned into text and back.
///
/// The pages spell formats loosely, so the pattern is read the way a person reads it: `yyyy` or
/// `YYYY` is the four-digit year, `dd` or `DD` the day, `HH` or `hh` the 24-hour hour, `ss` the
/// second; `MM` or `mm` is the month, except right after an hour (`HH:MM`, `HH:mm`), where it is
/// the minute. Other characters that are not letters (`-`, `:`, ` `, `/`) are written as is; a
/// pattern with any other letters (`dd-MMM-yyyy`, `yy`) is not understood and not made.
public struct DocumentedDateFormat: Hashable, Sendable, CustomStringConvertible {
    enum Field: Hashable, Sendable {
        case year, month, day, hour, minute, second
        case literal(Character)
    }

    /// The pattern as the page writes it.
    public let pattern: String
    let fields: [Field]

    /// - Parameter pattern: the format as published (`dd-MM-YYYY`); `nil` when it has letters
    ///   the pattern language above does not know.
    public init?(_ pattern: String) {
        self.pattern = pattern
        var fields: [Field] = []
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let run = characters[index...].prefix { $0 == character }.count
            let field: Field? =
                switch (character, run) {
                case ("y", 4), ("Y", 4): .year
                case ("d", 2), ("D", 2): .day
                case ("H", 2), ("h", 2): .hour
                case ("s", 2), ("S", 2): .second
                case ("M", 2), ("m", 2):
                    fields.last == .literal(":") && fields.dropLast().last == .hour ? .minute : .month
                default: nil
                }
            if let field {
                fields.append(field)
                index += run
            } else if character.isLetter {
                return nil
            } else {
                fields.append(.literal(character))
                index += 1
            }
        }
        self.fields = fields
    }

    public var description: String { pattern }

    /// `yyyy-MM-dd`, the form a ``DateOnly`` made in Swift writes.
    static let iso = DocumentedDateFormat("yyyy-MM-dd")!

    /// Writes a day in the format; a time field is written as zero.
    public func string(from date: DateOnly) -> String {
        render(year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0)
    }

    /// Writes a date and time in the format (fields the format lacks are left out).
    public func string(from dateTime: DateTime) -> String {
        render(
            year: dateTime.year, month: dateTime.month, day: dateTime.day, hour: dateTime.hour,
            minute: dateTime.minute, second: dateTime.second)
    }

    /// Reads a value written in the format; `nil` when the text does not follow it or names a
    /// day or time that does not exist.
    ///
    /// - Parameter text: the text.
    public func dateTime(from text: String) -> DateTime? {
        var values: [Field: Int] = [:]
        var rest = Substring(text)
        for field in fields {
            if case .literal(let character) = field {
                guard rest.first == character else { return nil }
                rest = rest.dropFirst()
                continue
            }
            let width = field == .year ? 4 : 2
            let digits = rest.prefix(width)
            guard digits.count == width, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(digits)
            else { return nil }
            values[field] = value
            rest = rest.dropFirst(width)
        }
        guard rest.isEmpty else { return nil }
        return try? DateTime(
            year: values[.year] ?? 1, month: values[.month] ?? 1, day: values[.day] ?? 1,
            hour: values[.hour] ?? 0, minute: values[.minute] ?? 0, second: values[.second] ?? 0)
    }

    func render(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> String {
        var text = ""
        for field in fields {
            switch field {
            case .year: text += Self.pad(year, 4)
            case .month: text += Self.pad(month, 2)
            case .day: text += Self.pad(day, 2)
            case .hour: text += Self.pad(hour, 2)
            case .minute: text += Self.pad(minute, 2)
            case .second: text += Self.pad(second, 2)
            case .literal(let character): text.append(character)
            }
        }
        return text
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
