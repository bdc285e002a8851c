/// A .NET `System.TimeSpan`: a signed number of 100-nanosecond ticks.
///
/// Its two wire forms differ (reference/datacontract-format.md §9–10):
///
/// - DataContract XML writes `xs:duration` through `XmlConvert.ToString(TimeSpan)`: days, hours,
///   minutes and seconds with up to 7 fraction digits, zero parts left out (`P1DT2H3M4.5S`,
///   `PT0S`, `-PT0.0000001S`); ``xmlSchemaDuration``.
/// - Json.NET writes `TimeSpan.ToString()`, the constant format `[-][d.]hh:mm:ss[.fffffff]`
///   (`1.02:03:04.5000000`); ``constantFormat``.
///
/// `Codable` picks the form from the coder: `Decoder.isDataContract` and
/// `Encoder.isDataContract` (so one model reads both Web API answers). Decoding is by text
/// shape, so either form is read from either format.
public struct TimeSpan: Hashable, Comparable, Sendable {
    /// The length in 100-nanosecond ticks (.NET `TimeSpan.Ticks`), negative for a negative span.
    public var ticks: Int64

    /// A span of `ticks` 100-nanosecond ticks.
    public init(ticks: Int64) { self.ticks = ticks }

    /// `TimeSpan.MinValue`: `-P10675199DT2H48M5.4775808S`.
    public static let minValue = TimeSpan(ticks: .min)
    /// `TimeSpan.MaxValue`: `P10675199DT2H48M5.4775807S`.
    public static let maxValue = TimeSpan(ticks: .max)
    /// `TimeSpan.Zero`: `PT0S`, `00:00:00`.
    public static let zero = TimeSpan(ticks: 0)

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.ticks < rhs.ticks }

    static let ticksPerSecond: UInt64 = 10_000_000
    static let ticksPerMinute: UInt64 = 60 * ticksPerSecond
    static let ticksPerHour: UInt64 = 60 * ticksPerMinute
    static let ticksPerDay: UInt64 = 24 * ticksPerHour

    /// The magnitude split into days, hours, minutes, seconds and the ticks within the second.
    var parts: (negative: Bool, days: UInt64, hours: UInt64, minutes: UInt64, seconds: UInt64, fraction: UInt64) {
        let magnitude = ticks.magnitude
        return (
            ticks < 0, magnitude / Self.ticksPerDay, magnitude % Self.ticksPerDay / Self.ticksPerHour,
            magnitude % Self.ticksPerHour / Self.ticksPerMinute, magnitude % Self.ticksPerMinute / Self.ticksPerSecond,
            magnitude % Self.ticksPerSecond
        )
    }

    /// The value from a magnitude in ticks and a sign, or `nil` when it is outside .NET's range.
    static func checked(magnitude: UInt64, negative: Bool) -> TimeSpan? {
        if negative {
            guard magnitude <= Int64.min.magnitude else { return nil }
            return TimeSpan(ticks: magnitude == Int64.min.magnitude ? .min : -Int64(magnitude))
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return TimeSpan(ticks: Int64(magnitude))
    }
}
