extension DateTime {
    /// Parses the .NET DateTime lexical form.
    ///
    /// Accepts exactly `yyyy-MM-ddTHH:mm:ss`, then optionally `.` with 1 to 7 digits, then
    /// optionally `Z` or `±hh:mm`. No surrounding whitespace (the XML decoder trims what XML
    /// Schema allows before calling this).
    ///
    /// - Throws: ``LexicalFormError`` quoting `text`: `malformed` for a wrong shape (missing
    ///   seconds, 8 fraction digits, trailing characters), `outOfRange` for a field out of range
    ///   (month 13, February 30th, hour 24).
    public init(parsing text: String) throws(LexicalFormError) {
        var text = text
        text.makeContiguousUTF8()
        self = try DateTime(utf8: text.utf8.span)
    }

    /// Parses the .NET DateTime lexical form from UTF-8 bytes; see ``init(parsing:)``.
    public init(utf8 bytes: Span<UInt8>) throws(LexicalFormError) {
        if let value = Self.parseCommonForm(bytes) {
            self = value
            return
        }
        try self.init(checkingEachField: bytes)
    }

    /// The forms the API sends (`yyyy-MM-ddTHH:mm:ss`, optionally `.` and 1 to 7 digits,
    /// optionally `Z`) with every field in range, read at fixed offsets; `nil` for anything
    /// else, which ``init(checkingEachField:)`` then reads (and explains, when it is wrong).
    @inline(__always)
    private static func parseCommonForm(_ bytes: Span<UInt8>) -> DateTime? {
        let count = bytes.count
        guard count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":")
        else { return nil }
        // Two digits at `i`, or -1.
        func two(_ i: Int) -> Int {
            let high = bytes[i] &- 0x30
            let low = bytes[i + 1] &- 0x30
            guard high < 10, low < 10 else { return -1 }
            return Int(high) * 10 + Int(low)
        }
        let century = two(0)
        let yearInCentury = two(2)
        let month = two(5)
        let day = two(8)
        let hour = two(11)
        let minute = two(14)
        let second = two(17)
        guard century >= 0, yearInCentury >= 0, month >= 0, day >= 0, hour >= 0, minute >= 0, second >= 0
        else { return nil }
        var index = 19
        var ticks = 0
        var fractionDigits = 0
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, fractionDigits < 7, case let d = bytes[index] &- 0x30, d < 10 {
                ticks = ticks * 10 + Int(d)
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
            for _ in fractionDigits..<7 { ticks *= 10 }
        }
        var kind = Kind.unspecified
        if index < count, bytes[index] == UInt8(ascii: "Z") {
            kind = .utc
            index += 1
        }
        guard index == count else { return nil }
        let value = DateTime(
            uncheckedYear: century * 100 + yearInCentury, month: month, day: day, hour: hour,
            minute: minute, second: second, ticks: ticks, fractionDigits: fractionDigits, kind: kind,
            negativeZeroOffset: false)
        guard value.rangeViolation() == nil else { return nil }
        return value
    }

    /// Parses field by field, saying what is wrong where; see ``init(parsing:)``.
    private init(checkingEachField bytes: Span<UInt8>) throws(LexicalFormError) {
        var index = 0

        func fail(_ code: LexicalFormError.Code, _ reason: String) -> LexicalFormError {
            LexicalFormError(
                code: code, typeName: "DateTime", text: LexicalForm.text(bytes), reason: reason)
        }

        func describeHere() -> String {
            index < bytes.count
                ? "found \"\(Unicode.Scalar(bytes[index]))\" at offset \(index)"
                : "the text ends at offset \(index)"
        }

        func digits(_ count: Int, _ field: String) throws(LexicalFormError) -> Int {
            var value = 0
            for _ in 0..<count {
                guard index < bytes.count, case let d = bytes[index] &- 0x30, d < 10 else {
                    throw fail(.malformed, "expected \(count) digits for the \(field), \(describeHere())")
                }
                value = value * 10 + Int(d)
                index += 1
            }
            return value
        }

        func expect(_ byte: UInt8, _ what: String) throws(LexicalFormError) {
            guard index < bytes.count, bytes[index] == byte else {
                throw fail(.malformed, "expected \(what), \(describeHere())")
            }
            index += 1
        }

        let year = try digits(4, "year")
        try expect(UInt8(ascii: "-"), "\"-\" after the year")
        let month = try digits(2, "month")
        try expect(UInt8(ascii: "-"), "\"-\" after the month")
        let day = try digits(2, "day")
        try expect(UInt8(ascii: "T"), "\"T\" between date and time")
        let hour = try digits(2, "hour")
        try expect(UInt8(ascii: ":"), "\":\" after the hour")
        let minute = try digits(2, "minute")
        try expect(UInt8(ascii: ":"), "\":\" and seconds after the minute")
        let second = try digits(2, "second")
        var ticks = 0
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, case let d = bytes[index] &- 0x30, d < 10 {
                fractionDigits += 1
                if fractionDigits > 7 {
                    throw fail(.malformed, "more than 7 fraction digits (.NET keeps 100 ns ticks)")
                }
                ticks = ticks * 10 + Int(d)
                index += 1
            }
            if fractionDigits == 0 {
                throw fail(.malformed, "expected fraction digits after \".\", \(describeHere())")
            }
            for _ in fractionDigits..<7 { ticks *= 10 }
        }
        var kind = Kind.unspecified
        var negativeZero = false
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "Z"):
                index += 1
                kind = .utc
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let negative = bytes[index] == UInt8(ascii: "-")
                index += 1
                let hours = try digits(2, "offset hours")
                try expect(UInt8(ascii: ":"), "\":\" in the offset")
                let minutes = try digits(2, "offset minutes")
                if minutes > 59 {
                    throw fail(.outOfRange, "offset minutes \(minutes) is not in 0...59")
                }
                let total = hours * 60 + minutes
                kind = .offset(minutes: negative ? -total : total)
                negativeZero = negative && total == 0
            default:
                throw fail(
                    .malformed, "expected \".\", \"Z\", \"+hh:mm\", \"-hh:mm\" or the end, \(describeHere())")
            }
        }
        if index < bytes.count {
            throw fail(.malformed, "unexpected characters after the value, \(describeHere())")
        }
        let value = DateTime(
            uncheckedYear: year, month: month, day: day, hour: hour, minute: minute,
            second: second, ticks: ticks, fractionDigits: fractionDigits, kind: kind,
            negativeZeroOffset: negativeZero)
        if let reason = value.rangeViolation() { throw fail(.outOfRange, reason) }
        self = value
    }
}

