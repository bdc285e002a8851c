import Foundation

/// A JSON value written in a plan (a request body, a query parameter, a record ID), read from
/// JSON or YAML.
///
/// Plan files are read with ``parseJSON(_:)`` and ``parseYAML(_:path:)``, which keep what was
/// written: numbers keep their text (`8.50` stays `8.50`), quoted YAML scalars stay strings.
/// Integers that read back as written are ``integer(_:)``. (Decoding with a `Decoder` goes
/// through `Decimal` and cannot keep a number's text.)
public indirect enum PlanValue: Hashable, Sendable, CustomStringConvertible {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case integer(Int)
    /// A number that is not a plain integer, as written (`8.50`, `1e3`).
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([PlanValue])
    /// An object; written with its keys sorted.
    case object([String: PlanValue])

    /// The value as compact JSON text, keys sorted.
    public var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .number(let n): n
        case .string(let s): Self.quote(s)
        case .array(let items): "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { "\(Self.quote($0)):\(members[$0]!.jsonText)" }.joined(separator: ",") + "}"
        }
    }

    /// The value as a query-string value: strings and numbers as written, `true`/`false`,
    /// `null` as empty, arrays and objects as JSON.
    public var queryText: String {
        switch self {
        case .null: ""
        case .string(let s): s
        case .integer, .number, .bool: jsonText
        case .array, .object: jsonText
        }
    }

    /// The ``queryText``.
    public var description: String { queryText }

    static func quote(_ s: String) -> String {
        JSONText.quoted(s)
    }
}

extension PlanValue: Codable {
    /// Reads any JSON or YAML value: array, object, null, boolean, integer, other number, string.
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [PlanValue] = []
            while !array.isAtEnd { items.append(try array.decode(PlanValue.self)) }
            self = .array(items)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: PlanValue] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(PlanValue.self, forKey: key) }
            self = .object(members)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let b = try? single.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? single.decode(Int.self) {
            self = .integer(i)
        } else if let d = try? single.decode(Decimal.self) {
            self = .number("\(d)")
        } else if let s = try? single.decode(String.self) {
            self = .string(s)
        } else {
            throw DecodingError.dataCorruptedError(in: single, debugDescription: "not a JSON value")
        }
    }

    /// Writes the value (object keys sorted).
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .integer(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .number(let n):
            var c = encoder.singleValueContainer()
            try c.encode(Decimal(string: n) ?? 0)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let members):
            var c = encoder.container(keyedBy: AnyKey.self)
            for key in members.keys.sorted() { try c.encode(members[key]!, forKey: AnyKey(key)) }
        }
    }
}

/// A coding key for any name.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
