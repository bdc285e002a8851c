/// Where AWKit ends each piece it hands libxml2's push parser, so that the verdict on a document
/// does not depend on how its bytes were cut into chunks (libxml2 2.9.14 judges some bytes by
/// where the buffer it has ends).
///
/// Two behaviours of libxml2 2.9.14 make a cut matter, both measured with its push parser
/// (FuzzTesting/README.md, "libxml2 and chunk boundaries"):
/// - **UTF-8 near the end of the buffer.** `xmlCurrentChar` treats a byte sequence that is
///   invalid or incomplete, and starts fewer than 4 bytes before the end of the bytes it has, as
///   "a truncated input buffer splitting a character": it returns 0 without an error. A start
///   tag libxml2 has committed to parsing (it saw a `>`) then fails as "error parsing attribute
///   name" instead of "Input is not proper UTF-8". So no piece ends within 3 bytes after the
///   start of the document's first invalid or incomplete sequence: those bytes wait for the
///   next chunk (at most 3 bytes; an end tag always ends in `>`, so no item waits). Once an
///   invalid sequence has 4 bytes after it, libxml2 reports it where it stands and nothing
///   later can change the verdict, so no byte waits any more. Only the first such sequence
///   counts: holding back for a later one (bytes `C3 3E AC F0 9F`, say, cut after `AC`) could
///   leave the first with fewer than 4 bytes after it (FuzzXMLStreaming,
///   crash-libxml2-invalid-utf8-three-cuts).
/// - **UCS-4 cut inside a character.** With a 4-byte encoding (detected as UCS-4 from the first
///   bytes, converted through iconv), a piece that ends inside a character leaves libxml2 in its
///   start state with the rest never converted: even a well-formed document fails ("Extra
///   content at the end of the document" at 1:1). So such a document is handed in whole 4-byte
///   units.
struct ChunkBoundary {
    /// The width of the document's code units as handed to libxml2: 4 for UCS-4 (UTF-32),
    /// otherwise 1 (UTF-8 and the encodings libxml2 converts safely at any byte).
    var unit = 1
    /// Bytes handed so far.
    private(set) var handed = 0
    /// Bytes handed so far (``handed``, under a name the `handed(_:)` method does not shadow).
    var handedCount: Int { handed }
    /// The handed bytes from the start of the document's first invalid or incomplete UTF-8
    /// sequence, while fewer than 4 bytes follow it (so at most 3); empty when there is none.
    private var pending: [UInt8] = []
    /// An invalid sequence was handed with 4 bytes or more after it: libxml2 reports it (or an
    /// earlier error) whatever follows, so no byte waits any more.
    private var settled = false

    /// The document's first bytes while they may still be an XML declaration (`<?xml` … `?>`,
    /// at most 512 bytes), and whether its end has been found or it is known to have none.
    private var declaration: [UInt8] = []
    private var declarationSettled = false

    /// Where in `piece` (the next bytes of the document) an XML declaration at the start of the
    /// document ends, just after its first `?>`, when more of the piece follows: the piece is
    /// then handed in two parts. libxml2 converts everything it holds when the declaration
    /// names the encoding, so bytes after the declaration that the converter refuses would
    /// otherwise fail before the declaration itself is read, only when they came in the same
    /// piece (FuzzXMLStreaming, crash-encoding-declaration-error-or-converter-first).
    mutating func declarationEnd(in piece: UnsafeRawBufferPointer) -> Int? {
        guard !declarationSettled, !piece.isEmpty else { return nil }
        let before = declaration.count
        declaration.append(contentsOf: piece.prefix(512 - before))
        let opening: [UInt8] = [0x3C, 0x3F, 0x78, 0x6D, 0x6C]  // "<?xml"
        guard declaration.count >= 5 else { return nil }
        guard declaration.starts(with: opening) else { return settleDeclaration() }
        var index = max(5, before - 1)
        while index + 1 < declaration.count {
            if declaration[index] == 0x3F, declaration[index + 1] == 0x3E {
                let end = index + 2 - before
                settleDeclaration()
                return end < piece.count ? end : nil
            }
            index += 1
        }
        if declaration.count >= 512 { settleDeclaration() }
        return nil
    }

    @discardableResult
    private mutating func settleDeclaration() -> Int? {
        declarationSettled = true
        declaration = []
        return nil
    }

