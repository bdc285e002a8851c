extension DateTime {
    /// .NET's `DateTime.Ticks`: 100-nanosecond ticks since 0001-01-01T00:00:00 of the wall-clock
    /// fields (the kind is not applied).
    public var dotNetTicks: Int64 {
        let days = Int64(Self.daysSinceUnixEpoch(year: year, month: month, day: day)) + Self.unixEpochDays
        let seconds = ((days * 24 + Int64(hour)) * 60 + Int64(minute)) * 60 + Int64(second)
        return seconds * 10_000_000 + Int64(ticks)
    }

    /// Days from 0001-01-01 to 1970-01-01.
    static let unixEpochDays: Int64 = 719_162

    /// The DateTime `ticks` .NET ticks after 0001-01-01T00:00:00, of `kind`.
    ///
    /// - Throws: ``LexicalFormError`` (`outOfRange`) outside 0001-01-01...9999-12-31T23:59:59.9999999.
    public init(dotNetTicks ticks: Int64, kind: Kind) throws(LexicalFormError) {
        guard (0...DateTime.maxTicks).contains(ticks) else {
            throw LexicalFormError(code: .outOfRange, typeName: "DateTime", text: "\(ticks) ticks", reason: "outside DateTime.MinValue...DateTime.MaxValue")
        }
        let seconds = ticks / 10_000_000
        let date = Self.civilFromDays(Int(seconds / 86_400 - Self.unixEpochDays))
        let inDay = Int(seconds % 86_400)
        do {
            self = try DateTime(
                year: date.year, month: date.month, day: date.day, hour: inDay / 3_600, minute: inDay / 60 % 60,
                second: inDay % 60, ticks: Int(ticks % 10_000_000), kind: kind)
        } catch let error as LexicalFormError {
            throw error
        } catch {
            throw LexicalFormError(code: .outOfRange, typeName: "DateTime", text: "\(ticks) ticks", reason: "\(error)")
        }
    }

    /// The ticks of `DateTime.MaxValue` (9999-12-31T23:59:59.9999999).
    static let maxTicks: Int64 = 3_155_378_975_999_999_999
}
