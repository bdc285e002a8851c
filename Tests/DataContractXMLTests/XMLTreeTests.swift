import DataContractXML
import Foundation
import Testing

@Suite("XMLTree: the raw element tree for checks")
struct XMLTreeTests {
    @Test("names, namespaces by URI, positions, nil, text and order as written")
    func wellFormed() throws {
        let xml = """
            <Order xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:o">
              <Id xmlns="urn:base"> 7 </Id><b:Note xmlns:b="urn:o" i:nil="1"/>
              <Tags><t>a &amp; b</t><t><![CDATA[<x>]]></t></Tags></Order>
            """
        let tree = try XMLTree.parse(Array(xml.utf8))
        #expect(tree.isWellFormed)
        let root = try #require(tree.root)
        #expect(root.localName == "Order")
        #expect(root.namespace == "urn:o")
        #expect(root.children.map(\.localName) == ["Id", "Note", "Tags"])
        #expect(root.children.map(\.namespace) == ["urn:base", "urn:o", "urn:o"])
        #expect(root.children[0].text == " 7 ")
        #expect(root.children[0].line == 2)
        #expect(root.children[0].column == 3)
        #expect(root.children[1].isNil)
        #expect(root.children[2].children.map(\.text) == ["a & b", "<x>"])
    }

    @Test("strict parsing throws on a malformed document")
    func strict() {
        #expect(throws: DataContractXMLError.self) { try XMLTree.parse(Array("<a><b>x<b></a>".utf8)) }
    }

    @Test("lenient: <A>text<A> is read as the end tag, and the error is kept")
    func missingSlash() throws {
        let xml = "<R xmlns=\"urn:r\">\n  <A>one<A>\n  <B>2</B>\n  <C>three<C>\n</R>"
        let tree = try XMLTree.parse(Array(xml.utf8), lenient: true)
        let root = try #require(tree.root)
        #expect(root.children.map(\.localName) == ["A", "B", "C"])
        #expect(root.children.map(\.text) == ["one", "2", "three"])
        #expect(!tree.isWellFormed)
        #expect(tree.problems.first?.missingSlashSuspected == true)
        #expect(tree.problems.first?.openElementLine == 2)
        #expect(tree.repairs.map(\.element) == ["A", "C"])
        #expect(tree.repairs.map(\.line) == [2, 4])
        #expect(tree.repairs.first?.column == 9)
    }

    @Test("lenient: a truncated document keeps what was read")
    func truncated() throws {
        let tree = try XMLTree.parse(Array("<R><A>1</A><B>2".utf8), lenient: true)
        #expect(tree.root?.children.map(\.localName) == ["A", "B"])
        #expect(tree.problems.isEmpty == false)
    }

    @Test("lenient mode still refuses hostile input")
    func hostile() {
        let xml = "<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>"
        #expect { try XMLTree.parse(Array(xml.utf8), lenient: true) } throws: {
            ($0 as? DataContractXMLError)?.code == .doctypeRefused
        }
    }
}

@Suite("XMLTree on the published sample")
struct XMLTreeSampleTests {
    @Test("the sample as published reads leniently into all 20 members, with two repairs")
    func seed() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/PhoneChat/AcceptReceivedBooking/response.xml")
        let tree = try XMLTree.parse(try Data(contentsOf: url), lenient: true)
        let root = try #require(tree.root)
        #expect(root.children.count == 20)
        #expect(root.children.first { $0.localName == "Comments" }?.text
            == "Hi, I had a great time last weekend, I want to do it again tonight!")
        #expect(root.children.first { $0.localName == "Status" }?.text == "Accepted")
        let client = try #require(root.children.first { $0.localName == "Client" })
        #expect(client.children.first { $0.localName == "Negative" }?.namespace == "http://schemas.datacontract.org/2004/07/API.Models.Profile")
        #expect(tree.repairs.map { "\($0.element)@\($0.line)" } == ["ActionCandidate@4", "Comments@21"])
        #expect(tree.problems.count >= 1)
    }
}
