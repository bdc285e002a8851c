import Foundation

/// Strict parsers for the lexical forms of XML Schema / .NET primitive values, from UTF-8 bytes.
///
/// These never go through `Double` or Foundation's lenient string parsers
/// (`Decimal(string: "12abc")` is 12; here it is an error). None of them trims whitespace: the
/// caller removes what XML Schema's `whiteSpace="collapse"` allows first (see
/// ``rangeTrimmingXMLWhitespace(_:)``).
///
/// Each throws ``LexicalFormError`` quoting the text: `malformed` for a wrong shape,
/// `outOfRange` for a value the type cannot hold, `tooPrecise` for a decimal that a .NET
/// `decimal` cannot hold exactly (a non-zero digit beyond 28 places after the point, or more
/// than a 96-bit mantissa).
///
/// Source: reference/datacontract-format.md §9 (what .NET writes) and XML Schema Part 2 §3.2
/// (xs:decimal, xs:boolean, xs:double, xs:integer lexical spaces).
public enum LexicalForm {
    static func text(_ bytes: Span<UInt8>) -> String {
        var chars: [UInt8] = []
        chars.reserveCapacity(bytes.count)
        for i in 0..<bytes.count { chars.append(bytes[i]) }
        return String(decoding: chars, as: UTF8.self)
    }

    static func error(
        _ code: LexicalFormError.Code, _ type: String, _ bytes: Span<UInt8>, _ reason: String
    ) -> LexicalFormError {
        LexicalFormError(code: code, typeName: type, text: text(bytes), reason: reason)
    }

    /// Whether `byte` is XML white space (space, tab, line feed, carriage return).
    @inline(__always)
    public static func isXMLWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The range of `bytes` without leading and trailing XML white space, as XML Schema's
    /// `whiteSpace="collapse"` facet allows around numbers, booleans and dates; use it with
    /// `bytes.extracting(_:)`.
    public static func rangeTrimmingXMLWhitespace(_ bytes: Span<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end, isXMLWhitespace(bytes[start]) { start += 1 }
        while end > start, isXMLWhitespace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The largest .NET `decimal`, 2^96 − 1, as digits.
    private static let decimalMaxDigits: [UInt8] = Array("79228162514264337593543950335".utf8)

    /// Parses xs:decimal as .NET writes `decimal`: optional sign, digits, optional `.` and
    /// digits; at least one digit; no exponent. `8.0000` is 8 (value, not scale, is kept).
    ///
    /// Accepts exactly the values a .NET `decimal` holds (a 96-bit integer divided by 10^0…10^28)
    /// and returns them exactly:
    /// - a magnitude above 79228162514264337593543950335 is `outOfRange`;
    /// - a non-zero digit more than 28 places after the point, or a value that needs more than
    ///   96 bits of mantissa at its scale (over 29 significant digits), is `tooPrecise`, never
    ///   rounded; zeros after the last non-zero digit only record a scale and are fine
    ///   (`0.1000000000000000000000000000000000` is 0.1).
    public static func decimal(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Decimal {
        let type = "decimal"
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var point = -1
        var digitCount = 0
        // Indices in `bytes` of the first and last non-zero digits.
        var first = -1
        var last = -1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), point < 0 {
                point = index
                index += 1
                continue
            }
            let digit = byte &- 0x30
            guard digit < 10 else {
                throw error(.malformed, type, bytes, "unexpected \"\(Unicode.Scalar(byte))\" at offset \(index)")
            }
            if digit != 0 {
                if first < 0 { first = index }
                last = index
            }
            digitCount += 1
            index += 1
        }
        guard digitCount > 0 else { throw error(.malformed, type, bytes, "expected digits") }
        guard first >= 0 else { return Decimal(0) }
        let integerEnd = point >= 0 ? point : bytes.count
        // Digits of the value before the point, from the first non-zero one.
        let integerDigits = first < integerEnd ? integerEnd - first : 0
        // Places after the point up to the last non-zero digit.
        let scale = point >= 0 && last > point ? last - point : 0
        let significantDigits = last - first + 1 - (first < point && point < last ? 1 : 0)
        let maxCount = decimalMaxDigits.count
        if integerDigits > maxCount
            || integerDigits == maxCount
                && (compareDigits(bytes, from: first, skipping: point) > 0 || significantDigits > maxCount)
        {
            throw error(.outOfRange, type, bytes, "beyond the range of a .NET decimal (±79228162514264337593543950335)")
        }
        if scale > 28 {
            throw error(
                .tooPrecise, type, bytes,
                "a non-zero digit \(scale) places after the point; a .NET decimal keeps at most 28")
        }
        if significantDigits > maxCount
            || significantDigits == maxCount && compareDigits(bytes, from: first, skipping: point) > 0
        {
            throw error(
                .tooPrecise, type, bytes,
                "\(significantDigits) significant digits; a .NET decimal keeps a 96-bit mantissa (at most 79228162514264337593543950335)")
        }
        // At most 29 digits: the first 19 in `head`, the rest (at most 10) in `tail`.
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var tailDigits = 0
        var taken = 0
        for i in first...last where i != point {
            let digit = UInt64(bytes[i] &- 0x30)
            if taken < 19 {
                head = head * 10 + digit
            } else {
                tail = tail * 10 + digit
                tailDigits += 1
            }
            taken += 1
        }
        var significand = Decimal(head)
        if tailDigits > 0 {
            significand = Decimal(sign: .plus, exponent: tailDigits, significand: significand) + Decimal(tail)
        }
        let exponent = last < integerEnd ? integerEnd - 1 - last : -scale
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
    }

