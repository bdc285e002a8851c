extension TimeSpan {
    /// The `xs:duration` DataContractSerializer writes (`XmlConvert.ToString(TimeSpan)`):
    /// `-` for a negative span, `P`, then `nD`, and after `T` `nH`, `nM`, `n[.f]S` for the parts
    /// that are not zero, the fraction with its trailing zeros removed; `PT0S` for zero.
    public var xmlSchemaDuration: String {
        let p = parts
        var text = p.negative ? "-P" : "P"
        if p.days != 0 { text += "\(p.days)D" }
        if p.hours != 0 || p.minutes != 0 || p.seconds != 0 || p.fraction != 0 {
            text += "T"
            if p.hours != 0 { text += "\(p.hours)H" }
            if p.minutes != 0 { text += "\(p.minutes)M" }
            if p.seconds != 0 || p.fraction != 0 {
                text += "\(p.seconds)"
                if p.fraction != 0 { text += "." + Self.fractionDigits(p.fraction, trimmed: true) }
                text += "S"
            }
        } else if p.days == 0 {
            text += "T0S"
        }
        return text
    }

    /// The constant format Json.NET writes (`TimeSpan.ToString()`, "c"):
    /// `[-][d.]hh:mm:ss[.fffffff]`, the fraction always 7 digits when not zero
    /// (`1.02:03:04.5000000`, `-00:00:00.0000001`, `00:00:00`).
    public var constantFormat: String {
        let p = parts
        var text = p.negative ? "-" : ""
        if p.days != 0 { text += "\(p.days)." }
        text += Self.twoDigits(p.hours) + ":" + Self.twoDigits(p.minutes) + ":" + Self.twoDigits(p.seconds)
        if p.fraction != 0 { text += "." + Self.fractionDigits(p.fraction, trimmed: false) }
        return text
    }

    private static func twoDigits(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func fractionDigits(_ fraction: UInt64, trimmed: Bool) -> String {
        var digits = String(fraction)
        digits = String(repeating: "0", count: 7 - digits.count) + digits
        if trimmed { while digits.last == "0" { digits.removeLast() } }
        return digits
    }

    /// Reads an `xs:duration` (as `XmlConvert.ToTimeSpan` does) or the constant format
    /// (`[-][d.]hh:mm[:ss[.fffffff]]`), told apart by the `P`.
    ///
    /// In a duration, years count as 365 days and months as 30 (.NET's `XsdDuration`); fraction
    /// digits beyond the seventh are cut off, as .NET cuts them.
    ///
    /// - Throws: ``LexicalFormError`` (`TimeSpan`) for another shape, or a value outside
    ///   ``minValue``...``maxValue``.
    public init(parsing text: String) throws(LexicalFormError) {
        let trimmed = text.utf8.drop(while: { LexicalForm.isXMLWhitespace($0) })
        var bytes = Array(trimmed)
        while let last = bytes.last, LexicalForm.isXMLWhitespace(last) { bytes.removeLast() }
        let negative = bytes.first == UInt8(ascii: "-")
        let body = negative ? bytes.dropFirst() : bytes[...]
        let magnitude: UInt64?
        if body.first == UInt8(ascii: "P") {
            magnitude = Self.durationMagnitude(body.dropFirst())
        } else {
            magnitude = Self.constantMagnitude(body)
        }
        guard let magnitude else {
            throw LexicalFormError(
                code: .malformed, typeName: "TimeSpan", text: text,
                reason: "expected an xs:duration (P1DT2H3M4.5S) or [-][d.]hh:mm:ss[.fffffff]")
        }
        guard let value = Self.checked(magnitude: magnitude, negative: negative) else {
            throw LexicalFormError(code: .outOfRange, typeName: "TimeSpan", text: text, reason: "outside TimeSpan.MinValue...TimeSpan.MaxValue")
        }
        self = value
    }

    /// A number of ticks from digits, `nil` on overflow.
    private static func add(_ total: UInt64, _ value: UInt64, times unit: UInt64) -> UInt64? {
        let (product, overflow) = value.multipliedReportingOverflow(by: unit)
        guard !overflow else { return nil }
        let (sum, overflow2) = total.addingReportingOverflow(product)
        return overflow2 ? nil : sum
    }

    /// Ticks of `digits` read as the fraction of a second (the first 7 digits).
    private static func fractionTicks(_ digits: ArraySlice<UInt8>) -> UInt64 {
        var ticks: UInt64 = 0
        var scale: UInt64 = 1_000_000
        for digit in digits.prefix(7) {
            ticks += UInt64(digit - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return ticks
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `nY nM nD T nH nM n.nS` after the `P`, each part optional, at least one.
    private static func durationMagnitude(_ body: ArraySlice<UInt8>) -> UInt64? {
        var total: UInt64 = 0
        var rest = body
        var inTime = false
        var any = false
        // Designators in the order they may come; each at most once.
        var next = 0
        let dateUnits: [(UInt8, UInt64)] = [(UInt8(ascii: "Y"), 365 * ticksPerDay), (UInt8(ascii: "M"), 30 * ticksPerDay), (UInt8(ascii: "D"), ticksPerDay)]
        let timeUnits: [(UInt8, UInt64)] = [(UInt8(ascii: "H"), ticksPerHour), (UInt8(ascii: "M"), ticksPerMinute), (UInt8(ascii: "S"), ticksPerSecond)]
        while let first = rest.first {
            if first == UInt8(ascii: "T") {
                guard !inTime, rest.count > 1 else { return nil }
                inTime = true
                next = 0
                rest = rest.dropFirst()
                continue
            }
            let digits = rest.prefix(while: isDigit)
            guard !digits.isEmpty, digits.count <= 20, let value = UInt64(String(decoding: digits, as: UTF8.self)) else { return nil }
            rest = rest.dropFirst(digits.count)
            var fraction: ArraySlice<UInt8> = []
            if rest.first == UInt8(ascii: ".") {
                fraction = rest.dropFirst().prefix(while: isDigit)
                guard inTime, !fraction.isEmpty else { return nil }
                rest = rest.dropFirst(1 + fraction.count)
            }
            guard let designator = rest.first else { return nil }
            rest = rest.dropFirst()
            let units = inTime ? timeUnits : dateUnits
            guard let index = units[next...].firstIndex(where: { $0.0 == designator }) else { return nil }
            guard fraction.isEmpty || designator == UInt8(ascii: "S") else { return nil }
            next = index + 1
            guard let sum = add(total, value, times: units[index].1) else { return nil }
            total = sum
            if !fraction.isEmpty {
                guard let withFraction = add(total, fractionTicks(fraction), times: 1) else { return nil }
                total = withFraction
            }
            any = true
        }
        return any ? total : nil
    }

    /// `[d.]hh:mm[:ss[.fffffff]]`.
    private static func constantMagnitude(_ body: ArraySlice<UInt8>) -> UInt64? {
        var rest = body
        func number(maxDigits: Int) -> UInt64? {
            let digits = rest.prefix(while: isDigit)
            guard !digits.isEmpty, digits.count <= maxDigits else { return nil }
            rest = rest.dropFirst(digits.count)
            return UInt64(String(decoding: digits, as: UTF8.self))
        }
        guard let first = number(maxDigits: 8) else { return nil }
        var days: UInt64 = 0
        var hours = first
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            days = first
            guard let h = number(maxDigits: 2) else { return nil }
            hours = h
        } else if first > 23 {
            return nil
        }
        guard rest.first == UInt8(ascii: ":") else { return nil }
        rest = rest.dropFirst()
        guard let minutes = number(maxDigits: 2) else { return nil }
        var seconds: UInt64 = 0
        var fraction: UInt64 = 0
        if rest.first == UInt8(ascii: ":") {
            rest = rest.dropFirst()
            guard let s = number(maxDigits: 2) else { return nil }
            seconds = s
            if rest.first == UInt8(ascii: ".") {
                let digits = rest.dropFirst().prefix(while: isDigit)
                guard !digits.isEmpty, digits.count <= 7 else { return nil }
                fraction = fractionTicks(digits)
                rest = rest.dropFirst(1 + digits.count)
            }
        }
        guard rest.isEmpty, hours < 24, minutes < 60, seconds < 60 else { return nil }
        var total: UInt64 = 0
        for (value, unit) in [(days, ticksPerDay), (hours, ticksPerHour), (minutes, ticksPerMinute), (seconds, ticksPerSecond), (fraction, 1)] {
            guard let sum = add(total, value, times: unit) else { return nil }
            total = sum
        }
        return total
    }
}

extension TimeSpan: Codable {
    /// Decodes a string in either form (``init(parsing:)``).
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose `underlyingError` is the
    ///   ``LexicalFormError``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try TimeSpan(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: container.codingPath, debugDescription: "\(error)", underlyingError: error))
        }
    }

    /// Encodes ``xmlSchemaDuration`` for DataContract XML, ``constantFormat`` for any other
    /// encoder (Json.NET's form).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.isDataContract ? xmlSchemaDuration : constantFormat)
    }
}

extension TimeSpan: CustomStringConvertible {
    /// The constant format, as `TimeSpan.ToString()` gives it.
    public var description: String { constantFormat }
}
