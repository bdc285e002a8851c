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
///   name" instead of "Input is not proper UTF-8". So a piece never ends within 3 bytes after the
///   start of an invalid or incomplete sequence: those bytes wait for the next chunk (at most 3
///   bytes; an end tag always ends in `>`, so no item waits).
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
    /// The last (up to) 6 bytes handed: enough to find the start of the character in which the
    /// last 3 bytes of a window begin (fewer only when fewer were handed: then the window starts
    /// at the document's first byte, a character boundary).
    private var recent: [UInt8] = []

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

    /// How many bytes at the end of `piece` (the next bytes of the document, after everything
    /// handed so far) must wait for more input: 0 when the whole piece can be handed.
    func holdBack(_ piece: some Collection<UInt8>) -> Int {
        let count = piece.count
        if unit > 1 { return (handed + count) % unit }
        let tail = min(count, 7)
        var window = recent
        window.append(contentsOf: piece.suffix(tail))
        guard let unsafe = Self.unsafeSequenceStart(window) else { return 0 }
        let pieceStart = window.count - tail
        return unsafe >= pieceStart ? window.count - unsafe : count
    }

    /// Records that `bytes` were handed to libxml2.
    mutating func handed(_ bytes: some Collection<UInt8>) {
        handed += bytes.count
        guard !bytes.isEmpty else { return }
        recent.append(contentsOf: bytes.suffix(6))
        if recent.count > 6 { recent.removeFirst(recent.count - 6) }
    }

    /// The index of the first UTF-8 sequence that starts within the last 3 bytes of `window`
    /// and is invalid or incomplete there; `nil` when there is none, or when an invalid sequence
    /// starts earlier (libxml2 reports that one, having 4 bytes or more after it).
    static func unsafeSequenceStart(_ window: [UInt8]) -> Int? {
        let count = window.count
        let limit = max(0, count - 3)
        // Start decoding at a character boundary: back over continuation bytes (at most 3).
        var index = limit
        while index > 0, limit - index < 3, window[index] & 0xC0 == 0x80 { index -= 1 }
        while index < count {
            let lead = window[index]
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
            default: return index >= limit ? index : nil
            }
            var valid = true
            for offset in 1..<length where index + offset < count {
                let byte = window[index + offset]
                if offset == 1 ? !second.contains(byte) : byte & 0xC0 != 0x80 {
                    valid = false
                    break
                }
            }
            if !valid || index + length > count { return index >= limit ? index : nil }
            index += length
        }
        return nil
    }
}
