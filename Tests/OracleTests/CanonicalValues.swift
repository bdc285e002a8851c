import AWModels
import DataContractXML
import Foundation

/// A model's values as the oracle's tokens (Oracle/Canonical.cs), path → token, taken through
/// the model's own `Encodable` conformance: so a model needs no code here to be compared.
///
/// Tokens: `~` nil, `s` + hex of the UTF-8 bytes, `i` integer, `d` decimal, `b0`/`b1`, `t` + .NET
/// ticks + `,` + `U` (unspecified) | `Z` (UTC) | `L` + offset minutes, `o` a nested object, `n` +
/// count a list.
enum CanonicalValues {
    static func of(_ value: some Encodable) throws -> [String: String] {
        let encoder = TokenEncoder(path: "", store: Store())
        try value.encode(to: encoder)
        return encoder.store.values
    }

    /// Two tokens are the same value: decimals by numeric value (`8` and `8.0000`), everything
    /// else exactly.
    /// A DateTime with an offset (`L`: .NET's Local kind, written with the zone's offset) is an
    /// instant: .NET reads `02:20+10:30` in a daylight-saving gap as `02:50+11:00` local, so
    /// two such tokens are compared by their UTC ticks.
    static func same(_ a: String, _ b: String) -> Bool {
        if a.hasPrefix("t"), b.hasPrefix("t"), let x = utcTicks(a), let y = utcTicks(b) { return x == y }
        if a.hasPrefix("d"), b.hasPrefix("d") {
            guard let x = Decimal(string: String(a.dropFirst()), locale: Locale(identifier: "en_US_POSIX")),
                let y = Decimal(string: String(b.dropFirst()), locale: Locale(identifier: "en_US_POSIX"))
            else { return false }
            return x == y
        }
        return a == b
    }

    /// The UTC ticks of a `t<ticks>,L<minutes>` token; `nil` for other kinds.
    static func utcTicks(_ token: String) -> Int? {
        let parts = token.dropFirst().split(separator: ",")
        guard parts.count == 2, parts[1].hasPrefix("L"), let ticks = Int(parts[0]), let minutes = Int(parts[1].dropFirst()) else {
            return nil
        }
        return ticks - minutes * 600_000_000
    }

    /// The paths where two value sets differ, each with both tokens (`nil`: no such path).
    static func differences(_ expected: [String: String], _ actual: [String: String]) -> [(path: String, expected: String?, actual: String?)] {
        Set(expected.keys).union(actual.keys).sorted().compactMap { path in
            let e = expected[path]
            let a = actual[path]
            if let e, let a, same(e, a) { return nil }
            return (path, e, a)
        }
    }

    /// A token in words for a failure message: strings decoded and shown escaped.
    static func readable(_ token: String?) -> String {
        guard let token else { return "(absent)" }
        guard token.hasPrefix("s") else { return token }
        var bytes: [UInt8] = []
        var hex = token.dropFirst()[...]
        while hex.count >= 2 {
            bytes.append(UInt8(hex.prefix(2), radix: 16) ?? 0x3F)
            hex = hex.dropFirst(2)
        }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.map { $0.escaped(asASCII: true) }.joined().debugDescription
    }

    static func hex(_ text: String) -> String {
        text.utf8.map { String($0 >> 4, radix: 16) + String($0 & 0xF, radix: 16) }.joined()
    }

    /// .NET's `DateTime.Ticks` (100 ns since 0001-01-01T00:00:00) and kind.
    static func token(_ date: DateTime) -> String {
        // Days from 0001-01-01 in the proleptic Gregorian calendar.
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = y / 400
        let yearOfEra = y - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 306   // 0001-03-01 is day 59 of year 1; 0001-01-01 is day 0
        let seconds = ((days * 24 + date.hour) * 60 + date.minute) * 60 + date.second
        let kind: String
        switch date.kind {
        case .unspecified: kind = "U"
        case .utc: kind = "Z"
        case .offset(let minutes): kind = "L\(minutes)"
        }
        return "t\(seconds * 10_000_000 + date.ticks),\(kind)"
    }

