import AWConformance
import AWModels
import Foundation
import Testing

/// A valid order as DataContract XML for ``orderSchema`` (as in XMLCheckTests).
private let orderXML = """
    <Order xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:orders">\
    <Amount>12.5000</Amount><Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating>\
    <d2p1:Name>Ann</d2p1:Name></Buyer><Codes>1,2,3</Codes><Id>7</Id><Kind>1</Kind>\
    <Note i:nil="true"/><Paid>1</Paid><Placed>2020-05-01T10:00:00.5</Placed><Status>Open</Status></Order>
    """

private func checkXML(_ xml: String) -> [Finding] {
    let runner = ConformanceRunner(schemas: [orderSchema.endpoint: orderSchema])
    let file = ResponseFile(path: "order.xml", endpoint: orderSchema.endpoint, format: .xml)
    return runner.check(file, data: Data(xml.utf8)).0.findings
}

/// Replays the faults of issue 15 found in the conformance layer: cascades after one cut (9), the
/// YAML alias bomb (4), a token split by CDATA (11), unsafe endpoint IDs (6), `--token-env`
/// given the token (11), header values with line breaks (13).
@Suite("Hostile input to the conformance layer (issue 15)")
struct HostileInputReplayTests {
    @Test("one cut in the XML gives one finding: the syntax error, nothing missing after the cut", arguments: [
        "<Buyer xmlns:d2p1=\"urn:people\"><Rating xmlns=\"urn:base\">4</Rat",
        "<Codes>1,2,3</Codes><Id>7</Id><Ki",
        "<Placed>2020-05-01T1",
        "<Note i:nil=\"tr",
    ])
    func oneCutOneFinding(cutAfter: String) throws {
        let cut = String(orderXML[..<orderXML.range(of: cutAfter)!.upperBound])
        let findings = checkXML(cut)
        #expect(findings.map(\.rule) == ["xml.syntax"], "\(findings.map { "\($0.rule) \($0.path) \($0.message)" })")
        #expect(findings.first?.line == 1)
    }

    @Test("what was read before the cut is still checked: a bad value there is reported")
    func findingsBeforeTheCutStay() {
        let broken = orderXML.replacingOccurrences(of: "<Amount>12.5000</Amount>", with: "<Amount>abc</Amount>")
        let cut = String(broken[..<broken.range(of: "<Id>7</Id><Ki")!.upperBound])
        let findings = checkXML(cut)
        #expect(findings.map(\.rule).sorted() == ["value.type", "xml.syntax"])
        #expect(findings.first { $0.rule == "value.type" }?.path == "Amount")
    }

    @Test("a cut XML answer beside a whole JSON answer: no parity finding for what comes after the cut")
    func parityStopsAtTheCut() throws {
        let runner = ConformanceRunner(schemas: [orderSchema.endpoint: orderSchema])
        let json = ResponseFile(path: "Shop/GetOrder/response.json", endpoint: orderSchema.endpoint, format: .json)
        let xml = ResponseFile(path: "Shop/GetOrder/response.xml", endpoint: orderSchema.endpoint, format: .xml)
        let cut = String(orderXML[..<orderXML.range(of: "<Id>7</Id><Ki")!.upperBound])
        let jsonText = """
            {"Id": 8, "Amount": 12.50, "Status": "Open", "Kind": 1, "Note": null,
             "Placed": "2020-05-01T10:00:00.5", "Paid": true, "Codes": "1,2,3",
             "Buyer": {"Rating": 4, "Name": "Ann"}}
            """
        let report = try runner.check([json, xml]) { path in Data((path.hasSuffix(".json") ? jsonText : cut).utf8) }
        // Id was read before the cut (7 against 8): a true difference. Kind and later: unknown.
        #expect(report.findings.map(\.rule) == ["xml.syntax", "parity.value"])
        #expect(report.findings.last?.path == "Id")
    }

