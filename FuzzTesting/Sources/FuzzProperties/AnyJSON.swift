import Foundation

/// Any JSON value, decoded through the `Decoder` protocol alone (Foundation's `JSONDecoder`
/// behind `ResponseDecoder`): objects keep their keys in the order `allKeys` gives, numbers
/// their `Decimal` value (or `Double` where `Decimal` fails).
public indirect enum AnyJSON: Decodable, Hashable, Sendable {
    case null
    case bool(Bool)
    case decimal(Decimal)
    case double(Double)
    case string(String)
    case array([AnyJSON])
    case object([String: AnyJSON])

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyElement.Key.self) {
            var members: [String: AnyJSON] = [:]
            for key in keyed.allKeys { members[key.stringValue] = try keyed.decode(AnyJSON.self, forKey: key) }
            self = .object(members)
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [AnyJSON] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(AnyJSON.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(String.self) {
            self = .string(value)
        } else if let value = try? single.decode(Decimal.self) {
            self = .decimal(value)
        } else {
            self = .double(try single.decode(Double.self))
        }
    }
}
