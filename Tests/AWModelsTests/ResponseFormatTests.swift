import AWModels
import Foundation
import Testing

@Suite("Choosing JSON or XML")
struct ResponseFormatTests {
    @Test("media types, with and without charset, any case", arguments: [
        ("application/json", ResponseFormat.json, nil as String?),
        ("text/json; charset=utf-8", .json, "utf-8"),
        ("application/xml; charset=\"UTF-16LE\"", .xml, "utf-16le"),
        ("Text/XML", .xml, nil),
        ("application/problem+json", .json, nil),
    ])
    func mediaTypes(contentType: String, format: ResponseFormat, charset: String?) throws {
        let result = try ResponseFormat.from(contentType: contentType)
        #expect(result.format == format)
        #expect(result.charset == charset)
    }

    @Test("an HTML error page is refused by its media type")
    func html() {
        #expect { try ResponseFormat.from(contentType: "text/html; charset=utf-8") } throws: {
            ($0 as? ResponseDecodingError)?.code == .unsupportedMediaType
        }
    }

    @Test("sniffed from the first character after white space and a byte order mark", arguments: [
        (Array("  {\"a\":1}".utf8), ResponseFormat.json),
        (Array("\n[1]".utf8), .json),
        (Array("<ReceivedBooking/>".utf8), .xml),
        ([0xEF, 0xBB, 0xBF] + Array(" <a/>".utf8), .xml),
        ([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00], .xml),
        ([0xFE, 0xFF, 0x00, 0x20, 0x00, 0x7B], .json),
    ])
    func sniff(bytes: [UInt8], format: ResponseFormat) throws {
        #expect(try ResponseFormat.sniff(bytes) == format)
    }

    @Test("empty and unrecognisable bodies are errors with codes")
    func sniffErrors() {
        #expect { try ResponseFormat.sniff(Array("  \n".utf8)) } throws: { ($0 as? ResponseDecodingError)?.code == .emptyBody }
        #expect { try ResponseFormat.sniff(Array("Hello".utf8)) } throws: { ($0 as? ResponseDecodingError)?.code == .unrecognizedFormat }
    }
}