extension DateTime: CustomStringConvertible, LosslessStringConvertible {
    /// Parses the lexical form, or returns `nil` when `description` is not one
    /// (use ``init(parsing:)`` to learn why).
    public init?(_ description: String) {
        guard let value = try? DateTime(parsing: description) else { return nil }
        self = value
    }

    /// The lexical form: exactly the text the value was parsed from, or, for a value made from
    /// fields, the form .NET writes (fraction with trailing zeros removed).
    public var description: String {
        var out: [UInt8] = []
        out.reserveCapacity(33)
        appendLexicalForm(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of ``description`` to `out` (the encoder's path, no `String`).
    func appendLexicalForm(to out: inout [UInt8]) {
        // Zero-padded to `width` digits; a value that does not fit (only possible for fields
        // made without checks) is written in full, sign included, rather than trapping.
        func put(_ value: Int, width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            guard value >= 0, value / divisor < 10 else {
                out.append(contentsOf: String(value).utf8)
                return
            }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / divisor % 10))
                divisor /= 10
            }
        }
        put(year, width: 4); out.append(UInt8(ascii: "-"))
        put(month, width: 2); out.append(UInt8(ascii: "-"))
        put(day, width: 2); out.append(UInt8(ascii: "T"))
        put(hour, width: 2); out.append(UInt8(ascii: ":"))
        put(minute, width: 2); out.append(UInt8(ascii: ":"))
        put(second, width: 2)
        if fractionDigits > 0 {
            out.append(UInt8(ascii: "."))
            var scaled = ticks
            for _ in Int(fractionDigits)..<7 { scaled /= 10 }
            put(scaled, width: Int(fractionDigits))
        }
        switch kind {
        case .unspecified: break
        case .utc: out.append(UInt8(ascii: "Z"))
        case .offset(let minutes):
            out.append(minutes < 0 || negativeZeroOffset ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            // `magnitude`, not `abs`, which overflows for Int.min.
            let magnitude = minutes.magnitude
            put(Int(magnitude / 60), width: 2)
            out.append(UInt8(ascii: ":"))
            put(Int(magnitude % 60), width: 2)
        }
    }
}
