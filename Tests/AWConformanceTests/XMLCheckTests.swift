import AWConformance
import AWModels
import DataContractXML
import Foundation
import Testing

/// A valid order as DataContract XML for ``orderSchema``: Buyer's base member in urn:base first.
private let validOrderXML = """
    <Order xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:orders">\
    <Amount>12.5000</Amount><Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating>\
    <d2p1:Name>Ann</d2p1:Name></Buyer><Codes>1,2,3</Codes><Id>7</Id><Kind>1</Kind>\
    <Note i:nil="true"/><Paid>1</Paid><Placed>2020-05-01T10:00:00.5</Placed><Status>Open</Status></Order>
    """

private func checkXML(_ xml: String) throws -> [Finding] {
    let runner = ConformanceRunner(schemas: [orderSchema.endpoint: orderSchema])
    let file = ResponseFile(path: "order.xml", endpoint: orderSchema.endpoint, format: .xml)
    return runner.check(file, data: Data(xml.utf8)).0.findings
}

@Suite("Checks on XML documents")
struct XMLCheckTests {
    @Test("a DataContract document that keeps every promise has no findings (xs:boolean 1, decimal scale)")
    func clean() throws {
        #expect(try checkXML(validOrderXML) == [])
    }

    @Test("wrong root name and namespace")
    func root() throws {
        let xml = validOrderXML.replacingOccurrences(of: "<Order ", with: "<Purchase ")
            .replacingOccurrences(of: "</Order>", with: "</Purchase>")
            .replacingOccurrences(of: "xmlns=\"urn:orders\">", with: "xmlns=\"urn:other\">")
        let rules = try checkXML(xml).map(\.rule)
        #expect(rules.contains("xml.root-name"))
        #expect(rules.contains("xml.root-namespace"))
    }

    @Test("a member in another namespace than its contract's, compared by URI not prefix")
    func memberNamespace() throws {
        // Same URI through another prefix: fine.
        let renamed = validOrderXML.replacingOccurrences(of: "d2p1", with: "q")
        #expect(try checkXML(renamed) == [])
        // Name in the base namespace: wrong.
        let moved = validOrderXML.replacingOccurrences(of: "<d2p1:Name>Ann</d2p1:Name>", with: "<Name xmlns=\"urn:base\">Ann</Name>")
        let findings = try checkXML(moved)
        #expect(findings.map(\.rule) == ["xml.member-namespace"])
        #expect(findings.first?.path == "Buyer.Name")
        #expect(findings.first?.expected == "urn:people")
        #expect(findings.first?.actual == "urn:base")
    }

    @Test("members out of DataContract order: a warning naming the member a .NET reader would skip")
    func order() throws {
        let swapped = validOrderXML.replacingOccurrences(of: "<Codes>1,2,3</Codes><Id>7</Id>", with: "<Id>7</Id><Codes>1,2,3</Codes>")
        let findings = try checkXML(swapped)
        #expect(findings.map(\.rule) == ["xml.member-order"])
        #expect(findings.first?.path == "Codes")
        #expect(findings.first?.severity == .warning)
    }

    @Test("XML lexical forms: whitespace around numbers allowed, not in strings; nil where not allowed")
    func values() throws {
        let findings = try checkXML(validOrderXML
            .replacingOccurrences(of: "<Id>7</Id>", with: "<Id> 7 </Id>")
            .replacingOccurrences(of: "<Paid>1</Paid>", with: "<Paid>yes</Paid>")
            .replacingOccurrences(of: "<Status>Open</Status>", with: "<Status i:nil=\"true\"/>"))
        #expect(findings.map(\.rule) == ["value.type", "value.null"])
        #expect(findings.map(\.path) == ["Paid", "Status"])
    }

    @Test("not well-formed: one finding per missing / at the start tag that should be the end tag")
    func missingSlash() throws {
        let broken = validOrderXML.replacingOccurrences(of: "<Status>Open</Status>", with: "<Status>Open<Status>")
        let findings = try checkXML(broken)
        let syntax = findings.filter { $0.rule == "xml.syntax" }
        #expect(syntax.count == 1)
        #expect(syntax.first?.message.contains("a \"/\" looks missing (</Status>)") == true)
        #expect(syntax.first?.expected == "</Status>")
        // Read leniently, the document's values are still checked, and no model finding piles on.
        #expect(!findings.contains { $0.rule == "model.decode" })
    }

    @Test("hostile XML is refused with a syntax finding, never read")
    func hostile() throws {
        let findings = try checkXML("<!DOCTYPE Order [<!ENTITY x \"y\">]><Order>&x;</Order>")
        #expect(findings.map(\.rule) == ["xml.syntax"])
        #expect(findings.first?.message.contains("DOCTYPE") == true)
    }
}

@Suite("JSON↔XML parity")
struct ParityCheckTests {
    let json = #"{"Id": 7, "Amount": 12.5, "Status": "Open", "Kind": 1, "Note": null, "Placed": "2020-05-01T10:00:00.5", "Paid": true, "Codes": "1,2,3", "Buyer": {"Rating": 4, "Name": "Ann"}}"#