    /// Compares the 29 digits of `bytes` from index `first` (skipping the point) with the
    /// digits of the largest .NET decimal: negative, zero or positive. Fewer digits compare as
    /// smaller.
    private static func compareDigits(_ bytes: Span<UInt8>, from first: Int, skipping point: Int) -> Int {
        var i = first
        var k = 0
        while k < decimalMaxDigits.count {
            guard i < bytes.count else { return -1 }
            if i != point {
                let a = bytes[i]
                let b = decimalMaxDigits[k]
                if a != b { return a < b ? -1 : 1 }
                k += 1
            }
            i += 1
        }
        return 0
    }

    /// The XML Schema name of an integer type, for messages: `byte` (`Int8`, .NET `sbyte`),
    /// `unsignedByte` (`UInt8`, .NET `byte`), `short`, `unsignedShort`, `int`, `unsignedInt`,
    /// `long` (`Int64` and `Int`), `unsignedLong` (`UInt64` and `UInt`); other types by their
    /// Swift name.
    static func schemaTypeName<T: FixedWidthInteger>(_: T.Type) -> String {
        switch (T.isSigned, T.bitWidth) {
        case (true, 8): "byte"
        case (false, 8): "unsignedByte"
        case (true, 16): "short"
        case (false, 16): "unsignedShort"
        case (true, 32): "int"
        case (false, 32): "unsignedInt"
        case (true, 64): "long"
        case (false, 64): "unsignedLong"
        default: String(describing: T.self)
        }
    }

    /// Parses an xs:integer lexical form (optional sign, at least one digit) into `T`,
    /// checking `T`'s range.
    ///
    /// Errors name the type in XML Schema terms, as .NET's schema does: `Int8` is `byte`
    /// (.NET `sbyte`), `UInt8` is `unsignedByte` (.NET `byte`), `Int16` `short`, `UInt16`
    /// `unsignedShort`, `Int32` `int`, `UInt32` `unsignedInt`, `Int64` and `Int` `long`,
    /// `UInt64` and `UInt` `unsignedLong`; any other type by its Swift name.
    public static func integer<T: FixedWidthInteger>(
        _ bytes: Span<UInt8>, as type: T.Type = T.self
    ) throws(LexicalFormError) -> T {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.count else { throw error(.malformed, schemaTypeName(T.self), bytes, "expected digits") }
        var value: T = 0
        while index < bytes.count {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else {
                throw error(
                    .malformed, schemaTypeName(T.self), bytes,
                    "unexpected \"\(Unicode.Scalar(bytes[index]))\" at offset \(index)")
            }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative
                ? times10.subtractingReportingOverflow(T(truncatingIfNeeded: digit))
                : times10.addingReportingOverflow(T(truncatingIfNeeded: digit))
            if o1 || o2 {
                throw error(.outOfRange, schemaTypeName(T.self), bytes, "not in \(T.min)...\(T.max)")
            }
            value = next
            index += 1
        }
        return value
    }

    /// Parses xs:boolean: `true`, `false`, `1` or `0`.
    public static func boolean(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Bool {
        switch bytes.count {
        case 1 where bytes[0] == UInt8(ascii: "1"): return true
        case 1 where bytes[0] == UInt8(ascii: "0"): return false
        case 4 where matches(bytes, "true"): return true
        case 5 where matches(bytes, "false"): return false
        default: throw error(.malformed, "boolean", bytes, "expected true, false, 1 or 0")
        }
    }

    static func matches(_ bytes: Span<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { lit in
            for i in 0..<bytes.count where bytes[i] != lit[i] { return false }
            return true
        }
    }

    /// What a floating-point text is: one of the special values, or a finite number.
    private enum FloatingShape { case infinity, negativeInfinity, nan, number }

    /// Checks the xs:double / xs:float shape: `INF`, `+INF`, `-INF`, `NaN`, Json.NET's
    /// `Infinity` / `-Infinity`, or [sign] digits [. digits] [(e|E) [sign] digits] with at least
    /// one mantissa digit.
    private static func floatingShape(_ bytes: Span<UInt8>, _ type: String) throws(LexicalFormError) -> FloatingShape {
        if matches(bytes, "INF") || matches(bytes, "+INF") || matches(bytes, "Infinity") { return .infinity }
        if matches(bytes, "-INF") || matches(bytes, "-Infinity") { return .negativeInfinity }
        if matches(bytes, "NaN") { return .nan }
        var index = 0
        var mantissaDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1; mantissaDigits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { throw error(.malformed, type, bytes, "expected digits, INF, -INF or NaN") }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponentDigits = 0
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { throw error(.malformed, type, bytes, "expected exponent digits") }
        }
        guard index == bytes.count else {
            throw error(.malformed, type, bytes, "unexpected \"\(Unicode.Scalar(bytes[index]))\" at offset \(index)")
        }
        return .number
    }

