import Foundation

/// Strict parsers for the lexical forms of XML Schema / .NET primitive values, from UTF-8 bytes.
///
/// These never go through `Double` or Foundation's lenient string parsers
/// (`Decimal(string: "12abc")` is 12; here it is an error). None of them trims whitespace: the
/// caller removes what XML Schema's `whiteSpace="collapse"` allows first (see
/// ``rangeTrimmingXMLWhitespace(_:)``).
///
/// Each throws ``LexicalFormError`` quoting the text: `malformed` for a wrong shape,
/// `outOfRange` for a value the type cannot hold, `tooPrecise` for a decimal with more
/// significant digits than `Foundation.Decimal` keeps exactly (38).
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

    /// Parses xs:decimal as .NET writes `decimal`: optional sign, digits, optional `.` and
    /// digits; at least one digit; no exponent. `8.0000` is 8 (value, not scale, is kept).
    ///
    /// Exact for up to 38 significant digits, which covers .NET's whole range
    /// (±79228162514264337593543950335).
    public static func decimal(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Decimal {
        let type = "decimal"
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var significand: UInt64 = 0
        var significantDigits = 0
        var pendingZeros = 0  // trailing fraction zeros not yet folded into the significand
        var overflowDigits: [UInt8] = []  // when the significand outgrows UInt64
        var digitCount = 0
        var fractionDigits = 0
        var inFraction = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
                index += 1
                continue
            }
            let digit = byte &- 0x30
            guard digit < 10 else {
                throw error(.malformed, type, bytes, "unexpected \"\(Unicode.Scalar(byte))\" at offset \(index)")
            }
            digitCount += 1
            index += 1
            if inFraction { fractionDigits += 1 }
            if digit == 0 {
                if significantDigits > 0 { pendingZeros += 1 }
                continue
            }
            for _ in 0..<pendingZeros {
                significantDigits += 1
                if !overflowDigits.isEmpty || significand > (UInt64.max - 9) / 10 {
                    overflowDigits.append(0)
                } else {
                    significand *= 10
                }
            }
            pendingZeros = 0
            significantDigits += 1
            if !overflowDigits.isEmpty || significand > (UInt64.max - 9) / 10 {
                overflowDigits.append(digit)
            } else {
                significand = significand * 10 + UInt64(digit)
            }
        }
        guard digitCount > 0 else { throw error(.malformed, type, bytes, "expected digits") }
        // Zeros after the last non-zero digit: in the integer part they scale the value,
        // in the fraction they only record the scale.
        var exponent = -fractionDigits + pendingZeros
        if significantDigits > 38 {
            throw error(
                .tooPrecise, type, bytes,
                "\(significantDigits) significant digits; at most 38 are kept exactly")
        }
        var value = Decimal(significand)
        for digit in overflowDigits {
            value = value * 10 + Decimal(Int(digit))
        }
        if significand == 0 && overflowDigits.isEmpty { exponent = 0 }
        let result = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: value)
        return result
    }

    /// Parses an xs:integer lexical form (optional sign, at least one digit) into `T`,
    /// checking `T`'s range (`int` is `Int32`, `long` is `Int64`, `unsignedByte` is `UInt8` …).
    public static func integer<T: FixedWidthInteger>(
        _ bytes: Span<UInt8>, as type: T.Type = T.self
    ) throws(LexicalFormError) -> T {
        let typeName = String(describing: T.self)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.count else { throw error(.malformed, typeName, bytes, "expected digits") }
        var value: T = 0
        while index < bytes.count {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else {
                throw error(
                    .malformed, typeName, bytes,
                    "unexpected \"\(Unicode.Scalar(bytes[index]))\" at offset \(index)")
            }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative
                ? times10.subtractingReportingOverflow(T(truncatingIfNeeded: digit))
                : times10.addingReportingOverflow(T(truncatingIfNeeded: digit))
            if o1 || o2 {
                throw error(.outOfRange, typeName, bytes, "not in \(T.min)...\(T.max)")
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

    /// Parses xs:double as .NET writes it: `INF`, `-INF`, `NaN`, or a decimal number with an
    /// optional exponent (`1E+20`, `-0.5`, `1e-05`). Also accepts Json.NET's `Infinity` and
    /// `-Infinity`. A finite text whose value overflows `Double` is an error, never infinity.
    public static func double(_ bytes: Span<UInt8>) throws(LexicalFormError) -> Double {
        let type = "double"
        if matches(bytes, "INF") || matches(bytes, "+INF") || matches(bytes, "Infinity") { return .infinity }
        if matches(bytes, "-INF") || matches(bytes, "-Infinity") { return -.infinity }
        if matches(bytes, "NaN") { return .nan }
        // Shape check: [sign] digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
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
        guard let value = Double(text(bytes)), value.isFinite else {
            throw error(.outOfRange, type, bytes, "beyond the range of a 64-bit double")
        }
        return value
    }

    /// Parses a .NET `Guid` in its "D" form: 32 hex digits in groups 8-4-4-4-12
    /// (`6f9619ff-8b86-d011-b42d-00c04fc964ff`); either letter case.
    public static func uuid(_ bytes: Span<UInt8>) throws(LexicalFormError) -> UUID {
        guard bytes.count == 36 else {
            throw error(.malformed, "Guid", bytes, "expected 36 characters in the form 8-4-4-4-12")
        }
        for i in 0..<36 {
            let byte = bytes[i]
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard byte == UInt8(ascii: "-") else {
                    throw error(.malformed, "Guid", bytes, "expected \"-\" at offset \(i)")
                }
            } else if !(byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 6) {
                throw error(.malformed, "Guid", bytes, "expected a hex digit at offset \(i)")
            }
        }
        guard let uuid = UUID(uuidString: text(bytes)) else {
            throw error(.malformed, "Guid", bytes, "expected the form 8-4-4-4-12")
        }
        return uuid
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
