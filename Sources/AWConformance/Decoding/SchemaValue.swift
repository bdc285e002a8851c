import Foundation

/// A value decoded through an endpoint schema alone (``SchemaDecoder``): typed as the page
/// documents it, for pages AWKit has no generated model of.
///
/// Encoded (as `awkit decode` prints it) in the same form as a model: objects with the wire
/// names, integers and decimals as exact numbers, DateTime and date values as their text,
/// enumeration values as sent, `null` for nulls.
public indirect enum SchemaValue: Hashable, Sendable, Encodable {
    /// JSON `null` or XML `i:nil`; also a documented member that is absent.
    case null
    /// A boolean.
    case bool(Bool)
    /// An `integer` or `big integer`.
    case integer(Int64)
    /// A `decimal`, exact.
    case decimal(Decimal)
    /// A string, a DateTime or date (as its text), comma-separated integers (as sent), or a
    /// value whose documented type is unknown.
    case string(String)
    /// An object: its documented members in the page's order.
    case object([Member])
    /// An array.
    case array([SchemaValue])

    /// A member of an object.
    public struct Member: Hashable, Sendable {
        /// The wire name.
        public var name: String
        /// The value.
        public var value: SchemaValue

        /// - Parameters:
        ///   - name: the wire name.
        ///   - value: the value.
        public init(name: String, value: SchemaValue) {
            self.name = name
            self.value = value
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .decimal(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .object(let members):
            var container = encoder.container(keyedBy: WireKey.self)
            for member in members { try container.encode(member.value, forKey: WireKey(member.name)) }
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        }
    }

    private struct WireKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
