import DataContractXML
import Foundation
import Testing

/// Where a start tag begins, as errors report it: found by reading back from libxml2's position
/// (the tag's end) to its `<`, eight bytes at a time, counting characters and line feeds.
@Suite("start tag positions")
struct StartTagPositionTests {
    struct Number: Decodable { var N: Int }

    /// The message of decoding `xml` as `Number`, which fails at `<N>`.
    func message(_ xml: String) -> String {
        do {
            _ = try DataContractDecoder().decode(Number.self, from: Array(xml.utf8))
            return "decoded"
        } catch {
            return messageOf(error)
        }
    }

    @Test func longTagsOnOneLine() {
        // Tags longer than a word, short ones, and a `>` inside an attribute value of the root.
        let xml = #"<R a="x > y" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><N xmlns:p="urn:a-long-namespace-name-that-spans-words">x</N></R>"#
        #expect(message(xml).hasPrefix("line 1, column 66: <N>"))
        #expect(message(#"<R><N>x</N></R>"#).hasPrefix("line 1, column 4: <N>"))
        #expect(message(#"<N>x</N>"#).hasPrefix("line 1, column 1: <N>"))
    }

    @Test func multiByteCharactersCountOnce() {
        // "é" and "😊" are 2 and 4 bytes but one column each, before the tag and inside it.
        let xml = "<R é=\"ééé😊\"><N a=\"😊😊😊😊 long attribute\">x</N></R>"
        #expect(message(xml).hasPrefix("line 1, column 13: <N>"))
    }

    @Test func tagsSpanningLines() {
        // Line feeds inside the start tag: the position is where `<` stands.
        let xml = "<R>\n  <N\n     a=\"1\"\n     b=\"a value longer than eight bytes\">x</N></R>"
        #expect(message(xml).hasPrefix("line 2, column 3: <N>"))
        let crowded = "<R>\n\n\n<N a=\"é\"\n>x</N></R>"
        #expect(message(crowded).hasPrefix("line 4, column 1: <N>"))
    }
}
