extension JSONTree {
    /// The UTF-8 form of a JSON text: `bytes` as they are, unless they start with a UTF-16 byte
    /// order mark (`FF FE` little-endian, `FE FF` big-endian), which Foundation's `JSONDecoder`
    /// honours too; then the text after the mark, transcoded. So ``parse(_:)`` (and `awkit
    /// check`) and the decoder agree on such a response.
    ///
    /// - Throws: ``JSONSyntaxError`` ``JSONSyntaxError/Code/invalidUTF16`` for an odd number of
    ///   bytes or a lone surrogate, at the line and column where it stands.
    static func utf8(fromUnicode bytes: [UInt8]) throws(JSONSyntaxError) -> [UInt8] {
        guard bytes.count >= 2 else { return bytes }
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): bigEndian = false
        case (0xFE, 0xFF): bigEndian = true
        default: return bytes
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1
        var column = 1
        func invalid(_ message: String) -> JSONSyntaxError {
            JSONSyntaxError(code: .invalidUTF16, line: line, column: column, offset: out.count, message: message)
        }
        var index = 2
        func unit(at i: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
        }
        while index < bytes.count {
            guard index + 1 < bytes.count else { throw invalid("the UTF-16 text ends in the middle of a code unit") }
            let first = unit(at: index)
            index += 2
            var value = UInt32(first)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 1 < bytes.count, (0xDC00...0xDFFF).contains(unit(at: index)) else {
                    throw invalid("a UTF-16 high surrogate (0x\(String(first, radix: 16, uppercase: true))) is not followed by a low one")
                }
                value = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(unit(at: index)) - 0xDC00)
                index += 2
            } else if (0xDC00...0xDFFF).contains(first) {
                throw invalid("a UTF-16 low surrogate (0x\(String(first, radix: 16, uppercase: true))) stands alone")
            }
            out.append(contentsOf: Unicode.Scalar(value).map { Array(String($0).utf8) } ?? [])
            if value == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return out
    }
}
