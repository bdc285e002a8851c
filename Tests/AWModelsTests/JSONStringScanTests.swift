@testable import AWModels
import Foundation
import Testing

/// `ResponseDecoder` looks for what Foundation reads and RFC 8259 refuses (a raw control
/// character, invalid UTF-8, an escape JSON does not have, a comma before `]`) with a scan that
/// reads a string's body eight bytes at a time. These put each such byte, and each byte that
/// ends a word early (`"`, `\`), at every position of the words around it, so a byte the word
/// test missed would show as a document accepted or a string changed.
@Suite("JSON: the string scan finds every byte, wherever it falls in a word")
struct JSONStringScanTests {
    /// `{"s":"<prefix><byte><suffix>"}` as bytes, the special byte at `position` of a 24-byte body.
    private func document(_ special: [UInt8], at position: Int) -> Data {
        let body = Array(repeating: UInt8(ascii: "a"), count: position) + special
            + Array(repeating: UInt8(ascii: "b"), count: 24 - position)
        return Data(Array(#"{"s":""#.utf8) + body + Array(#"","t":[1,2]}"#.utf8))
    }

    private func decode(_ data: Data) -> Result<[String: String], any Error> {
        Result { try ResponseDecoder().decode(Wrapper.self, from: data, format: .json).values }
    }

    private struct Wrapper: Decodable {
        var values: [String: String]
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            values = ["s": try container.decode(String.self, forKey: Key(stringValue: "s")!)]
        }
        struct Key: CodingKey {
            var stringValue: String
            init?(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
    }

    /// The scan must send the document to `JSONTree` (Foundation reads some of these bytes
    /// in some places, so the scan is what stands between them and the model), and the decoder
    /// must refuse it with the checker's syntax error.
    private func expectSyntaxError(_ data: Data, _ comment: Comment) {
        #expect(ResponseDecoder.mayBreakRFC8259(data), comment)
        guard case .failure(let error) = decode(data), case DecodingError.dataCorrupted(let context) = error,
            context.underlyingError is JSONSyntaxError
        else {
            Issue.record("accepted, or not a syntax error: \(decode(data)) — \(comment)")
            return
        }
    }

    @Test("a raw control character, U+0000 among them, is refused at every position", arguments: [0x00, 0x01, 0x0A, 0x1F] as [UInt8])
    func controlCharacter(_ byte: UInt8) {
        for position in 0...24 { expectSyntaxError(document([byte], at: position), "0x\(byte) at \(position)") }
    }

    @Test("invalid UTF-8 is refused at every position (a lone continuation byte, a cut sequence)")
    func invalidUTF8() {
        for position in 0...24 {
            expectSyntaxError(document([0x80], at: position), "0x80 at \(position)")
            expectSyntaxError(document([0xE6, 0x97], at: position), "E6 97 at \(position)")
            expectSyntaxError(document([0xC0, 0xAF], at: position), "overlong C0 AF at \(position)")
            expectSyntaxError(document([0xE0, 0x80, 0xAF], at: position), "overlong E0 80 AF at \(position)")
            expectSyntaxError(document([0xED, 0xA0, 0x80], at: position), "surrogate ED A0 80 at \(position)")
            expectSyntaxError(document([0xF4, 0x90, 0x80, 0x80], at: position), "above U+10FFFF at \(position)")
            expectSyntaxError(document([0xF5, 0x80, 0x80, 0x80], at: position), "F5 at \(position)")
        }
    }

    @Test("an escape JSON does not have is refused at every position")
    func unknownEscape() {
        for position in 0...24 {
            expectSyntaxError(document(Array(#"\q"#.utf8), at: position), "\\q at \(position)")
            expectSyntaxError(document(Array(#"\é"#.utf8), at: position), "\\é at \(position)")
        }
    }

    @Test("escaped quotes and backslashes, and valid UTF-8, read exactly at every position")
    func escapesAndText() throws {
        for position in 0...24 {
            let prefix = String(repeating: "a", count: position)
            let suffix = String(repeating: "b", count: 24 - position)
            let quoted = try decode(document(Array(#"\"\\"#.utf8), at: position)).get()
            #expect(quoted["s"] == prefix + #""\"# + suffix, "\\\" \\\\ at \(position)")
            // The edges of table 3-7: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
            let edges = "\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}日é😀"
            let text = try decode(document(Array(edges.utf8), at: position)).get()
            #expect(text["s"] == prefix + edges + suffix, "non-ASCII at \(position)")
            #expect(!ResponseDecoder.mayBreakRFC8259(document(Array(edges.utf8), at: position)), "non-ASCII at \(position)")
        }
    }

    @Test("a sequence cut by the end of the document is refused")
    func cutAtEnd() {
        #expect(ResponseDecoder.mayBreakRFC8259(Data([0x22, 0x61, 0xE6, 0x97])))
        #expect(ResponseDecoder.mayBreakRFC8259(Data([0x22, 0xF0, 0x9F, 0x98])))
        #expect(!ResponseDecoder.mayBreakRFC8259(Data([0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22])))
    }

    @Test("a comma before ] after a long string is still refused")
    func commaAfterLongString() {
        let data = Data(#"{"s":"abcdefghijklmnopqrstuvwxyz0123456789","t":[1,]}"#.utf8)
        expectSyntaxError(data, "[1,]")
    }
}
