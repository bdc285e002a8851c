/// The recursive-descent parser behind ``JSONTree/parse(_:)``.
struct JSONTreeParser {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0
    var depth = 0
    /// Whether a UTF-8 byte order mark at the start is skipped (not after a UTF-16 one).
    var skipsByteOrderMark = true

    /// The column cache: the column of byte `columnOffset` on the line starting at
    /// `columnLineStart`. Positions are asked for in increasing order, so counting on from the
    /// last one keeps the whole parse linear even for a one-line document.
    var columnLineStart = 0
    var columnOffset = 0
    var column = 1

    /// Where the next byte stands.
    mutating func currentPosition() -> JSONTree.Position {
        if columnLineStart != lineStart || columnOffset > index {
            columnLineStart = lineStart
            columnOffset = lineStart
            column = 1
        }
        // Count scalars, not bytes: skip UTF-8 continuation bytes.
        while columnOffset < index {
            if bytes[columnOffset] & 0xC0 != 0x80 { column += 1 }
            columnOffset += 1
        }
        return JSONTree.Position(line: line, column: column, offset: index)
    }

    /// The position of `offset` on the current line (error path only: counts from the line start).
    func position(at offset: Int) -> JSONTree.Position {
        var column = 1
        var i = lineStart
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return JSONTree.Position(line: line, column: column, offset: offset)
    }

    func error(_ code: JSONSyntaxError.Code, _ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let p = position(at: offset ?? index)
        return JSONSyntaxError(code: code, line: p.line, column: p.column, offset: p.offset, message: message)
    }

    /// `found "x"`, `found a line break`, or `found the end of the text`.
    var found: String {
        guard index < bytes.count else { return "found the end of the text" }
        switch bytes[index] {
        case 0x0A, 0x0D: return "found a line break"
        case 0x20...0x7E: return "found \"\(Unicode.Scalar(bytes[index]))\""
        default: return "found byte 0x\(String(bytes[index], radix: 16, uppercase: true))"
        }
    }

    func unexpected(_ expected: String) -> JSONSyntaxError {
        index < bytes.count
            ? error(.unexpectedCharacter, "expected \(expected), \(found)")
            : error(.unexpectedEnd, "expected \(expected), \(found)")
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONTree.Node {
        if skipsByteOrderMark, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        skipWhitespace()
        let root = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw error(.trailingContent, "expected the end of the text after the top-level value, \(found)")
        }
        return root
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONTree.Node {
        guard index < bytes.count else { throw unexpected("a value") }
        let start = currentPosition()
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return .string(try parseString(), start)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true, start)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false, start)
        case UInt8(ascii: "n"): try literal("null"); return .null(start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(start)
        default: throw unexpected("a value (object, array, string, number, true, false or null)")
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        let ok = word.withUTF8Buffer { w in
            guard bytes.count - index >= w.count else { return false }
            for i in 0..<w.count where bytes[index + i] != w[i] { return false }
            return true
        }
        guard ok else { throw error(.unexpectedCharacter, "expected \"\(word)\"", at: start) }
        index += word.utf8CodeUnitCount
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONTree.maximumDepth {
            throw error(.tooDeep, "arrays and objects nested deeper than \(JSONTree.maximumDepth)")
        }
    }

    mutating func parseObject(_ start: JSONTree.Position) throws(JSONSyntaxError) -> JSONTree.Node {
        try enter()
        index += 1
        var members: [JSONTree.Member] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members, start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw unexpected("a member name in double quotes")
            }
            let keyPosition = currentPosition()
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw unexpected("\":\" after the member name \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONTree.Member(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected("\",\" or \"}\" after the member \"\(key)\"") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(members, start)
            }
            throw unexpected("\",\" or \"}\" after the member \"\(key)\"")
        }
    }

    mutating func parseArray(_ start: JSONTree.Position) throws(JSONSyntaxError) -> JSONTree.Node {
        try enter()
        index += 1
        var items: [JSONTree.Node] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(items, start)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected("\",\" or \"]\" after item \(items.count - 1)") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(items, start)
            }
            throw unexpected("\",\" or \"]\" after item \(items.count - 1)")
        }
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error(.unexpectedEnd, "expected 4 hex digits after \\u") }
            let b = bytes[index]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - 0x61 + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - 0x41 + 10
            default: throw error(.invalidEscape, "expected 4 hex digits after \\u, \(found)")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else {
                throw error(.unexpectedEnd, "the string that starts here is never closed", at: open)
            }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: out, as: UTF8.self) else {
                    throw error(.invalidUTF8, "the string that starts here is not valid UTF-8", at: open)
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.unexpectedEnd, "expected an escape after \\") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A high surrogate must be followed by \u and a low surrogate.
                        guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw error(.invalidEscape, "a high surrogate \\u escape without its low surrogate") }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw error(.invalidEscape, "a high surrogate \\u escape without its low surrogate")
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error(.invalidEscape, "a low surrogate \\u escape without a high one")
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    index -= 1
                    throw error(.invalidEscape, "\\\(Unicode.Scalar(e)) is not a JSON escape")
                }
            case 0x00..<0x20:
                let what = b == 0x0A || b == 0x0D ? "a raw line break" : "control character U+\(String(format4: b))"
                throw error(
                    .controlCharacterInString,
                    "\(what) inside a string (write it as an escape such as \\n); the string starts at column \(position(at: open).column) of line \(position(at: open).line)")
            default:
                out.append(b)
                index += 1
            }
        }
    }

    mutating func parseNumber(_ start: JSONTree.Position) throws(JSONSyntaxError) -> JSONTree.Node {
        let begin = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] &- 0x30 < 10 }
        guard isDigit(index) else { throw error(.invalidNumber, "expected a digit in the number, \(found)") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw error(.invalidNumber, "a number may not have a leading zero") }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw error(.invalidNumber, "expected a digit after the decimal point, \(found)") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw error(.invalidNumber, "expected a digit in the exponent, \(found)") }
            while isDigit(index) { index += 1 }
        }
        var text: [UInt8] = []
        for i in begin..<index { text.append(bytes[i]) }
        return .number(String(decoding: text, as: UTF8.self), start)
    }
}

extension String {
    /// Four uppercase hex digits of a byte, as in `U+000A`.
    fileprivate init(format4 byte: UInt8) {
        let hex = String(byte, radix: 16, uppercase: true)
        self = String(repeating: "0", count: 4 - hex.count) + hex
    }
}
