/// A .NET `System.DateTimeOffset`: a wall-clock time and its offset from UTC.
///
/// Its two wire forms differ (reference/datacontract-format.md §9–10):
///
/// - DataContract XML writes it as a contract in `http://schemas.datacontract.org/2004/07/System`
///   with two members, `DateTime` (the UTC instant, ending in `Z`) and `OffsetMinutes`:
///   `<When xmlns:d2p1="…/System"><d2p1:DateTime>2024-03-05T13:07:09Z</d2p1:DateTime>`
///   `<d2p1:OffsetMinutes>60</d2p1:OffsetMinutes></When>`.
/// - Json.NET writes one string, the wall-clock time with its offset:
///   `"2024-03-05T14:07:09+01:00"`.
///
/// `Codable` picks the form from the coder (`Decoder.isDataContract`, `Encoder.isDataContract`).
public struct DateTimeOffset: Hashable, Sendable {
    /// The wall-clock time, of kind ``DateTime/Kind/offset(minutes:)`` with ``offsetMinutes``.
    public let dateTime: DateTime
    /// The offset from UTC in minutes, -840...840 (`-480` for UTC−08:00).
    public var offsetMinutes: Int {
        if case .offset(let minutes) = dateTime.kind { return minutes }
        return 0
    }

    /// The time `dateTime` (its fields read as the wall-clock time) at `offsetMinutes` from UTC.
    ///
    /// - Throws: ``LexicalFormError`` (`outOfRange`) when the offset is outside -840...840 or the
    ///   instant in UTC is outside DateTime's range, as .NET refuses them.
    public init(dateTime: DateTime, offsetMinutes: Int) throws(LexicalFormError) {
        guard (-840...840).contains(offsetMinutes) else {
            throw LexicalFormError(code: .outOfRange, typeName: "DateTimeOffset", text: "\(offsetMinutes)", reason: "the offset is not in -840...840 minutes")
        }
        let local = dateTime.dotNetTicks
        self.dateTime = try DateTime(dotNetTicks: local, kind: .offset(minutes: offsetMinutes))
        _ = try DateTime(dotNetTicks: local - Int64(offsetMinutes) * 600_000_000, kind: .utc)
    }

    /// The same instant as a UTC DateTime (kind ``DateTime/Kind/utc``).
    public var utcDateTime: DateTime {
        // In range: checked when the value was made.
        try! DateTime(dotNetTicks: dateTime.dotNetTicks - Int64(offsetMinutes) * 600_000_000, kind: .utc)
    }

    /// Two values are equal when their wall-clock times and offsets are (not only their instants,
    /// as .NET's `DateTimeOffset.Equals` would have it): what is written is compared.
    public static func == (lhs: DateTimeOffset, rhs: DateTimeOffset) -> Bool {
        lhs.dateTime.dotNetTicks == rhs.dateTime.dotNetTicks && lhs.offsetMinutes == rhs.offsetMinutes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(dateTime.dotNetTicks)
        hasher.combine(offsetMinutes)
    }
}

extension DateTimeOffset: DataContractDescribing {
    /// `DateTimeOffset` in `http://schemas.datacontract.org/2004/07/System`, members `DateTime`
    /// and `OffsetMinutes` (.NET's `DateTimeOffsetAdapter`).
    public static let dataContract = DataContract(
        name: "DateTimeOffset", namespace: "http://schemas.datacontract.org/2004/07/System",
        memberGroups: [.init(namespace: "http://schemas.datacontract.org/2004/07/System", members: ["DateTime", "OffsetMinutes"])])
}

extension DateTimeOffset: Codable {
    private enum CodingKeys: String, CodingKey {
        case dateTime = "DateTime"
        case offsetMinutes = "OffsetMinutes"
    }

    /// Decodes the XML contract (`DateTime`, an instant, and `OffsetMinutes`; a `DateTime`
    /// without `Z` is read as UTC, as .NET reads it) or, from any other decoder, one string
    /// with an offset or `Z`.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a value .NET refuses (offset outside
    ///   -840...840 minutes, instant out of range) or a string without an offset.
    public init(from decoder: any Decoder) throws {
        do {
            if decoder.isDataContract {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                let instant = try container.decode(DateTime.self, forKey: .dateTime)
                let offset = try container.decode(Int16.self, forKey: .offsetMinutes)
                var utcTicks = instant.dotNetTicks
                if case .offset(let minutes) = instant.kind { utcTicks -= Int64(minutes) * 600_000_000 }
                let local = try DateTime(dotNetTicks: utcTicks + Int64(offset) * 600_000_000, kind: .unspecified)
                self = try DateTimeOffset(dateTime: local, offsetMinutes: Int(offset))
            } else {
                let container = try decoder.singleValueContainer()
                let text = try container.decode(String.self)
                let value = try DateTime(parsing: text)
                switch value.kind {
                case .utc: self = try DateTimeOffset(dateTime: value, offsetMinutes: 0)
                case .offset(let minutes): self = try DateTimeOffset(dateTime: value, offsetMinutes: minutes)
                case .unspecified:
                    throw LexicalFormError(code: .malformed, typeName: "DateTimeOffset", text: text, reason: "no offset or Z")
                }
            }
        } catch let error as LexicalFormError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\(error)", underlyingError: error))
        }
    }

    /// Encodes the XML contract for DataContract XML, else the string Json.NET writes
    /// (`2024-03-05T14:07:09.5+01:00`, `+00:00` for UTC).
    public func encode(to encoder: any Encoder) throws {
        if encoder.isDataContract {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(utcDateTime, forKey: .dateTime)
            try container.encode(Int16(offsetMinutes), forKey: .offsetMinutes)
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(dateTime.description)
        }
    }
}
