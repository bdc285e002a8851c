import Foundation

extension LexicalForm {
    /// Appends the decimal digits of `value` (leading `-` for negatives).
    @inline(__always)
    static func appendInteger<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        if value == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let start = out.count
        while magnitude > 0 {
            let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10)
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remainder))
            magnitude = quotient
        }
        out[start...].reverse()
    }

    /// Appends `value` as .NET writes `decimal` (`decimal.ToString(InvariantInfo)`): digits,
    /// never an exponent; with `scale`, at least that many fraction digits (`8` → `8.0000`),
    /// never fewer than the value has. `nil` for NaN, which has no lexical form.
    static func appendDecimal(_ value: Decimal, scale: Int?, to out: inout [UInt8]) -> Bool {
        guard !value.isNaN else { return false }
        // Foundation's description is plain digits with a `.`, never an exponent.
        let digits = value.description.utf8
        out.append(contentsOf: digits)
        guard let scale, scale > 0 else { return true }
        var fraction = -1
        for byte in digits {
            if byte == UInt8(ascii: ".") {
                fraction = 0
            } else if fraction >= 0 {
                fraction += 1
            }
        }
        if fraction < 0 {
            out.append(UInt8(ascii: "."))
            fraction = 0
        }
        while fraction < scale {
            out.append(UInt8(ascii: "0"))
            fraction += 1
        }
        return true
    }

    /// Appends `value` as DataContractSerializer writes `double`/`float` (`XmlConverter`):
    /// `INF`, `-INF`, `NaN`, `0`, `-0`, otherwise .NET Framework's round-trip ("R") form: the
    /// digits of ``roundTripDigits(_:precision:fallback:)``, plain unless the decimal exponent is
    /// below -5 or at least the precision used (15 or 17 for double, 7 or 9 for float), then `d.dddE±XX`
    /// with a capital `E`, a sign and at least two exponent digits (`1E+20`, `1E-05`).
    static func appendFloatingPoint(_ description: String, isNaN: Bool, isInfinite: Bool, isZero: Bool, isNegative: Bool, plainDigits: Int, to out: inout [UInt8]) {
        if isNaN { out.append(contentsOf: "NaN".utf8); return }
        if isInfinite { out.append(contentsOf: (isNegative ? "-INF" : "INF").utf8); return }
        if isZero { out.append(contentsOf: (isNegative ? "-0" : "0").utf8); return }
        // The digits as [-]int[.frac][e±exp].
        var digits: [UInt8] = []
        var point = 0
        var exponent = 0
        var exponentNegative = false
        var state = 0  // 0 integer part, 1 fraction, 2 exponent
        for byte in description.utf8 {
            switch byte {
            case UInt8(ascii: "-") where state == 2: exponentNegative = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): break
            case UInt8(ascii: "."): state = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"): state = 2
            default:
                let digit = Int(byte &- 0x30)
                if state == 2 {
                    exponent = exponent * 10 + digit
                } else {
                    digits.append(byte)
                    if state == 0 { point += 1 }
                }
            }
        }
        point += exponentNegative ? -exponent : exponent
        // value = 0.digits × 10^point, with leading and trailing zeros removed.
        var leading = 0
        while leading < digits.count - 1, digits[leading] == UInt8(ascii: "0") { leading += 1 }
        digits.removeFirst(leading)
        point -= leading
        while digits.count > 1, digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if isNegative { out.append(UInt8(ascii: "-")) }
        if point > max(digits.count, plainDigits) || point < -3 {
            out.append(digits[0])
            if digits.count > 1 {
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[1...])
            }
            let scientific = point - 1
            out.append(UInt8(ascii: "E"))
            out.append(scientific < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            if abs(scientific) < 10 { out.append(UInt8(ascii: "0")) }
            appendInteger(abs(scientific), to: &out)
        } else if point <= 0 {
            out.append(contentsOf: "0.".utf8)
            for _ in 0..<(-point) { out.append(UInt8(ascii: "0")) }
            out.append(contentsOf: digits)
        } else if point >= digits.count {
            out.append(contentsOf: digits)
            for _ in 0..<(point - digits.count) { out.append(UInt8(ascii: "0")) }
        } else {
            out.append(contentsOf: digits[..<point])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[point...])
        }
    }

    /// The digits .NET Framework's `ToString("R")` gives (what ASP.NET Web API on .NET
    /// Framework, and Mono, write): `precision` significant digits (15 for double, 7 for float)
    /// when they read back to the same value, else `fallback` (17, 9); as `d.ddde±x` text and the
    /// precision used. Not the shortest form (.NET Core 3.0 and later): `float.MaxValue` is
    /// `3.40282347E+38`, `double.Epsilon` `4.94065645841247E-324` (the oracle, Oracle/README.md).
    static func roundTripDigits<T: BinaryFloatingPoint & LosslessStringConvertible & CVarArg>(
        _ value: T, precision: Int, fallback: Int
    ) -> (text: String, precision: Int) {
        let short = String(format: "%.\(precision - 1)e", Double(value))
        if let back = T(short), back == value { return (short, precision) }
        return (String(format: "%.\(fallback - 1)e", Double(value)), fallback)
    }

    /// Appends a `Double` as DataContractSerializer writes it; see
    /// ``appendFloatingPoint(_:isNaN:isInfinite:isZero:isNegative:plainDigits:to:)`` and
    /// ``roundTripDigits(_:precision:fallback:)``.
    static func appendDouble(_ value: Double, to out: inout [UInt8]) {
        let digits = value.isFinite && !value.isZero ? roundTripDigits(value, precision: 15, fallback: 17) : (text: "", precision: 15)
        appendFloatingPoint(
            digits.text, isNaN: value.isNaN, isInfinite: value.isInfinite, isZero: value.isZero,
            isNegative: value.sign == .minus, plainDigits: digits.precision, to: &out)
    }

    /// Appends a `Float` as DataContractSerializer writes `float`.
    static func appendFloat(_ value: Float, to out: inout [UInt8]) {
        let digits = value.isFinite && !value.isZero ? roundTripDigits(value, precision: 7, fallback: 9) : (text: "", precision: 7)
        appendFloatingPoint(
            digits.text, isNaN: value.isNaN, isInfinite: value.isInfinite, isZero: value.isZero,
            isNegative: value.sign == .minus, plainDigits: digits.precision, to: &out)
    }
}
