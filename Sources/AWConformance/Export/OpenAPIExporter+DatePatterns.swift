import AWModels
import DataContractXML

/// The patterns of the date and time formats the pages give for request parameters
/// (`dd-MM-YYYY`, `YYYY-MM-DD HH:MM`), exact to the calendar: only days that exist, as the
/// stand-in's validation (`DocumentedDateFormat`) and a .NET `DateTime` take them — months 01–12,
/// the days of each month, 29 February in leap years only, years 0001–9999, hours 00–23, minutes
/// and seconds 00–59.
extension OpenAPIExporter {
    /// One field of a format as `DocumentedDateFormat` reads it.
    private enum DateField: Hashable {
        case year, month, day, hour, minute, second
        case literal(Character)
    }

    /// The fields of `format`, as `DocumentedDateFormat` reads it (found by writing a probe
    /// value in the format, so the reading rules live in one place), or `nil` for a format it does
    /// not understand.
    private static func dateFields(_ format: String) -> [DateField]? {
        guard let parsed = DocumentedDateFormat(format),
              let probe = try? DateTime(year: 1999, month: 12, day: 28, hour: 23, minute: 45, second: 56)
        else { return nil }
        let text = Array(parsed.string(from: probe))
        let twoDigit: [String: DateField] = ["12": .month, "28": .day, "23": .hour, "45": .minute, "56": .second]
        var fields: [DateField] = []
        var index = 0
        while index < text.count {
            if index + 4 <= text.count, String(text[index..<index + 4]) == "1999" {
                fields.append(.year)
                index += 4
            } else if index + 2 <= text.count, let field = twoDigit[String(text[index..<index + 2])] {
                fields.append(field)
                index += 2
            } else if text[index].isNumber {
                return nil
            } else {
                fields.append(.literal(text[index]))
                index += 1
            }
        }
        return fields
    }

    /// The pattern of a format the prose writes, or `nil` when it is not a date or time format
    /// `DocumentedDateFormat` understands.
    static func pattern(forDocumentedFormat format: String) -> String? {
        guard let fields = dateFields(format), fields.contains(where: { if case .literal = $0 { false } else { true } }) else { return nil }
        let anyYear = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
        // Divisible by 4 but not by 100, or by 400 (year 0 does not exist).
        let leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
        func render(year: String, month: String, day: String) -> String {
            var pattern = ""
            for field in fields {
                switch field {
                case .year: pattern += year
                case .month: pattern += month
                case .day: pattern += day
                case .hour: pattern += "(?:[01][0-9]|2[0-3])"
                case .minute, .second: pattern += "[0-5][0-9]"
                case .literal(let character):
                    pattern += character.isLetter || character.isNumber || " -:".contains(character) ? String(character) : "\\" + String(character)
                }
            }
            return pattern
        }
        let day31 = "(?:0[1-9]|[12][0-9]|3[01])"
        guard fields.contains(.month), fields.contains(.day) else {
            // Without a month the day is January's (DocumentedDateFormat's default month).
            return "^" + render(year: anyYear, month: "(?:0[1-9]|1[0-2])", day: day31) + "$"
        }
        var alternatives = [
            render(year: anyYear, month: "(?:0[13578]|1[02])", day: day31),
            render(year: anyYear, month: "(?:0[469]|11)", day: "(?:0[1-9]|[12][0-9]|30)"),
            render(year: anyYear, month: "02", day: "(?:0[1-9]|1[0-9]|2[0-8])"),
        ]
        // Without a year the year is 1, not a leap year.
        if fields.contains(.year) { alternatives.append(render(year: leapYear, month: "02", day: "29")) }
        return "^(?:" + alternatives.joined(separator: "|") + ")$"
    }
}
