import DataContractXML
import Foundation

/// A record of every value kind the DataContract encoder writes, built from fuzz input
/// (``init(_:)``) for the round-trip target.
struct FuzzRecord: Codable, Equatable {
    /// A floating-point value compared by bit pattern (every NaN equal), so that `-0.0` and
    /// NaN round-trip checks mean something.
    struct Bits<F: BinaryFloatingPoint & Codable>: Codable, Equatable {
        var value: F
        init(_ value: F) { self.value = value }
        init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(F.self) }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
        static func == (a: Self, b: Self) -> Bool {
            (a.value.isNaN && b.value.isNaN) || (a.value == b.value && a.value.sign == b.value.sign)
        }
    }

    struct Inner: Codable, Equatable {
        var name: String
        var count: Int?
    }

    var text: String
    var optionalText: String?
    var integer: Int
    var small: Int8
    var unsigned: UInt64
    var decimal: Decimal
    var double: Bits<Double>
    var float: Bits<Float>
    var flag: Bool
    var date: DateTime
    var optionalDate: DateTime?
    var guid: UUID
    var bytes: Data
    var list: [String]
    var numbers: [Int]?
    var children: [Inner]
    var map: [String: Int]?

    init(_ input: inout FuzzInput) {
        text = input.string()
        optionalText = input.bool() ? input.string() : nil
        integer = Int(truncatingIfNeeded: input.integer(bytes: 8))
        small = Int8(truncatingIfNeeded: input.byte())
        unsigned = input.integer(bytes: 8)
        decimal = Self.decimal(&input)
        double = Bits(Double(bitPattern: input.integer(bytes: 8)))
        float = Bits(Float(bitPattern: UInt32(truncatingIfNeeded: input.integer(bytes: 4))))
        flag = input.bool()
        date = Self.dateTime(&input)
        optionalDate = input.bool() ? Self.dateTime(&input) : nil
        guid = UUID(uuid: (
            input.byte(), input.byte(), input.byte(), input.byte(), input.byte(), input.byte(), input.byte(), input.byte(),
            input.byte(), input.byte(), input.byte(), input.byte(), input.byte(), input.byte(), input.byte(), input.byte()))
        bytes = Data(input.piece())
        list = (0..<input.choice(4)).map { _ in input.string() }
        numbers = input.bool() ? (0..<input.choice(4)).map { _ in Int(Int8(truncatingIfNeeded: input.byte())) } : nil
        children = (0..<input.choice(3)).map { _ in Inner(name: input.string(), count: input.bool() ? input.choice(100) : nil) }
        if input.bool() {
            var map: [String: Int] = [:]
            for _ in 0..<input.choice(3) { map[input.string()] = input.choice(10) }
            self.map = map
        } else {
            map = nil
        }
    }

    /// A decimal of up to 64 bits of significand and an exponent in -32...8 (beyond what .NET's
    /// `decimal` holds at both ends, so the encoder's refusal is reached too).
    static func decimal(_ input: inout FuzzInput) -> Decimal {
        let negative = input.bool()
        let exponent = input.choice(41) - 32
        let significand = Decimal(input.integer(bytes: 8))
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
    }

    /// A DateTime from fields mostly in range; `DateTime.minValue` when they are not.
    static func dateTime(_ input: inout FuzzInput) -> DateTime {
        let year = 1 + Int(input.integer(bytes: 2)) % 9999
        let kinds: [DateTime.Kind] = [.unspecified, .utc, .offset(minutes: input.choice(29 * 60) - 14 * 60)]
        let kind = kinds[input.choice(3)]
        return (try? DateTime(
            year: year, month: 1 + input.choice(12), day: 1 + input.choice(31), hour: input.choice(24),
            minute: input.choice(60), second: input.choice(60), ticks: Int(input.integer(bytes: 3)) % 10_000_000,
            kind: kind)) ?? DateTime.minValue
    }
}