    /// `bytes`, already checked to be ASCII, as a `String`, copied once (no heap allocation
    /// for up to 15 bytes, Swift's small-string size).
    private static func asciiString(_ bytes: Span<UInt8>) -> String {
        guard let utf8 = try? UTF8Span(validating: bytes) else { return text(bytes) }
        return String(copying: utf8)
    }

    /// Parses xs:double as .NET writes it: `INF`, `-INF`, `NaN`, or a decimal number with an
    /// optional exponent (`1E+20`, `-0.5`, `1e-05`). Also accepts Json.NET's `Infinity` and
    /// `-Infinity`. A finite text whose value overflows `Double` is an error, never infinity.
    /// The value is the correctly rounded `Double` nearest the text.
    public static func double(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Double {
        let type = "double"
        switch try floatingShape(bytes, type) {
        case .infinity: return .infinity
        case .negativeInfinity: return -.infinity
        case .nan: return .nan
        case .number:
            guard let value = Double(asciiString(bytes)), value.isFinite else {
                throw error(.outOfRange, type, bytes, "beyond the range of a 64-bit double")
            }
            return value
        }
    }

    /// Parses xs:float (.NET `float`, `Single`) in the same shapes as ``double(_:)``, rounding
    /// the text straight to the nearest `Float` (never through `Double`, which would round
    /// twice: `1.0000000596046447753906250001` is `1.0000001`, not `1.0`). A finite text whose
    /// value overflows `Float` is an error, never infinity.
    public static func float(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Float {
        let type = "float"
        switch try floatingShape(bytes, type) {
        case .infinity: return .infinity
        case .negativeInfinity: return -.infinity
        case .nan: return .nan
        case .number:
            guard let value = Float(asciiString(bytes)), value.isFinite else {
                throw error(.outOfRange, type, bytes, "beyond the range of a 32-bit float")
            }
            return value
        }
    }

    /// The value of an ASCII hex digit, or `nil`.
    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt64? {
        if byte &- 0x30 < 10 { return UInt64(byte &- 0x30) }
        let letter = (byte | 0x20) &- 0x61
        return letter < 6 ? UInt64(letter) + 10 : nil
    }

    /// Parses a .NET `Guid` in its "D" form: 32 hex digits in groups 8-4-4-4-12
    /// (`6f9619ff-8b86-d011-b42d-00c04fc964ff`); either letter case. The bytes are in the order
    /// written, as `UUID(uuidString:)` reads them.
    public static func uuid(_ bytes: Span<UInt8>) throws(LexicalFormError) -> UUID {
        guard bytes.count == 36 else {
            throw error(.malformed, "Guid", bytes, "expected 36 characters in the form 8-4-4-4-12")
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var nibbles = 0
        for i in 0..<36 {
            let byte = bytes[i]
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard byte == UInt8(ascii: "-") else {
                    throw error(.malformed, "Guid", bytes, "expected \"-\" at offset \(i)")
                }
                continue
            }
            guard let value = hexValue(byte) else {
                throw error(.malformed, "Guid", bytes, "expected a hex digit at offset \(i)")
            }
            if nibbles < 16 { high = high << 4 | value } else { low = low << 4 | value }
            nibbles += 1
        }
        func byte(_ word: UInt64, _ n: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: word >> (56 - 8 * n)) }
        return UUID(uuid: (
            byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3),
            byte(high, 4), byte(high, 5), byte(high, 6), byte(high, 7),
            byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3),
            byte(low, 4), byte(low, 5), byte(low, 6), byte(low, 7)))
    }

    /// Decodes xs:base64Binary (.NET `byte[]`): the standard alphabet with `=` padding; XML
    /// white space between characters is allowed, as XML Schema's lexical space does.
    public static func base64(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Data {
        var compact: [UInt8] = []
        compact.reserveCapacity(bytes.count)
        for i in 0..<bytes.count where !isXMLWhitespace(bytes[i]) { compact.append(bytes[i]) }
        guard compact.count % 4 == 0, let data = Data(base64Encoded: Data(compact)) else {
            throw error(.malformed, "base64Binary", bytes, "not standard padded base64")
        }
        return data
    }
}