    static func hexDigits(_ value: UInt64, _ count: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: count - digits.count) + digits
    }

    /// Set in the token encoder's `userInfo`: a model that leaves out default values
    /// (`EmitDefaultValue = false`) lists them for the comparison, as .NET reads them.
    static let userInfoKey = CodingUserInfoKey(rawValue: "OracleTests.canonical")!
    static func isCanonical(_ encoder: any Encoder) -> Bool { encoder.userInfo[userInfoKey] != nil }

    /// What .NET loses of a value: the sign of a zero. Json.NET writes `-0.0` as `0.0`; .NET
    /// Framework's number parsing (Mono's too) reads `-0` as 0, in XML and JSON. AWKit keeps it.
    static func zeroSignOnly(_ a: String?, _ b: String?) -> Bool {
        let pair = Set([a, b].compactMap { $0 })
        return pair == ["f8000000000000000", "f0000000000000000"] || pair == ["h80000000", "h00000000"]
    }

    /// Two tokens of one double (`f`) or float (`h`) whose bits differ by one unit in the last
    /// place: what .NET Framework's (and Mono's) number parser, which is not correctly rounded,
    /// reads for some 15–17-digit texts (`-6.62716127452087E-236`, `1653462907082048.2`), where
    /// AWKit (strtod) reads the nearest value. The tests accept it, and count it.
    static func parserSlip(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, a.first == b.first, a.first == "f" || a.first == "h",
            let x = UInt64(a.dropFirst(), radix: 16), let y = UInt64(b.dropFirst(), radix: 16)
        else { return false }
        return x &+ 1 == y || y &+ 1 == x
    }

    final class Store {
        var values: [String: String] = [:]
    }

    struct TokenEncoder: Encoder {
        let path: String
        let store: Store
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [CanonicalValues.userInfoKey: true] }

        func child(_ key: String) -> TokenEncoder {
            TokenEncoder(path: path.isEmpty ? key : path + "." + key, store: store)
        }

        /// A nested object is `o` (so that one without members, or a list of them, still shows).
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if !path.isEmpty { put("o") }
            return KeyedEncodingContainer(Keyed<Key>(encoder: self))
        }

        /// A list is `n` + its count; its items follow as `Path.0`, `Path.1` …
        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            put("n0")
            return Unkeyed(encoder: self)
        }
        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

        func put(_ token: String) { store.values[path] = token }

        func encodeValue<T: Encodable>(_ value: T) throws {
            switch value {
            case let date as DateTime: put(token(date))
            // .NET's `date` is a DateTime at midnight, kind Unspecified.
            case let day as DateOnly: put(token(try DateTime(year: day.year, month: day.month, day: day.day)))
            case let decimal as Decimal: put("d" + decimal.description)
            case let string as String: put("s" + hex(string))
            case let bool as Bool: put(bool ? "b1" : "b0")
            case let int as Int: put("i\(int)")
            case let int as Int64: put("i\(int)")
            case let int as Int32: put("i\(int)")
            case let int as Int16: put("i\(int)")
            case let int as Int8: put("i\(int)")
            case let int as UInt64: put("i\(int)")
            case let int as UInt32: put("i\(int)")
            case let int as UInt16: put("i\(int)")
            case let int as UInt8: put("i\(int)")
            case let char as DataContractChar: put("i\(char.utf16)")
            case let uuid as UUID: put("g" + uuid.uuidString.lowercased())
            case let span as TimeSpan: put("p\(span.ticks)")
            case let data as Data: put("x" + data.map { String($0 >> 4, radix: 16) + String($0 & 0xF, radix: 16) }.joined())
            case let url as URL: put("u" + hex(url.absoluteString))
            case let offset as DateTimeOffset: put("T\(offset.dateTime.dotNetTicks),\(offset.offsetMinutes)")
            case let double as Double: put(double.isNaN ? "fNaN" : "f" + CanonicalValues.hexDigits(double.bitPattern, 16))
            case let float as Float: put(float.isNaN ? "hNaN" : "h" + CanonicalValues.hexDigits(UInt64(float.bitPattern), 8))
            case let pairs as any CanonicalPairs:
                // Entries by key (ordinal UTF-16, as Oracle/Canonical.cs sorts them): Path.<i>.Key, Path.<i>.Value.
                let entries = pairs.canonicalPairs
                put("n\(entries.count)")
                for (index, entry) in entries.enumerated() {
                    let item = child("\(index)")
                    item.put("o")
                    item.child("Key").put("s" + hex(entry.key))
                    try item.child("Value").encodeValue(entry.value)
                }
            default: try value.encode(to: self)
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TokenEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) throws { encoder.child(key.stringValue).put("~") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try encoder.child(key.stringValue).encodeValue(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.child(key.stringValue).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(encoder: encoder.child(key.stringValue))
        }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.child(key.stringValue) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: TokenEncoder
        var count = 0
        var codingPath: [any CodingKey] { [] }
        mutating func next() -> TokenEncoder {
            defer {
                count += 1
                encoder.put("n\(count)")
            }
            return encoder.child("\(count)")
        }
        mutating func encodeNil() throws { next().put("~") }
        mutating func encode<T: Encodable>(_ value: T) throws { try next().encodeValue(value) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            next().container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(encoder: next()) }
        mutating func superEncoder() -> any Encoder { next() }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: TokenEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() throws { encoder.put("~") }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
    }
}

/// A dictionary with string keys, as the oracle's tokens list it: entries sorted by key (ordinal
/// UTF-16 comparison, .NET's `StringComparer.Ordinal`).
protocol CanonicalPairs {
    var canonicalPairs: [(key: String, value: any Encodable)] { get }
}

extension Dictionary: CanonicalPairs where Key == String, Value: Encodable {
    var canonicalPairs: [(key: String, value: any Encodable)] {
        sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }.map { ($0.key, $0.value as any Encodable) }
    }
}