    @Test("a 470-byte YAML alias bomb is refused with a clear message instead of expanding")
    func yamlAliasBomb() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        yaml += "calls: [{endpoint: PhoneChat/AcceptReceivedBooking, body: *i}]\n"
        #expect(yaml.utf8.count < 520)
        let error = try #require(throws: LivePlanError.self) { try LivePlan.parse(Data(yaml.utf8), yaml: true, path: "bomb.yaml") }
        #expect(error.code == .invalid)
        #expect(error.message.contains("more than 1000000 values once its YAML aliases are expanded"))
    }

    @Test("a few aliases (well under the limit) still load")
    func smallAliasesLoad() throws {
        let yaml = "calls:\n  - &call {endpoint: PhoneChat/AcceptReceivedBooking, name: one}\n  - {endpoint: PhoneChat/AcceptReceivedBooking, name: two, body: {Credits: 8}}\n"
        let plan = try LivePlan.parse(Data(yaml.utf8), yaml: true)
        #expect(plan.calls.map(\.name) == ["one", "two"])
    }

    @Test("a token split by CDATA boundaries in a recorded XML body is redacted and the XML stays well-formed", arguments: [
        "<Echo>tok-<![CDATA[SECRET-]]>99ab</Echo>",
        "<Echo><![CDATA[tok-SEC]]><![CDATA[RET-99ab]]></Echo>",
        "<Echo><![CDATA[tok-SECRET]]>-99ab</Echo>",
        "<Echo>tok-SE&#67;RET<![CDATA[-99]]>ab</Echo>",
    ])
    func cdataSplitToken(body: String) throws {
        let token = "tok-SECRET-99ab"
        let redacted = String(decoding: SecretRedactor(secrets: [token]).redact(Data(body.utf8)), as: UTF8.self)
        #expect(!redacted.contains("SECRET"), "\(redacted)")
        #expect(redacted.contains(SecretRedactor.placeholder))
        // What an XML reader makes of it: no token, and the document still reads.
        let tree = try XMLTree.parse(Array(redacted.utf8))
        #expect(tree.root?.text.contains(SecretRedactor.placeholder) == true, "\(redacted)")
    }

    @Test("CDATA around ordinary text is left alone")
    func cdataWithoutToken() {
        let body = "<Echo><![CDATA[a]]>b</Echo>"
        #expect(SecretRedactor(secrets: ["tok-SECRET-99ab"]).redact(Data(body.utf8)) == Data(body.utf8))
    }

    @Test("schemas load only with Group/Operation IDs of safe names", arguments: [
        "../../escaped/X", "PhoneChat/../X", "PhoneChat", "A/B/C", "/X", "A/", "Phone Chat/X", "A/B\u{0}", "Grüppe/X",
    ])
    func unsafeEndpointIDsAreRefused(id: String) throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: orderSchema.encodedJSON()) as? [String: Any])
        object["endpoint"] = id
        let data = try JSONSerialization.data(withJSONObject: object)
        let error = try #require(throws: SchemaLoadingError.self) { try EndpointSchema(jsonData: data, source: "x.json") }
        #expect(error.code == .invalid)
        #expect(error.message.contains("is not Group/Operation"))
        #expect(!EndpointSchema.isSafeEndpointID(id))
    }

    @Test("safe IDs load", arguments: ["PhoneChat/AcceptReceivedBooking", "Shop/GetOrder", "A_1/b2"])
    func safeEndpointIDs(id: String) {
        #expect(EndpointSchema.isSafeEndpointID(id))
    }

    @Test("--token-env given the token itself: no message contains it")
    func tokenEnvHoldingTheToken() {
        for mistaken in ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc", "a1b2c3d4e5f6Secret", "tok-SECRET-99ab"] {
            let error = #expect(throws: LiveSetupError.self) {
                try LiveOptions.token(fromEnvironment: mistaken, environment: [:])
            }
            #expect(error?.message.contains(mistaken) == false, "\(error?.message ?? "")")
        }
        // A conventional variable name is still named, so the user knows what to set.
        let error = #expect(throws: LiveSetupError.self) { try LiveOptions.token(fromEnvironment: "MY_TOKEN", environment: [:]) }
        #expect(error?.message.contains("set the environment variable MY_TOKEN") == true)
    }

    @Test("a plan header value with CR/LF is refused before anything is sent")
    func planHeaderWithLineBreak() throws {
        let json = #"{"calls": [{"endpoint": "PhoneChat/AcceptReceivedBooking", "headers": {"X-A": "1\r\nX-Injected: 2"}}]}"#
        let plan = try LivePlan.parse(Data(json.utf8), yaml: false)
        let error = try #require(throws: LivePlanError.self) {
            try plan.validate(against: SchemaCatalog.builtIn().schemas)
        }
        #expect(error.message.contains("line break or control character"))
        #expect(LivePlan.isHeaderValue("a\tb; c=\"d\""))
        #expect(!LivePlan.isHeaderValue("a\nb"))
        #expect(!LivePlan.isHeaderName("X A"))
    }
}
