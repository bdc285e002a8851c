extension DateTime: Hashable, Comparable {
    /// Equal when the wall-clock fields, the tick and the kind are equal; the number of fraction
    /// digits written does not count (`…:56.789` == `…:56.7890`). A UTC value and an offset value
    /// naming the same instant are not equal: compare ``date`` for that.
    public static func == (lhs: DateTime, rhs: DateTime) -> Bool {
        lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day && lhs.hour == rhs.hour
            && lhs.minute == rhs.minute && lhs.second == rhs.second && lhs.ticks == rhs.ticks
            && lhs.kind == rhs.kind
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
        hasher.combine(day)
        hasher.combine(hour)
        hasher.combine(minute)
        hasher.combine(second)
        hasher.combine(ticks)
        hasher.combine(kind)
    }

    /// Orders by the wall-clock fields (year first, tick last), then by kind (unspecified, UTC,
    /// then offsets from west to east), as .NET's `DateTime.CompareTo` orders by ticks alone.
    public static func < (lhs: DateTime, rhs: DateTime) -> Bool {
        let l = (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
        let r = (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
        if l != r { return l < r }
        if lhs.ticks != rhs.ticks { return lhs.ticks < rhs.ticks }
        return lhs.kind.sortKey < rhs.kind.sortKey
    }
}

extension DateTime.Kind {
    fileprivate var sortKey: Int {
        switch self {
        case .unspecified: return Int.min
        case .utc: return Int.min + 1
        case .offset(let minutes): return minutes
        }
    }
}