    /// The unit width for a document whose first 4 bytes are `head`, read with the caller's
    /// libxml2 encoding name (`nil`: detected from the bytes).
    static func unit(head: [UInt8], encodingName: String?) -> Int {
        if let encodingName {
            let name = encodingName.uppercased()
            return ["UCS-4", "UCS4", "UTF-32", "UTF32"].contains { name.contains($0) } ? 4 : 1
        }
        // The four UCS-4 byte orders libxml2's `xmlDetectCharEncoding` recognises by "<".
        let ucs4: [[UInt8]] = [[0, 0, 0, 0x3C], [0x3C, 0, 0, 0], [0, 0, 0x3C, 0], [0, 0x3C, 0, 0]]
        return ucs4.contains(head) ? 4 : 1
    }

    /// Whether libxml2 converts a document whose first 4 bytes are `head` (no caller charset):
    /// the byte orders its `xmlDetectCharEncoding` recognises as UCS-4, UTF-16 (by a byte order
    /// mark or by `<?`) and EBCDIC (`<?xm`), all of which it reads through a converter.
    static func isConverted(head: [UInt8]) -> Bool {
        let converted: [[UInt8]] = [
            [0, 0, 0, 0x3C], [0x3C, 0, 0, 0], [0, 0, 0x3C, 0], [0, 0x3C, 0, 0],
            [0x3C, 0, 0x3F, 0], [0, 0x3C, 0, 0x3F], [0x4C, 0x6F, 0xA7, 0x94],
        ]
        return converted.contains(head) || head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE])
    }

    /// How many bytes at the end of `piece` (the next bytes of the document, after everything
    /// handed so far) must wait for more input: 0 when the whole piece can be handed. The rest
    /// of `piece` is then to be handed (``handed(_:)``).
    mutating func holdBack(_ piece: UnsafeRawBufferPointer) -> Int {
        let count = piece.count
        if unit > 1 { return (handed + count) % unit }
        if settled || count == 0 { return 0 }
        if pending.isEmpty { return plan(piece, pendingCount: 0) }
        let joined = pending + Array(piece)
        let pendingCount = pending.count
        return joined.withUnsafeBytes { plan($0, pendingCount: pendingCount) }
    }

    /// `bytes` are ``pending`` (`pendingCount` bytes, handed already) and then the next piece:
    /// sets the state for what will have been handed, and returns how many bytes of the piece wait.
    private mutating func plan(_ bytes: UnsafeRawBufferPointer, pendingCount: Int) -> Int {
        let count = bytes.count
        guard let bad = Self.firstBadSequence(bytes) else {
            pending = []
            return 0
        }
        // libxml2 keeps a piece's final CR back until it has parsed the rest (`end_in_lf` in
        // `xmlParseChunk`), so it counts as not yet there (FuzzXMLStreaming, crash-final-cr-held-by-libxml2).
        let available = bytes[count - 1] == 0x0D ? count - 1 : count
        if available - bad >= 4 {
            settled = true
            pending = []
            return 0
        }
        let hold = min(count - pendingCount, count - bad)
        pending = bad < count - hold ? Array(bytes[bad..<(count - hold)]) : []
        return hold
    }

    /// Records that `bytes` were handed to libxml2 (the first bytes, handed when the parser is
    /// made, without ``holdBack(_:)``: their first bad sequence is noted here).
    mutating func handed(_ bytes: some Collection<UInt8>) {
        if handed == 0, !bytes.isEmpty, declaration.isEmpty, !declarationSettled {
            // The first bytes, handed when the parser is made: the start of a declaration, maybe.
            declaration = Array(bytes.prefix(512))
        }
        if handed == 0, unit == 1, !bytes.isEmpty {
            let first = Array(bytes)
            first.withUnsafeBytes { raw in
                if let bad = Self.firstBadSequence(raw) {
                    if raw.count - bad >= 4 { settled = true } else { pending = Array(raw[bad...]) }
                }
            }
        }
        handed += bytes.count
    }

    /// The start of the first UTF-8 sequence in `bytes` (which begin at a character boundary)
    /// that is invalid, or incomplete at the end; `nil` when every sequence is complete and valid.
    static func firstBadSequence(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time: the usual document is all ASCII.
            if index + 8 <= count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return index
            }
            if index + length > count { return index }
            if !second.contains(bytes[index + 1]) { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
