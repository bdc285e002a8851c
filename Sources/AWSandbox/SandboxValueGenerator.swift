import AWConformance
import Foundation

/// Makes up a response body from an endpoint schema alone, for endpoints whose page shows no
/// sample: every documented member in the page's order, each a value of its documented type.
///
/// Deterministic: the same seed, endpoint and schema give the same value on every run and
/// machine (a SplitMix64 stream seeded from ``seed`` and an FNV-1a hash of the endpoint ID). The
/// rules, per documented type:
/// - `integer` 1…9999, `big integer` 10,000,000,000…99,999,999,999, `decimal` two fraction
///   digits 0.01…500.00; an enum-like member takes one of its documented values (for bit flags,
///   one of the flags);
/// - `string` `Name 123` (the member's name and a number), `datetime` a whole second in 2018 or
///   2019 without offset (as the API sends them), `date` the midnight of such a day, `boolean`
///   either, `string of comma-separated integers` two or three integers (`17,4,982`);
/// - `aws:Type` an object of that type's members (none when the page does not show them), an
///   array one to three items;
/// - a member the page calls nullable is `null` one time in four; a member of a type the page
///   spells in a way AWKit does not know is `null` (its model property is optional).
public struct SandboxValueGenerator: Sendable {
    /// The seed; ``SandboxOptions/seed`` by default.
    public var seed: UInt64

    /// A generator with this seed.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The body of a successful answer of `schema`'s endpoint: an object, a bare array or a bare
    /// scalar as ``EndpointSchema/shape`` says; `nil` for an empty body or a response the page
    /// does not show.
    public func response(for schema: EndpointSchema) -> SchemaValue? {
        guard let type = schema.rootType else { return nil }
        var random = SplitMix64(seed: seed ^ Self.fnv1a(schema.endpoint))
        let root = PropertySchema(
            name: "Value", type: Fact(type, from: .table), required: Fact(true, from: .table),
            nullable: Fact(false, from: .default))
        return value(of: root, in: schema, random: &random, depth: 0)
    }

    private func value(of property: PropertySchema, in schema: EndpointSchema, random: inout SplitMix64, depth: Int) -> SchemaValue {
        if property.nullable.value, random.next(below: 4) == 0 { return .null }
        return value(of: property.type.value, property: property, in: schema, random: &random, depth: depth)
    }

    private func value(
        of type: DocumentedType, property: PropertySchema, in schema: EndpointSchema, random: inout SplitMix64, depth: Int
    ) -> SchemaValue {
        if let values = property.enumValues?.value, !values.isEmpty, !type.isStructured {
            let pick = values[Int(random.next(below: UInt64(values.count)))]
            switch type {
            case .integer, .bigInteger: if let number = Int64(pick) { return .integer(number) }
            case .decimal: if let number = Decimal(string: pick, locale: Locale(identifier: "en_US_POSIX")) { return .decimal(number) }
            default: break
            }
            return .string(pick)
        }
        switch type {
        case .integer:
            return .integer(Int64(1 + random.next(below: 9999)))
        case .bigInteger:
            return .integer(Int64(10_000_000_000 + random.next(below: 90_000_000_000)))
        case .decimal:
            return .decimal(Decimal(Int(1 + random.next(below: 50_000))) / 100)
        case .string:
            return .string("\(property.name) \(1 + random.next(below: 999))")
        case .boolean:
            return .bool(random.next(below: 2) == 1)
        case .datetime:
            return .string(Self.wallClock(secondsInto2018: random.next(below: 2 * 365 * 86_400)))
        case .date:
            return .string(Self.wallClock(secondsInto2018: random.next(below: 2 * 365) * 86_400))
        case .commaSeparatedIntegers:
            let count = 2 + Int(random.next(below: 2))
            return .string((0..<count).map { _ in String(1 + random.next(below: 999)) }.joined(separator: ","))
        case .object(let name):
            guard depth < 8, let objectType = schema.objectType(named: name), objectType.propertiesUnknown != true else {
                return .object([])
            }
            return .object(objectType.properties.map { member in
                SchemaValue.Member(name: member.name, value: value(of: member, in: schema, random: &random, depth: depth + 1))
            })
        case .array(let element):
            guard depth < 8 else { return .array([]) }
            let count = 1 + Int(random.next(below: 3))
            let item = PropertySchema(
                name: property.name, type: Fact(element, from: .table), required: Fact(true, from: .table),
                nullable: Fact(false, from: .default))
            return .array((0..<count).map { _ in value(of: item, in: schema, random: &random, depth: depth + 1) })
        case .unknown:
            return .null
        }
    }

    /// `yyyy-MM-ddTHH:mm:ss`, `seconds` after 2018-01-01T00:00:00 (no offset: a wall-clock time).
    static func wallClock(secondsInto2018 seconds: UInt64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2018, month: 1, day: 1))!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: start.addingTimeInterval(TimeInterval(seconds)))
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year!)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    /// FNV-1a, 64 bits: a hash that is the same on every run (Swift's `Hasher` is seeded per
    /// process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast, seedable generator whose output is the
/// same on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (`bound` > 0; the modulo bias is negligible for the small bounds
    /// used here).
    mutating func next(below bound: UInt64) -> UInt64 {
        next() % bound
    }
}

extension DocumentedType {
    /// An object or an array.
    fileprivate var isStructured: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }
}
