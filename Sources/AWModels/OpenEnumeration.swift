/// An enumeration of the values the API documents, open to values it does not: a value the docs
/// do not list decodes to ``unknown(_:)`` with its raw value instead of failing, and encodes back
/// unchanged, so a new server value never breaks decoding.
///
/// Conforming types list their documented cases in ``knownCases`` and map each to its wire value
/// in `rawValue`; decoding, encoding and `init(rawValue:)` come from this protocol.
public protocol OpenEnumeration: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue: Codable & Hashable & Sendable {
    /// The documented cases, in the order the documentation lists them.
    static var knownCases: [Self] { get }
    /// A value outside ``knownCases``, kept as it came on the wire.
    static func unknown(_ rawValue: RawValue) -> Self
    /// The documented case with this wire value, or ``unknown(_:)``: what decoding and
    /// `init(rawValue:)` give. The default searches ``knownCases``; generated enumerations
    /// answer with a `switch`.
    static func value(forRawValue rawValue: RawValue) -> Self
}

extension OpenEnumeration {
    /// The documented case with this wire value, or `.unknown(rawValue)`. Never fails.
    public init(rawValue: RawValue) {
        self = Self.value(forRawValue: rawValue)
    }

    /// The documented case with this wire value, or `.unknown(rawValue)`, by a search of
    /// ``knownCases``.
    public static func value(forRawValue rawValue: RawValue) -> Self {
        Self.knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// The wire value, as the API writes it (`Accepted`, `1`, or the unknown value).
    public var description: String { "\(rawValue)" }

    /// Whether the value is one the documentation lists.
    public var isKnown: Bool { Self.knownCases.contains(self) }

    /// Decodes the raw value (a string or an integer, as the type declares) from a single value.
    public init(from decoder: any Decoder) throws {
        self = Self.value(forRawValue: try decoder.singleValueContainer().decode(RawValue.self))
    }

    /// Encodes the raw value, so `.unknown("Expired")` writes `"Expired"` back.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