    private func parity(json: String, xml: String) throws -> [Finding] {
        let jsonNode = DocumentNode(json: try JSONTree.parse(Array(json.utf8)).root)
        let xmlNode = DocumentNode(xml: try #require(try XMLTree.parse(Array(xml.utf8)).root))
        return ParityChecker(schema: orderSchema, jsonFile: "a.json", xmlFile: "a.xml").check(json: jsonNode, xml: xmlNode)
    }

    @Test("the same record in both formats is equal by value: 12.5 = 12.5000, true = 1, .5 = .5000000")
    func equal() throws {
        let xml = validOrderXML.replacingOccurrences(of: "10:00:00.5<", with: "10:00:00.5000000<")
        #expect(try parity(json: json, xml: xml) == [])
    }

    @Test("each differing path is reported with both values")
    func differences() throws {
        let xml = validOrderXML
            .replacingOccurrences(of: "<Rating xmlns=\"urn:base\">4</Rating>", with: "<Rating xmlns=\"urn:base\">5</Rating>")
            .replacingOccurrences(of: "<Note i:nil=\"true\"/>", with: "<Note>hi</Note>")
            .replacingOccurrences(of: "<Codes>1,2,3</Codes>", with: "")
        let findings = try parity(json: json, xml: xml)
        #expect(findings.map(\.path) == ["Note", "Codes", "Buyer.Rating"])
        #expect(findings.map(\.expected) == ["null", "\"1,2,3\"", "4"])
        #expect(findings.map(\.actual) == ["hi", "absent", "5"])
        #expect(findings.allSatisfy { $0.rule == "parity.value" && $0.file == "a.xml" })
    }
}

@Suite("XML checks learnt from the docs' sample")
struct XMLSampleOrderTests {
    /// ``orderSchema`` with the member order its XML sample would show: Buyer's base member
    /// (Rating, urn:base) before its own (Name, urn:people).
    static let schemaWithOrder: EndpointSchema = {
        var schema = orderSchema
        schema.types["Person"]?.xmlMemberOrder = ["Rating", "Name"]
        schema.response?.xmlMemberOrder = ["Amount", "Buyer", "Codes", "Id", "Kind", "Note", "Paid", "Placed", "Status"]
        return schema
    }()

    private func check(_ xml: String) -> [Finding] {
        let runner = ConformanceRunner(schemas: [orderSchema.endpoint: Self.schemaWithOrder])
        return runner.check(ResponseFile(path: "o.xml", endpoint: orderSchema.endpoint, format: .xml), data: Data(xml.utf8)).0.findings
    }

    private let valid = """
        <Order xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:orders"><Amount>1</Amount>\
        <Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating><d2p1:Name>Ann</d2p1:Name></Buyer>\
        <Codes>1</Codes><Id>7</Id><Kind>1</Kind><Note i:nil="true"/><Paid>true</Paid>\
        <Placed>2020-05-01T10:00:00</Placed><Status>Open</Status></Order>
        """

    @Test("the sample's order is accepted")
    func clean() {
        #expect(check(valid) == [])
    }

    @Test("base-class members after the derived ones: a .NET reader would lose them")
    func baseGroupLast() {
        let swapped = valid.replacingOccurrences(
            of: "<Rating xmlns=\"urn:base\">4</Rating><d2p1:Name>Ann</d2p1:Name>",
            with: "<d2p1:Name>Ann</d2p1:Name><Rating xmlns=\"urn:base\">4</Rating>")
        let findings = check(swapped)
        #expect(findings.map(\.rule) == ["xml.member-order"])
        #expect(findings.first?.path == "Buyer.Rating")
    }

    @Test("a member written twice: a warning (the DCS reader keeps the first)")
    func duplicateMember() {
        let findings = check(valid.replacingOccurrences(of: "<Id>7</Id>", with: "<Id>7</Id><Id>8</Id>"))
        #expect(findings.map(\.rule) == ["xml.duplicate-member"])
        #expect(findings.first?.actual == "8")
    }

    @Test("an enum string with white space around it is not a documented value")
    func enumStringNotTrimmed() {
        let findings = check(valid.replacingOccurrences(of: "<Status>Open</Status>", with: "<Status> Open </Status>"))
        #expect(findings.map(\.rule) == ["value.enum"])
    }

    @Test("an empty element of an aws: type the docs do not define is an empty object, not a type error")
    func emptyUndefinedObject() throws {
        var schema = Self.schemaWithOrder
        schema.types["Person"] = nil
        let runner = ConformanceRunner(schemas: [schema.endpoint: schema])
        let xml = valid.replacingOccurrences(of: #"<Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating><d2p1:Name>Ann</d2p1:Name></Buyer>"#, with: "<Buyer/>")
        let findings = runner.check(ResponseFile(path: "o.xml", endpoint: schema.endpoint, format: .xml), data: Data(xml.utf8)).0.findings
        #expect(findings == [])
    }
}

@Suite("Configuration files")
struct ConfigurationFileTests {
    @Test("an unknown key is refused, so a typo cannot widen an override", arguments: [
        #"{"overrides":[{"rule":"parity.value","paths":"Client.*","severity":"ignore"}]}"#,
        #"{"rule":{"parity.value":"ignore"}}"#,
    ])
    func unknownKeys(json: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try CheckConfiguration.load(from: url) } throws: { error in
            (error as? ConfigurationError)?.message.contains("unknown key") == true
        }
    }
}
