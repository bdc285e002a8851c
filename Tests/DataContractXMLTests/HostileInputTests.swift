import DataContractXML
import Foundation
import Testing

@Suite("hostile input and limits")
struct HostileInputTests {
    func xmlError(_ xml: String, options: DataContractDecoder.Options = .init()) throws -> DataContractXMLError {
        try #require(throws: DataContractXMLError.self) { try decode(Note.self, xml, options: options) }
    }

    @Test func anyDOCTYPEIsRefused() throws {
        let error = try xmlError(#"<!DOCTYPE R><R xmlns="urn:t"><Text>x</Text></R>"#)
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 1)
    }

    @Test func externalEntityIsRefusedBeforeAnyFileAccess() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE R [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <R xmlns="urn:t"><Text>&xxe;</Text></R>
            """
        let error = try xmlError(xml)
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 2)
    }

    @Test func billionLaughsIsRefused() throws {
        var decls = #"<!ENTITY lol0 "lol">"#
        for i in 1...9 { decls += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let error = try xmlError("<!DOCTYPE R [\(decls)]><R xmlns=\"urn:t\"><Text>&lol9;</Text></R>")
        #expect(error.code == .doctypeRefused)
    }

    @Test func undeclaredEntityReferenceIsRefused() throws {
        let error = try xmlError(doc("<Text>&foo;</Text>"))
        #expect(error.code == .entityRefused)
    }

    @Test func nestingDeeperThanTheLimitIsRefused() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxDepth = 10
        let deep = String(repeating: "<a>", count: 11) + String(repeating: "</a>", count: 11)
        let error = try xmlError(deep, options: options)
        #expect(error.code == .depthLimitExceeded)
        // Exactly at the limit is fine as XML (the model then sees no Text member).
        let ok = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
        #expect(try decode(Note.self, ok, options: options).text == nil)
    }

    @Test func defaultDepthLimitOf256IsEnforced() throws {
        #expect(DataContractDecoder.Limits().maxDepth == 256)
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(try xmlError(deep).code == .depthLimitExceeded)
    }

    @Test func textLongerThanTheLimitIsRefusedEvenWhenSplitAcrossPieces() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxTextBytes = 100
        #expect(DataContractDecoder.Limits().maxTextBytes == 16 * 1024 * 1024)
        let text = String(repeating: "x", count: 60) + "&amp;" + String(repeating: "y", count: 40)
        let error = try xmlError(doc("<Text>\(text)</Text>"), options: options)
        #expect(error.code == .textLimitExceeded)
        #expect(try decode(Note.self, doc("<Text>\(String(repeating: "z", count: 100))</Text>"), options: options).text?.count == 100)
    }

    @Test func tooManyAttributesAreRefused() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxAttributes = 4
        let attributes = (0..<5).map { " a\($0)=\"v\"" }.joined()
        let error = try xmlError("<R\(attributes)/>", options: options)
        #expect(error.code == .attributeLimitExceeded)
    }

    @Test func documentOverTheSizeLimitIsRefused() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxDocumentBytes = 50
        #expect(DataContractDecoder.Limits().maxDocumentBytes == nil)
        let error = try xmlError(doc("<Text>\(String(repeating: "x", count: 100))</Text>"), options: options)
        #expect(error.code == .documentSizeLimitExceeded)
    }

    @Test func truncatedDocumentIsAnErrorNamingTheOpenElement() throws {
        let error = try xmlError(#"<R xmlns="urn:t"><Text>abc"#)
        #expect(error.code == .unexpectedEnd)
        #expect(error.openElement == "Text")
        #expect(error.openElementLine == 1 && error.openElementColumn == 18)
        #expect(try xmlError("").code == .unexpectedEnd)
    }

    @Test func mismatchedEndTagNamesTheOpenElementAndWhereItOpened() throws {
        let error = try xmlError("<R>\n  <Text>x</Txet>\n</R>")
        #expect(error.code == .notWellFormed)
        #expect(error.line == 2)
        #expect(error.openElement == "Text" && error.openElementLine == 2 && error.openElementColumn == 3)
        #expect(!error.missingSlashSuspected)
    }

    @Test func undeclaredPrefixIsAnError() throws {
        #expect(try xmlError("<R><q:Text>x</q:Text></R>").code == .notWellFormed)
    }

    @Test func garbageNeverCrashesAndAlwaysThrows() throws {
        let inputs: [[UInt8]] = [
            [0x00], [0xFF, 0xFF, 0xFF, 0xFF], Array("<".utf8), Array("<R".utf8), Array("</R>".utf8),
            Array("<R></R><R/>".utf8), Array("<R>]]></R>".utf8), Array("<R><![CDATA[x</R>".utf8),
            Array("<?xml version='1.0' encoding='nonesuch'?><R/>".utf8),
        ]
        for input in inputs {
            #expect(throws: DataContractXMLError.self, "\(input)") { try DataContractDecoder().decode(Note.self, from: input) }
        }
    }
}

@Suite("encodings")
struct EncodingTests {
    static let xml = doc("<Text>Zoë ☺</Text>")

    func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in s.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array(Self.xml.utf8)
        #expect(try DataContractDecoder().decode(Note.self, from: plain).text == "Zoë ☺")
        #expect(try DataContractDecoder().decode(Note.self, from: [0xEF, 0xBB, 0xBF] + plain).text == "Zoë ☺")
    }

    @Test(arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        let bytes = utf16(#"<?xml version="1.0" encoding="utf-16"?>"# + Self.xml, bigEndian: bigEndian, bom: true)
        #expect(try DataContractDecoder().decode(Note.self, from: bytes).text == "Zoë ☺")
        // Split inside the BOM and inside a code unit.
        let chunks = [Array(bytes[..<1]), Array(bytes[1..<5]), Array(bytes[5...])]
        #expect(try DataContractDecoder().decode(Note.self, fromChunks: chunks).text == "Zoë ☺")
    }

    @Test(arguments: [("utf-16le", false), ("UTF-16BE", true), ("utf-16", true)])
    func bomLessUTF16WithoutDeclarationNeedsTheCallersCharset(charset: String, bigEndian: Bool) throws {
        // As Web API writes it: no XML declaration, so nothing in the bytes names the encoding.
        let bytes = utf16(Self.xml, bigEndian: bigEndian, bom: false)
        var options = DataContractDecoder.Options()
        options.charset = charset
        #expect(try DataContractDecoder(options: options).decode(Note.self, from: bytes).text == "Zoë ☺")
        #expect(throws: DataContractXMLError.self) { try DataContractDecoder().decode(Note.self, from: bytes) }
    }

    @Test func callersCharsetOverridesTheDeclaredEncoding() throws {
        let bytes = utf16(#"<?xml version="1.0" encoding="utf-8"?>"# + Self.xml, bigEndian: false, bom: false)
        var options = DataContractDecoder.Options()
        options.charset = "utf-16le"
        #expect(try DataContractDecoder(options: options).decode(Note.self, from: bytes).text == "Zoë ☺")
    }

    @Test func unknownCharsetIsRefused() throws {
        var options = DataContractDecoder.Options()
        options.charset = "x-no-such-charset"
        let error = try #require(throws: DataContractXMLError.self) {
            try DataContractDecoder(options: options).decode(Note.self, from: Array(Self.xml.utf8))
        }
        #expect(error.code == .unsupportedCharset)
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() throws {
        let bytes = Array("<R>\n<Text>ab".utf8) + [0xC3, 0x28] + Array("</Text></R>".utf8)
        let error = try #require(throws: DataContractXMLError.self) { try DataContractDecoder().decode(Note.self, from: bytes) }
        #expect(error.code == .invalidEncoding)
        #expect(error.line == 2)
        #expect(error.column == 9)
    }
}
