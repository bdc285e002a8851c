import AWModels
import DataContractXML
import Foundation
import Testing

/// One `ResponseDecoder` kept for many responses (its XML decoders and their sessions are
/// reused): every response still reads in its own charset and with the current options.
@Suite("ResponseDecoder kept across responses")
struct ResponseDecoderReuseTests {
    struct Note: Codable, Equatable {
        var Text: String
    }

    /// `<Note><Text>é</Text></Note>` with `é` as one ISO-8859-1 byte (0xE9).
    static let latin1 = Data("<Note><Text>".utf8) + Data([0xE9]) + Data("</Text></Note>".utf8)
    /// The same with `é` in UTF-8 (0xC3 0xA9).
    static let utf8 = Data("<Note><Text>é</Text></Note>".utf8)
    /// Latin-1 bytes whose XML declaration names the encoding (no charset in the header).
    static let declaredLatin1 = Data(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + latin1

    @Test("each response reads in its Content-Type's charset, whatever the one before was")
    func charsetPerResponse() throws {
        let decoder = ResponseDecoder()
        let latin1Type = "application/xml; charset=ISO-8859-1"
        #expect(try decoder.decode(Note.self, from: Self.latin1, contentType: latin1Type) == Note(Text: "é"))
        #expect(try decoder.decode(Note.self, from: Self.utf8, contentType: "application/xml; charset=utf-8") == Note(Text: "é"))
        #expect(try decoder.decode(Note.self, from: Self.latin1, contentType: latin1Type) == Note(Text: "é"))
        // No charset in the header: the declaration decides, not the UTF-8 decoder used before.
        #expect(try decoder.decode(Note.self, from: Self.declaredLatin1, contentType: "application/xml") == Note(Text: "é"))
        // A header charset overrides the declaration (RFC 7303): read as UTF-8, 0xE9 is invalid.
        #expect(throws: (any Error).self) {
            try decoder.decode(Note.self, from: Self.declaredLatin1, contentType: "application/xml; charset=utf-8")
        }
    }

    @Test("changing xmlOptions applies to the next response")
    func optionsChange() throws {
        var decoder = ResponseDecoder()
        let document = Data("<Note><Text>a</Text><Extra/></Note>".utf8)
        #expect(try decoder.decode(Note.self, from: document, format: .xml) == Note(Text: "a"))
        decoder.xmlOptions.unknownElements = .error
        #expect(throws: DecodingError.self) { try decoder.decode(Note.self, from: document, format: .xml) }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Note.self, from: document, contentType: "application/xml; charset=utf-8")
        }
    }
}
