import DataContractXML
import Testing

/// Issue 15, fault 12: a start tag with 200,000 attributes was refused only after libxml2 had
/// compared every attribute with every earlier one (10 s). It must be refused while the tag is
/// still being read, as soon as the limit is passed.
@Suite("Attribute floods")
struct AttributeFloodTests {
    func error(_ xml: String, options: DataContractDecoder.Options = .init()) throws -> DataContractXMLError {
        try #require(throws: DataContractXMLError.self) { try decode(Note.self, xml, options: options) }
    }

    @Test("200,000 attributes on the root: refused while the tag is pending, at the tag, naming it")
    func twoHundredThousandAttributes() throws {
        let attributes = (0..<200_000).map { " a\($0)=\"\"" }.joined()
        let error = try error("<R xmlns=\"urn:t\"\(attributes)><Text>x</Text></R>")
        #expect(error.code == .attributeLimitExceeded)
        // The early refusal says "more than"; startElement's count would say "has 200001".
        #expect(error.message == "<R> has more than 256 attributes and namespace declarations; the limit is 256")
        #expect(error.line == 1)
    }

    @Test("The same flood on a nested element, over several lines, in XMLTree too")
    func nestedFloodInTree() throws {
        let attributes = (0..<50_000).map { "\n  b\($0)='1'" }.joined()
        let xml = "<R xmlns=\"urn:t\">\n<Text\(attributes)>x</Text></R>"
        let error = try #require(throws: DataContractXMLError.self) { try XMLTree.parse(Array(xml.utf8), lenient: true) }
        #expect(error.code == .attributeLimitExceeded)
        #expect(error.message.hasPrefix("<Text> has more than 256 attributes"))
        #expect(error.line == 2)
    }

    @Test("'=' and '>' inside quoted values do not count: 200 attributes over 200 KB are accepted")
    func quotedEqualSignsAreNotAttributes() throws {
        let value = String(repeating: "k=v>", count: 250)  // 1,000 bytes of '=' and '>' per value
        let attributes = (0..<200).map { " a\($0)=\"\(value)\"" }.joined()
        let tree = try XMLTree.parse(Array("<R xmlns=\"urn:t\"\(attributes)><Text>x</Text></R>".utf8))
        #expect(tree.root?.children.first?.text == "x")
    }

    @Test("The limit is the option's: the fifth of 4 allowed is refused while the long tag is pending")
    func optionLimit() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxAttributes = 4
        let padding = String(repeating: " ", count: 100_000)
        let error = try error("<R xmlns=\"urn:t\" a='1' b='2' c='3' d='4'\(padding)><Text>x</Text></R>", options: options)
        #expect(error.code == .attributeLimitExceeded)
        #expect(error.message.contains("more than 4"))
    }

    /// FuzzTesting/Failures/FuzzXMLStreaming/crash-attribute-flood-scan-counts-stray-equals: a run
    /// of `=` where a value belongs counted as attributes when the tag's `>` came in a later chunk.
    @Test("Stray '=' signs are no attributes: the tag is not well-formed however the bytes are cut")
    func strayEqualSignsAreNotWellFormedAtEveryCut() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxAttributes = 4
        let bytes = Array(("<R xmlns:i" + String(repeating: "=", count: 45) + "\"urn:x\" a='1'><Text>x</Text></R>").utf8)
        func verdict(_ chunks: [ArraySlice<UInt8>]) -> String {
            do {
                try DataContractDecoder(options: options).decodeItems(of: String?.self, fromChunks: chunks) { _ in }
                return "none"
            } catch let error as DataContractXMLError {
                return "\(error.code) at \(error.line):\(error.column)"
            } catch {
                return "\(error)"
            }
        }
        let whole = verdict([bytes[...]])
        #expect(whole.hasPrefix("xml.not-well-formed at 1:"))
        for cut in 0...bytes.count {
            #expect(verdict([bytes[..<cut], bytes[cut...]]) == whole, "cut at \(cut)")
        }
    }
}
