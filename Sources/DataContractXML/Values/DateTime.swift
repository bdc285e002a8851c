/// A .NET `DateTime` as the AdultWork API (and any DataContractSerializer or Json.NET writer)
/// puts it on the wire: `yyyy-MM-ddTHH:mm:ss`, then optionally `.` and 1 to 7 fraction digits,
/// then optionally `Z` or `±hh:mm`.
///
/// Most values the API sends carry no offset (.NET's `DateTimeKind.Unspecified`): they are a
/// wall-clock time, not an instant, so a `DateTime` keeps the fields as written and becomes a
/// `Foundation.Date` only through an explicit time zone (``date(in:)``). UTC (`Z`) and offset
/// values are instants and also give ``date``.
///
/// - The fraction is kept to .NET's tick (100 ns) in ``ticks``, and the number of digits written
///   is remembered, so ``description`` gives back exactly the text the value was parsed from
///   (`"2018-01-20T12:34:56.7890"` stays so, with its trailing zero).
/// - Equality, hashing and ordering look at the wall-clock fields, the tick and the ``kind``, not
///   at how many fraction digits were written: `…:56.789` equals `…:56.7890`.
/// - `0001-01-01T00:00:00` (.NET's `DateTime.MinValue`, which the API uses for "never") is
///   ``minValue``.
/// - Codable as a single string in this lexical form.
///
/// Source: .NET `XmlConverter.ToChars(DateTime)` and Json.NET `DateTimeUtils.WriteDateTimeString`
/// (reference/datacontract-format.md §9 and §10).
public struct DateTime: Sendable {
    /// How the value relates to UTC (.NET's `DateTimeKind`, with the offset the writer used).
    public enum Kind: Hashable, Sendable {
        /// No designator: a wall-clock time in an unstated time zone (`DateTimeKind.Unspecified`).
        case unspecified
        /// `Z`: a UTC instant (`DateTimeKind.Utc`).
        case utc
        /// `±hh:mm`: a time at this offset from UTC, in minutes east of Greenwich
        /// (`DateTimeKind.Local` as the server saw it). In -14:00...+14:00.
        case offset(minutes: Int)
    }

    /// Year, 1...9999.
    public let year: Int
    /// Month, 1...12.
    public let month: Int
    /// Day of the month, 1...28/29/30/31 as the month and year allow.
    public let day: Int
    /// Hour, 0...23.
    public let hour: Int
    /// Minute, 0...59.
    public let minute: Int
    /// Second, 0...59.
    public let second: Int
    /// The fraction of the second in 100-nanosecond ticks, 0...9_999_999.
    public let ticks: Int
    /// The zone designator.
    public let kind: Kind
    /// How many fraction digits the text had (0...7); only used to give back the exact text.
    let fractionDigits: Int8
    /// `true` for the offset written as `-00:00`, which is the same instant as `+00:00`.
    let negativeZeroOffset: Bool

    /// `0001-01-01T00:00:00`, .NET's `DateTime.MinValue`.
    public static let minValue = DateTime(
        uncheckedYear: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, ticks: 0,
        fractionDigits: 0, kind: .unspecified, negativeZeroOffset: false)

    init(
        uncheckedYear year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
        ticks: Int, fractionDigits: Int, kind: Kind, negativeZeroOffset: Bool
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.ticks = ticks
        self.fractionDigits = Int8(fractionDigits)
        self.kind = kind
        self.negativeZeroOffset = negativeZeroOffset
    }

    /// Makes a value from its fields, checking each range.
    ///
    /// - Parameters:
    ///   - year: 1...9999.
    ///   - month: 1...12.
    ///   - day: 1 to the month's last day (leap years as the Gregorian calendar has them).
    ///   - hour: 0...23.
    ///   - minute: 0...59.
    ///   - second: 0...59.
    ///   - ticks: the fraction of the second in 100 ns ticks (0...9_999_999). The text form writes
    ///     it with trailing zeros removed, as .NET does.
    ///   - kind: unspecified (no suffix), UTC (`Z`) or an offset of at most ±14:00.
    /// - Throws: ``LexicalFormError`` with code `outOfRange` when a field is out of its range
    ///   (February 30th, hour 24, an offset beyond ±14:00 …).
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        ticks: Int = 0, kind: Kind = .unspecified
    ) throws {
        let unchecked = DateTime(
            uncheckedYear: year, month: month, day: day, hour: hour, minute: minute, second: second,
            ticks: ticks, fractionDigits: 0, kind: kind, negativeZeroOffset: false)
        if let reason = unchecked.rangeViolation() {
            // The fields are not known to be valid, so they are not formatted as a lexical form.
            throw LexicalFormError(
                code: .outOfRange, typeName: "DateTime",
                text: "year \(year), month \(month), day \(day), hour \(hour), minute \(minute), second \(second), ticks \(ticks), kind \(kind)",
                reason: reason)
        }
        var digits = 7
        if ticks == 0 {
            digits = 0
        } else {
            var t = ticks
            while t % 10 == 0 { t /= 10; digits -= 1 }
        }
        self = DateTime(
            uncheckedYear: year, month: month, day: day, hour: hour, minute: minute, second: second,
            ticks: ticks, fractionDigits: digits, kind: kind, negativeZeroOffset: false)
    }

    /// The number of days in `month` of `year` in the proleptic Gregorian calendar.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Why the fields are out of range, or `nil` when they are all valid.
    func rangeViolation() -> String? {
        if !(1...9999).contains(year) { return "year \(year) is not in 1...9999" }
        if !(1...12).contains(month) { return "month \(month) is not in 1...12" }
        let days = Self.daysInMonth(month, year: year)
        if !(1...days).contains(day) {
            return "day \(day) is not in 1...\(days) for month \(month) of \(year)"
        }
        if !(0...23).contains(hour) { return "hour \(hour) is not in 0...23" }
        if !(0...59).contains(minute) { return "minute \(minute) is not in 0...59" }
        if !(0...59).contains(second) { return "second \(second) is not in 0...59" }
        if !(0...9_999_999).contains(ticks) { return "ticks \(ticks) is not in 0...9999999" }
        if case .offset(let minutes) = kind, !(-840...840).contains(minutes) {
            return "offset of \(minutes) minutes is not in -14:00...+14:00"
        }
        return nil
    }
}
