import DataContractXML
import Foundation

extension ResponseDecoder {
    func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        // Foundation reads `[1,]`, `{"a":1,}`, `01`, `1e2e3`, a raw U+0000 or invalid UTF-8
        // inside a string, and `"\X"` (dropping the backslash); RFC 8259,
        // Json.NET's writer and the checker (`JSONTree`) do not. And Foundation traps (a crash,
        // in `JSONError.SourceLocation`) on 513 `[` at the end of the input, where its own
        // depth limit meets the end. `JSONTree` judges first, and only when one of those may be
        // there, so the usual document pays one byte scan.
        let scan = Self.scanJSON(data)
        var tree: JSONTree?
        if scan.mayBreakRFC8259 {
            do throws(JSONSyntaxError) {
                tree = try JSONTree.parse(data)
            } catch {
                throw Self.syntaxError(error)
            }
        }
        // Json.NET's object references (`[DataContract(IsReference = true)]`): each `{"$ref":"1"}`
        // becomes the bytes of the object with `"$id":"1"`, only when the scan saw a string
        // `"$ref"` or an escaped `$`, or the tree (parsed already) holds a reference.
        var resolved = data
        if scan.mayHoldReferences || tree != nil {
            do {
                if let text = try JSONReferences.resolve(data, tree: tree) { resolved = text }
            } catch let error as JSONSyntaxError {
                throw Self.syntaxError(error)
            } catch let error as JSONReferenceError {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: [], debugDescription: "Invalid JSON reference at \(error)", underlyingError: error))
            }
        }
        do {
            return try jsonDecoder.decode(type, from: resolved)
        } catch let error as DecodingError {
            // Positions in the document as received: the coding path is walked through references.
            throw Self.positioned(error, in: data)
        }
    }

    static func syntaxError(_ error: JSONSyntaxError) -> DecodingError {
        .dataCorrupted(
            DecodingError.Context(codingPath: [], debugDescription: "Invalid JSON at \(error)", underlyingError: error))
    }

    /// Whether JSON allows the byte after a backslash: `"`, `\\`, `/`, `b`, `f`, `n`, `r`, `t`,
    /// `u` (a switch: this runs for every escape of every document decoded).
    static func isJSONEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74, 0x75: true
        default: false
        }
    }

    /// Whether a `,` is followed (after white space) by `]` or `}` outside strings, a number is
    /// not in the plain form (an exponent, a leading zero …), or a string holds a raw control
    /// character, invalid UTF-8 or an escape JSON does not have (`\X`), or arrays and objects nest
    /// deeper than ``JSONTree/maximumDepth`` (Foundation's limit too, which it cannot always
    /// report without trapping); `true` for UTF-16 and UTF-32 text (a byte order mark or a zero
    /// byte), which the byte scan cannot read.
    static func mayBreakRFC8259(_ data: Data) -> Bool { scanJSON(data).mayBreakRFC8259 }

    /// What one byte scan of a JSON document found: whether it may break RFC 8259
    /// (``mayBreakRFC8259(_:)``), and whether it may hold a Json.NET reference: a string that is
    /// exactly `"$ref"`, or a `\u0024` escape (an escaped `$`). The scan stops at the first sign
    /// of the former, and then says nothing of the latter (`mayHoldReferences` is `false`).
    static func scanJSON(_ data: Data) -> (mayBreakRFC8259: Bool, mayHoldReferences: Bool) {
        var references = false
        let breaks = scanJSON(data, references: &references)
        return (breaks, references)
    }

    private static func scanJSON(_ data: Data, references: inout Bool) -> Bool {
        /// `-?(0|[1-9][0-9]*)(.[0-9]+)?`: the number forms Json.NET writes without an exponent.
        func isPlainNumber(_ number: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            var i = number.startIndex
            if number[i] == 0x2D { i += 1 }
            guard i < number.endIndex, number[i] &- 0x30 < 10 else { return false }
            if number[i] == 0x30, i + 1 < number.endIndex, number[i + 1] != 0x2E { return false }
            while i < number.endIndex, number[i] &- 0x30 < 10 { i += 1 }
            guard i < number.endIndex else { return true }
            guard number[i] == 0x2E, i + 1 < number.endIndex else { return false }
            i += 1
            while i < number.endIndex, number[i] &- 0x30 < 10 { i += 1 }
            return i == number.endIndex
        }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let first = bytes.first, first == 0xFE || first == 0xFF || first == 0x00 { return true }
            var inString = false
            var escaped = false
            var comma = false
            var depth = 0
            var index = 0
            let count = bytes.count
            while index < count {
                if inString {
                    if !escaped {
                        // A string's body, eight bytes at a time, up to the word that holds its
                        // end, an escape, a control character or a byte above 0x7F.
                        // The first flagged byte of a word is always a real one, so the scan
                        // goes straight to it.
                        while count - index >= 8 {
                            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                            let flagged = Self.specialStringBytes(word)
                            if flagged != 0 {
                                index += flagged.trailingZeroBitCount >> 3
                                break
                            }
                            index += 8
                        }
                        if index == count { break }
                    }
                    let byte = bytes[index]
                    if byte >= 0x80 {
                        if escaped { return true }  // `\é`: no escape of JSON
                        // Foundation reads invalid UTF-8 inside a string; the checker refuses it.
                        let length = Self.validUTF8SequenceLength(bytes, at: index)
                        if length == 0 { return true }
                        index += length
                        continue
                    }
                    index += 1
                    if byte < 0x20 { return true }
                    if escaped {
                        // Foundation drops the backslash of an escape JSON does not have (`\X`).
                        if !Self.isJSONEscape(byte) { return true }
                        // `\u0024`: an escaped `$`, perhaps of a `$ref` key.
                        if byte == 0x75, count - index >= 4, bytes[index] == 0x30, bytes[index + 1] == 0x30,
                            bytes[index + 2] == 0x32, bytes[index + 3] == 0x34
                        {
                            references = true
                        }
                        escaped = false
                    } else if byte == 0x5C {
                        escaped = true
                    } else if byte == 0x22 {
                        inString = false
                    }
                    continue
                }
                let byte = bytes[index]
                // A number: anything but `-?(0|[1-9][0-9]*)(.[0-9]+)?` (an exponent, a leading
                // zero, `1.`, Foundation's `1e2e3`) is left to `JSONTree`.
                if byte == 0x2D || byte &- 0x30 < 10 {
                    var end = index + 1
                    while end < count, bytes[end] &- 0x30 < 10 || bytes[end] == 0x2E || bytes[end] | 0x20 == 0x65
                        || bytes[end] == 0x2B || bytes[end] == 0x2D
                    { end += 1 }
                    if !isPlainNumber(bytes[index..<end]) { return true }
                    comma = false
                    index = end
                    continue
                }
                index += 1
                switch byte {
                case 0x22:
                    inString = true
                    comma = false
                    // The string `"$ref"` (a key, or a value: the walk tells them apart).
                    if count - index >= 5, bytes[index] == 0x24, bytes[index + 1] == 0x72, bytes[index + 2] == 0x65,
                        bytes[index + 3] == 0x66, bytes[index + 4] == 0x22
                    {
                        references = true
                    }
                case 0x2C: comma = true
                case 0x20, 0x09, 0x0A, 0x0D: break
                case 0x5B, 0x7B:
                    depth += 1
                    if depth > JSONTree.maximumDepth { return true }
                    comma = false
                case 0x5D, 0x7D:
                    if comma { return true }
                    depth -= 1
                case 0x00: return true
                default: comma = false
                }
            }
            // Outside strings a byte above 0x7F is a syntax error Foundation reports itself.
            return false
        }
    }

    /// The length of the well-formed UTF-8 sequence that starts at `index` with a byte above
    /// 0x7F, or 0 when it is ill-formed (Unicode's table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF, no sequence cut by the end of the bytes).
    @inline(__always)
    static func validUTF8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let (length, low, high): (Int, UInt8, UInt8)
        switch bytes[index] {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard bytes.count - index >= length else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The high bit of each byte of `word` (little-endian) that is `"`, `\`, below 0x20 or
    /// above 0x7F, and possibly of bytes above such a byte (a borrow): the lowest set bit is
    /// always a real one, and 0 means none of the eight bytes is special.
    @inline(__always)
    static func specialStringBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control | word) & highs
    }

    /// The error for a body that is not well-formed JSON: the ``JSONTree`` error's position and
    /// reason, as the underlying error.
    static func syntaxError(_ error: any Error) -> DecodingError {
        .dataCorrupted(
            DecodingError.Context(codingPath: [], debugDescription: "Invalid JSON at \(error)", underlyingError: error))
    }

    /// Adds what Foundation leaves out on Linux: for a syntax error, the line, column and reason
    /// (re-parsing with ``JSONTree``); for any other error, where the value at the coding path
    /// stands. Runs only on the error path.
    package static func positioned(_ error: DecodingError, in data: Data) -> DecodingError {
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(data)
        } catch {
            return syntaxError(error)
        }
        // Well-formed, yet Foundation says "not valid JSON": a number that does not fit the
        // model's type (12.5 or 99999999999999999999 for an Int). Foundation gives no path, so
        // name the numbers that fit no integer type.
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
            let candidates = tree.root.numbersThatFitNoInteger(path: "")
            if !candidates.isEmpty {
                let list = candidates.prefix(5).map { "\($0.path) = \($0.text) (\($0.position))" }.joined(separator: "; ")
                return .dataCorrupted(
                    DecodingError.Context(
                        codingPath: [],
                        debugDescription: "a number does not fit the type the model expects (Foundation names no path); numbers that are not whole or overflow 64 bits: \(list)",
                        underlyingError: context.underlyingError))
            }
        }
        // Well-formed: say where the failing value (or, for a missing key, its object) stands.
        var path = error.fullCodingPath
        if case .keyNotFound = error { path.removeLast() }
        guard let position = tree.position(at: path) else { return error }
        let suffix = " (\(position))"
        switch error {
        case .keyNotFound(let key, let c):
            return .keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: c.codingPath,
                    debugDescription: "no \"\(key.stringValue)\" in the object at \(position)",
                    underlyingError: c.underlyingError))
        case .valueNotFound(let type, let c):
            return .valueNotFound(type, c.appending(suffix))
        case .typeMismatch(let type, let c):
            // Foundation leaves the description empty for some types (Decimal).
            let described = c.debugDescription.isEmpty
                ? DecodingError.Context(
                    codingPath: c.codingPath, debugDescription: "expected a value of type \(type)",
                    underlyingError: c.underlyingError)
                : c
            return .typeMismatch(type, described.appending(suffix))
        case .dataCorrupted(let c):
            return .dataCorrupted(c.appending(suffix))
        @unknown default:
            return error
        }
    }
}

extension DecodingError.Context {
    fileprivate func appending(_ text: String) -> DecodingError.Context {
        DecodingError.Context(
            codingPath: codingPath, debugDescription: debugDescription + text,
            underlyingError: underlyingError)
    }
}

extension JSONTree {
    /// Where the value at a coding path starts, or `nil` when the path does not lead to one.
    /// Object keys match the first member of that name (Foundation's decoder keeps the first of
    /// duplicate keys).
    /// A Json.NET reference object (`{"$ref":"1"}`) on the way stands for the object with that
    /// `$id`, as the decoder saw it.
    public func position(at path: [any CodingKey]) -> Position? {
        var node = root
        var identified: [String: Node]?
        for key in path {
            if case .object(let members, _) = node, members.count == 1, members[0].key == "$ref",
                case .string(let id, _) = members[0].value
            {
                if identified == nil { identified = identifiedObjects() }
                if let target = identified?[id] { node = target }
            }
            switch node {
            case .object(let members, _):
                guard let member = members.first(where: { $0.key == key.stringValue }) else { return nil }
                node = member.value
            case .array(let items, _):
                guard let index = key.intValue, items.indices.contains(index) else { return nil }
                node = items[index]
            default:
                return nil
            }
        }
        return node.position
    }
}

extension JSONTree.Node {
    /// The numbers below this node that no Swift integer type can hold (a fraction, an
    /// exponent, or beyond 64 bits), with their coding-path text and position.
    func numbersThatFitNoInteger(path: String) -> [(path: String, text: String, position: JSONTree.Position)] {
        switch self {
        case .number(let text, let position):
            return Int64(text) == nil && UInt64(text) == nil ? [(path.isEmpty ? "(root)" : path, text, position)] : []
        case .object(let members, _):
            return members.flatMap { $0.value.numbersThatFitNoInteger(path: path.isEmpty ? $0.key : "\(path).\($0.key)") }
        case .array(let items, _):
            return items.enumerated().flatMap { $0.element.numbersThatFitNoInteger(path: "\(path)[\($0.offset)]") }
        default:
            return []
        }
    }
}
