import DataContractXML
import Foundation
import Testing

/// Character references to characters XML 1.0 forbids, as ASP.NET Web API writes control
/// characters in strings (`CheckCharacters = false`). What .NET writes and reads was asked of
/// Mono 6.8's DataContractSerializer (XmlWriter.Create and XmlDictionaryWriter.CreateTextWriter
/// both write `&#x1;`, `&#xB;`, `&#x0;`, `&#x1F;`, `&#xFFFE;`, `&#xFFFF;`; ReadObject reads each
/// back as the character, also `&#1;` and `&#0000011;`; it refuses a raw U+0001 and `&#x110000;`).
@Suite("restricted character references (&#x1;)")
struct RestrictedCharacterTests {
    /// A document exactly as .NET's Web API writer writes a Note whose text is `text`.
    func dotNetDocument(_ text: String) -> String {
        #"<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t"><Text>"# + text + "</Text></R>"
    }

    @Test("every reference .NET writes for a control character reads as that exact character")
    func everyRestrictedReferenceDotNetWrites() throws {
        let note = try decode(Note.self, dotNetDocument("a&#x1;b&#xB;&#x0;&#x8;&#xC;&#xE;&#x1F;&#xFFFE;&#xFFFF;z"))
        #expect(note.text?.unicodeScalars.map(\.value) == [0x61, 0x1, 0x62, 0xB, 0x0, 0x8, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF, 0x7A])
    }

    @Test("decimal and zero-padded spellings: &#1; &#0000011; &#x0001;")
    func decimalAndPadded() throws {
        let note = try decode(Note.self, dotNetDocument("&#1;&#0000011;&#x0001;"))
        #expect(note.text?.unicodeScalars.map(\.value) == [0x1, 0xB, 0x1])
    }

    @Test("a reference split at every byte boundary of a chunked document reads the same")
    func splitAcrossChunks() throws {
        let bytes = Array(dotNetDocument("x&#x1;y&#0000011;z").utf8)
        for size in 1...12 {
            let note = try DataContractDecoder().decode(Note.self, fromChunks: chunked(bytes, size: size))
            #expect(note.text == "x\u{1}y\u{B}z", "chunks of \(size) bytes")
        }
    }

    @Test("a streamed list reads references split across chunks, item by item")
    func streamedList() throws {
        var xml = #"<ArrayOfItem xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t">"#
        for i in 0..<3 { xml += "<Item><Id>\(i)</Id><Name>n&#x1;\(i)&#xB;</Name></Item>" }
        xml += "</ArrayOfItem>"
        let bytes = Array(xml.utf8)
        for size in [1, 3, 7] {
            let reader = DataContractListReader(of: Item.self)
            var items: [Item] = []
            for chunk in chunked(bytes, size: size) { items += try reader.feed(chunk) }
            items += try reader.finish()
            #expect(items.map(\.name) == ["n\u{1}0\u{B}", "n\u{1}1\u{B}", "n\u{1}2\u{B}"], "chunks of \(size) bytes")
        }
    }

    @Test("positions after a reference stay right: an error further on names its own column")
    func positionsAfterReference() throws {
        let xml = "<R xmlns=\"urn:t\"><Text>&#x1;&#xB;</Text><Text></R>"
        let error = try #require(throws: DataContractXMLError.self) { try decode(Note.self, xml) }
        #expect(error.code == .notWellFormed)
        #expect(error.line == 1)
        // Without the references the same error sits 10 columns earlier.
        let plain = "<R xmlns=\"urn:t\"><Text></Text><Text></R>"
        let plainError = try #require(throws: DataContractXMLError.self) { try decode(Note.self, plain) }
        #expect(error.column == plainError.column + 10)
    }

    @Test("XMLTree keeps the character in the text and lists each reference with its position")
    func treeListsReferences() throws {
        let xml = "<R xmlns=\"urn:t\">\n  <Text>ab&#xB;c&#x0001;</Text>\n</R>"
        for lenient in [false, true] {
            let tree = try XMLTree.parse(Array(xml.utf8), lenient: lenient)
            #expect(tree.root?.children.first?.text == "ab\u{B}c\u{1}")
            #expect(tree.isWellFormed)
            #expect(
                tree.restrictedCharacters == [
                    RestrictedCharacterReference(scalar: "\u{B}", line: 2, column: 11),
                    RestrictedCharacterReference(scalar: "\u{1}", line: 2, column: 17),
                ])
        }
        #expect(try XMLTree.parse(Array(xml.utf8)).restrictedCharacters.first?.description == "U+000B (&#xB;) at line 2, column 11")
    }

    @Test("the refuse policy stops at the reference with a stable code and its position")
    func refusePolicy() throws {
        var options = DataContractDecoder.Options()
        options.restrictedCharacters = .refuse
        let error = try #require(throws: DataContractXMLError.self) {
            try decode(Note.self, dotNetDocument("ab&#x1F;"), options: options)
        }
        #expect(error.code == .restrictedCharacter)
        #expect(error.code.rawValue == "xml.restricted-char")
        #expect(error.line == 1)
        #expect(error.column == 78)
        #expect(error.message.contains("&#x1F;"))
    }

    @Test("what .NET refuses stays refused (raw control character, &#x110000;, &#X1;), and what Swift cannot hold (&#xD800;)")
    func stillRefused() throws {
        for text in ["a\u{1}b", "&#xD800;", "&#x110000;", "&#X1;"] {
            let error = try #require(throws: DataContractXMLError.self, "\(text.debugDescription)") {
                try decode(Note.self, dotNetDocument(text))
            }
            #expect(error.code == .notWellFormed, "\(text.debugDescription)")
        }
        let attribute = #"<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t"><Text i:type="&#x1;">x</Text></R>"#
        #expect(throws: DataContractXMLError.self) { try decode(Note.self, attribute) }
    }

    @Test("inside CDATA a reference is plain text, as .NET reads it")
    func cdataIsLiteral() throws {
        let note = try decode(Note.self, dotNetDocument("<![CDATA[&#x1;]]>"))
        #expect(note.text == "&#x1;")
    }

    @Test("the text size limit counts the characters references add")
    func textLimitCounts() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxTextBytes = 4
        let error = try #require(throws: DataContractXMLError.self) {
            try decode(Note.self, dotNetDocument("&#x1;&#x1;&#x1;&#x1;&#x1;"), options: options)
        }
        #expect(error.code == .textLimitExceeded)
    }

    @Test("hostile input is still refused when the document also holds references")
    func hostileStillRefused() throws {
        let doctype = try #require(throws: DataContractXMLError.self) {
            try decode(Note.self, "<!DOCTYPE R [<!ENTITY e \"x\">]>" + dotNetDocument("&#x1;&e;"))
        }
        #expect(doctype.code == .doctypeRefused)
        let entity = try #require(throws: DataContractXMLError.self) { try decode(Note.self, dotNetDocument("&#x1;&e;")) }
        #expect(entity.code == .entityRefused)
        var options = DataContractDecoder.Options()
        options.limits.maxDepth = 3
        let deep = try #require(throws: DataContractXMLError.self) {
            try decode(Note.self, dotNetDocument("&#x1;<a><b>&#x1;</b></a>"), options: options)
        }
        #expect(deep.code == .depthLimitExceeded)
    }

    @Test("UTF-16 documents (Web API's other encoding) read references too")
    func utf16() throws {
        let xml = dotNetDocument("a&#xB;b")
        let bytes: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let note = try DataContractDecoder().decode(Note.self, from: bytes)
        #expect(note.text == "a\u{B}b")
    }
}
