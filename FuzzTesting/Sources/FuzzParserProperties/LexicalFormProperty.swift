#if canImport(FuzzProperties)
import FuzzProperties
#endif
import DataContractXML
import Foundation

/// `FuzzParsers` 3 and 4: `DateTime(utf8:)` and the strict lexical forms of `LexicalForm`,
/// each against an independent reading of the same text.
///
/// Properties:
/// - `DateTime` accepts exactly `yyyy-MM-ddTHH:mm:ss[.f{1,7}][Z|±hh:mm]` with every field in
///   range (year 1–9999, the month's days, offsets within ±14:00), and gives back its text;
/// - integers agree with Swift's own `init?(_:radix:)` (the same `[+-]?digits` form), booleans
///   are exactly `true`, `false`, `1`, `0`, `Guid` agrees with `UUID(uuidString:)` on the .NET "D" form, `double` and
///   `float` with Swift's correctly rounded parse on the forms they accept, and a decimal is
///   accepted only in the `[+-]digits[.digits]` form, with the value Foundation reads from
///   short texts.
enum LexicalFormProperty {
    static let name = "FuzzParsers.lexical"

    static func checkDateTime(_ bytes: [UInt8]) throws(PropertyViolation) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parsed: DateTime?
        do throws(LexicalFormError) { parsed = try DateTime(utf8: bytes.span) } catch { parsed = nil }
        let expected = expectedDateTime(bytes)
        try require(
            (parsed != nil) == expected, name,
            "DateTime \(parsed == nil ? "refuses" : "accepts") \(text.debugDescription); the form says \(expected ? "valid" : "invalid")")
        if let parsed {
            try require(parsed.description == text, name, "DateTime \(text.debugDescription) gives back \(parsed.description.debugDescription)")
        }
    }

    /// The .NET lexical form, read field by field.
    static func expectedDateTime(_ b: [UInt8]) -> Bool {
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var value = 0
            for byte in b[at..<at + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func at(_ i: Int, _ c: Character) -> Bool { i < b.count && b[i] == c.asciiValue! }
        guard let year = digits(0, 4), at(4, "-"), let month = digits(5, 2), at(7, "-"), let day = digits(8, 2),
            at(10, "T"), let hour = digits(11, 2), at(13, ":"), let minute = digits(14, 2), at(16, ":"),
            let second = digits(17, 2)
        else { return false }
        var i = 19
        if at(i, ".") {
            var count = 0
            while digits(i + 1 + count, 1) != nil { count += 1 }
            guard (1...7).contains(count) else { return false }
            i += 1 + count
        }
        if at(i, "Z") {
            i += 1
        } else if at(i, "+") || at(i, "-") {
            guard let h = digits(i + 1, 2), at(i + 3, ":"), let m = digits(i + 4, 2), m < 60, h * 60 + m <= 840 else {
                return false
            }
            i += 6
        }
        guard i == b.count, (1...9999).contains(year), (1...12).contains(month) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = month == 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
        return (1...days).contains(day) && hour < 24 && minute < 60 && second < 60
    }

    static func check(_ input: inout FuzzInput) throws(PropertyViolation) {
        let choice = input.byte()
        let bytes = input.rest()
        let text = String(decoding: bytes, as: UTF8.self)
        let span = bytes.span
        switch choice % 10 {
        case 0: try integer(Int.self, span, text)
        case 1: try integer(Int8.self, span, text)
        case 2: try integer(UInt64.self, span, text)
        case 3: try integer(UInt8.self, span, text)
        case 4:
            let value = try? LexicalForm.boolean(span)
            let expected: Bool? = ["true": true, "1": true, "false": false, "0": false][text]
            try require(
                value == expected && (value == nil || Array(text.utf8) == bytes), name,
                "boolean \(text.debugDescription) gives \(String(describing: value)), expected \(String(describing: expected))")
        case 5:
            let value = try? LexicalForm.uuid(span)
            // Foundation's `UUID(uuidString:)` also reads 36 characters with a dash elsewhere
            // (`…-00c0d011-b42` as `…-00C0D011F542`: FuzzParsers,
            // Failures/FuzzParsers/crash-foundation-uuid-reads-misplaced-dash); .NET's "D" form,
            // and AWKit, take dashes at 8, 13, 18 and 23 only, hex digits elsewhere.
            let dForm = bytes.count == 36 && bytes.indices.allSatisfy { index in
                [8, 13, 18, 23].contains(index) ? bytes[index] == UInt8(ascii: "-") : bytes[index].isHexDigit
            }
            let expected = dForm && Array(text.utf8) == bytes ? UUID(uuidString: text) : nil
            try require(
                value == expected, name, "Guid \(text.debugDescription) gives \(String(describing: value)), UUID(uuidString:) \(String(describing: expected))")
        case 6:
            guard let value = try? LexicalForm.double(span) else { return }
            try floating(value, Double(text), text)
        case 7:
            guard let value = try? LexicalForm.float(span) else { return }
            try floating(value, Float(text), text)
        case 8:
            guard let value = try? LexicalForm.base64(span) else { return }
            let compact = bytes.filter { !LexicalForm.isXMLWhitespace($0) }
            try require(
                Data(base64Encoded: Data(compact)) == value, name, "base64 \(text.debugDescription) decodes unlike Foundation")
        default:
            try decimal(span, bytes, text)
        }
    }

    static func integer<T: FixedWidthInteger>(_ type: T.Type, _ span: Span<UInt8>, _ text: String) throws(PropertyViolation) {
        let value = try? LexicalForm.integer(span, as: T.self)
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        let expected = ascii ? T(text, radix: 10) : nil
        try require(
            value == expected, name, "\(T.self) \(text.debugDescription) gives \(String(describing: value)), Swift \(String(describing: expected))")
    }

    static func floating<F: BinaryFloatingPoint>(_ value: F, _ swift: F?, _ text: String) throws(PropertyViolation) {
        // `+INF` too: XML Schema 1.1's lexical space of xs:double and xs:float is
        // `(\+|-)?INF | NaN | …`, and LexicalForm reads it (FuzzParsers,
        // crash-property-refused-plus-inf-an-xsd-11-form).
        if ["INF", "+INF", "-INF", "NaN", "Infinity", "-Infinity"].contains(text) { return }
        try require(
            !text.contains { "xXpPnN".contains($0) } && !text.lowercased().contains("inf"), name,
            "\(F.self) accepts \(text.debugDescription), which is not an XML Schema form")
        try require(
            swift == value && swift?.sign == value.sign, name,
            "\(F.self) \(text.debugDescription) gives \(value), Swift \(String(describing: swift))")
    }

    static func decimal(_ span: Span<UInt8>, _ bytes: [UInt8], _ text: String) throws(PropertyViolation) {
        guard let value = try? LexicalForm.decimal(span) else { return }
        var body = bytes[...]
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { body = body.dropFirst() }
        let parts = body.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let isForm = body.contains { (0x30...0x39).contains($0) }
            && parts.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } }
        try require(isForm, name, "decimal accepts \(text.debugDescription), which is not [+-]digits[.digits]")
        if bytes.count <= 20, let foundation = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) {
            try require(foundation == value, name, "decimal \(text.debugDescription) gives \(value), Foundation \(foundation)")
        }
    }
}

extension UInt8 {
    /// `0-9`, `a-f`, `A-F`.
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
