/// A decimal request value as Web API reads it: Json.NET's `ReadAsDecimal` for a JSON number,
/// `DecimalConverter` (`decimal.Parse` with `NumberStyles.Float`, invariant culture) for a
/// query-string value. Both take an exponent (`1e-05`, `-6.39e+16`) and refuse only a value
/// beyond .NET `decimal`'s range, ±79,228,162,514,264,337,593,543,950,335 (verified with Json.NET
/// and `TypeDescriptor.GetConverter(typeof(decimal))` through Mono).
enum RequestDecimal {
    /// The largest .NET `decimal`, 2⁹⁶ − 1, as its 29 digits.
    static let maximumDigits = "79228162514264337593543950335"

    /// Why `text` is not a decimal Web API reads, or `nil`.
    ///
    /// - Parameters:
    ///   - text: a JSON number's text (`json`, already a JSON number) or a query-string value.
    ///   - json: whether `text` is a JSON number; a query-string value may also carry white space
    ///     around it and a leading `+`, as `NumberStyles.Float` allows.
    static func problem(_ text: String, json: Bool) -> String? {
        var bytes = Substring(text).utf8[...]
        if !json {
            while let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { bytes = bytes.dropFirst() }
            while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        }
        if let sign = bytes.first, sign == UInt8(ascii: "-") || (!json && sign == UInt8(ascii: "+")) { bytes = bytes.dropFirst() }
        // Mantissa digits (without the point) and where the point sits.
        var digits: [UInt8] = []
        var pointAt: Int?
        while let byte = bytes.first, isDigit(byte) || (byte == UInt8(ascii: ".") && pointAt == nil) {
            if byte == UInt8(ascii: ".") { pointAt = digits.count } else { digits.append(byte) }
            bytes = bytes.dropFirst()
        }
        guard !digits.isEmpty else { return "not a number" }
        var exponent = 0
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var negative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                negative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard let first = bytes.first, isDigit(first) else { return "not a number" }
            while let byte = bytes.first, isDigit(byte) {
                // Past 10⁶ the value is 0 or out of range whatever the mantissa; stop growing.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(byte - UInt8(ascii: "0")) }
                bytes = bytes.dropFirst()
            }
            if negative { exponent = -exponent }
        }
        guard bytes.isEmpty else { return "not a number" }
        // The value is 0.d₁d₂… × 10^magnitude, d₁ the first non-zero digit.
        guard let firstNonZero = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return nil }
        let significant = Array(digits[firstNonZero...])
        let magnitude = (pointAt ?? digits.count) - firstNonZero + exponent
        if magnitude < maximumDigits.utf8.count { return nil }
        if magnitude > maximumDigits.utf8.count { return "beyond the range of a .NET decimal" }
        // 29 integer digits: compare with the maximum, digit by digit (then any further non-zero
        // digit is a fraction, which .NET rounds away only below the maximum).
        let padded = significant + Array(repeating: UInt8(ascii: "0"), count: max(0, maximumDigits.utf8.count - significant.count))
        let integer = Array(padded.prefix(maximumDigits.utf8.count))
        let maximum = Array(maximumDigits.utf8)
        if integer.lexicographicallyPrecedes(maximum) { return nil }
        if integer == maximum, !padded.dropFirst(maximum.count).contains(where: { $0 != UInt8(ascii: "0") }) { return nil }
        return "beyond the range of a .NET decimal"
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
