import AWModels
import Foundation
import Testing

/// Issue 15, fault 10: a JSON response in UTF-16 with a byte order mark decoded (Foundation
/// honours the mark) while `JSONTree`, which `awkit check` reads with, called it not well-formed.
@Suite("UTF-16 JSON with a byte order mark")
struct UTF16JSONTests {
    /// `text` as UTF-16 with its byte order mark, little- or big-endian.
    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    @Test("JSONTree reads both byte orders: values, a character outside the BMP, positions", arguments: [false, true])
    func tree(bigEndian: Bool) throws {
        let tree = try JSONTree.parse(utf16("{\"Nickname\": \"Zoë 🎧\",\n \"Credits\": 8.50}", bigEndian: bigEndian))
        guard case .object(let members, _) = tree.root else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["Nickname", "Credits"])
        #expect(members[0].value == .string("Zoë 🎧", JSONTree.Position(line: 1, column: 14, offset: 13)))
        #expect(members[1].keyPosition.line == 2)
        #expect(members[1].keyPosition.column == 2)
        if case .number(let text, _) = members[1].value { #expect(text == "8.50") } else { Issue.record("not a number") }
    }

    @Test("a U+FEFF after the UTF-16 byte order mark is content: JSONTree refuses it as Foundation does (FuzzJSON, crash-utf16-bom-twice)")
    func byteOrderMarkTwice() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0xFF, 0xFE, 0x36, 0x00]  // BOM, U+FEFF, "6"
        do throws(JSONSyntaxError) {
            let tree = try JSONTree.parse(bytes)
            Issue.record("read as \(tree.root)")
        } catch {
            #expect(error.code == .unexpectedCharacter)
            #expect((error.line, error.column) == (1, 1))
        }
        #expect(throws: DecodingError.self) { try ResponseDecoder().decode(Int.self, from: Data(bytes), format: .json) }
        // One byte order mark is still read, in UTF-16 and in UTF-8.
        #expect(try ResponseDecoder().decode(Int.self, from: Data([0xFF, 0xFE, 0x36, 0x00]), format: .json) == 6)
        #expect(try JSONTree.parse([0xEF, 0xBB, 0xBF, 0x36]).root.typeName == JSONTree.parse([0x36]).root.typeName)
    }

    @Test("a syntax error is found at its line and column in UTF-16 too")
    func syntaxError() {
        #expect(throws: JSONSyntaxError.self) { try JSONTree.parse(self.utf16("{\"a\": 1\n \"b\": 2}", bigEndian: false)) }
        do {
            _ = try JSONTree.parse(utf16("{\"a\": 1\n \"b\": 2}", bigEndian: false))
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 2)
            #expect(error.code == .unexpectedCharacter)
        }
    }

    @Test("a lone surrogate or an odd byte count is an error naming UTF-16")
    func invalidUTF16() {
        // "[" then a lone high surrogate D800, then "]", little-endian.
        let lone: [UInt8] = [0xFF, 0xFE, 0x5B, 0x00, 0x00, 0xD8, 0x5D, 0x00]
        #expect(throws: JSONSyntaxError.self) { try JSONTree.parse(lone) }
        do { _ = try JSONTree.parse(lone) } catch { #expect(error.code == .invalidUTF16) }
        do { _ = try JSONTree.parse([0xFF, 0xFE, 0x5B, 0x00, 0x5D]) } catch {
            #expect(error.code == .invalidUTF16)
            #expect(error.message.contains("middle of a code unit"))
        }
    }

    @Test("the booking sample in UTF-16 decodes to the same model as in UTF-8")
    func sampleDecodes() throws {
        let utf8 = try sample("PhoneChat/AcceptReceivedBooking/response.json")
        let text = String(decoding: utf8, as: UTF8.self)
        let decoder = ResponseDecoder()
        let expected = try decoder.decode(PhoneChat.ReceivedBooking.self, from: utf8)
        for bigEndian in [false, true] {
            let bytes = Data(utf16(text, bigEndian: bigEndian))
            #expect(try decoder.decode(PhoneChat.ReceivedBooking.self, from: bytes) == expected)
            #expect(try JSONTree.parse(bytes) == JSONTree.parse(utf8))
        }
    }
}
