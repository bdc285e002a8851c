import Foundation

extension DateTime {
    /// Days from 1970-01-01 to the given proleptic Gregorian date (negative before 1970).
    static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01 (before it when negative): the
    /// inverse of ``daysSinceUnixEpoch(year:month:day:)``.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Seconds from 1970-01-01T00:00:00 to the wall-clock fields, read as if they were UTC,
    /// with the fraction.
    var wallClockSecondsSinceUnixEpoch: Double {
        let days = Self.daysSinceUnixEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
        return Double(seconds) + Double(ticks) / 10_000_000
    }

    /// The instant, for a value with `Z` or an offset; `nil` for an unspecified one, which is a
    /// wall-clock time and needs a time zone: use ``date(in:)``.
    public var date: Date? {
        switch kind {
        case .unspecified: return nil
        case .utc: return Date(timeIntervalSince1970: wallClockSecondsSinceUnixEpoch)
        case .offset(let minutes):
            return Date(timeIntervalSince1970: wallClockSecondsSinceUnixEpoch - Double(minutes * 60))
        }
    }

    /// The instant this value names when its wall-clock time is read in `timeZone`.
    ///
    /// For an unspecified value (no designator on the wire, as the API mostly sends) this is the
    /// only way to an instant. For a UTC or offset value the designator wins and `timeZone` is
    /// not used. A wall-clock time that a daylight-saving change skips is moved forward by the
    /// gap; one that occurs twice is read as the first.
    public func date(in timeZone: TimeZone) -> Date {
        if let instant = date { return instant }
        let wall = wallClockSecondsSinceUnixEpoch
        func offset(at seconds: Double) -> Double {
            Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)))
        }
        // The offsets in force a day either side; a wall-clock time maps to an instant t when
        // the zone's offset at t is the one that was assumed.
        let before = offset(at: wall - 86_400)
        let after = offset(at: wall + 86_400)
        let candidates = [wall - before, wall - after].filter { wall - offset(at: $0) == $0 }
        // None fits: the time falls in a gap, so read it with the offset before the change.
        return Date(timeIntervalSince1970: candidates.min() ?? wall - before)
    }
}
