import AWConformance
import AWModels
import Foundation
import Testing

/// The checks on each response shape: lists item by item, scalar roots, empty bodies.
@Suite("Checks by response shape")
struct ShapeCheckTests {
    static let rate = TypeSchema(name: "RateBreaks", inferred: false, properties: [
        PropertySchema(name: "RateBreakID", type: Fact(.integer, from: .table), required: Fact(true, from: .table), nullable: Fact(false, from: .default)),
        PropertySchema(
            name: "Status", type: Fact(.string, from: .table), required: Fact(true, from: .table), nullable: Fact(false, from: .default),
            enumValues: Fact(["Open", "Closed"], from: .prose)),
    ])

    static func schema(_ shape: ResponseShape, response: TypeSchema? = nil, xml: EndpointSchema.XMLSample? = nil) -> EndpointSchema {
        EndpointSchema(
            endpoint: "Lists/GetRates", title: "Rates", method: "GET", path: "/v1/lists/getRates",
            responseShape: Fact(shape, from: .table), response: response, xml: xml)
    }

    static func check(_ schema: EndpointSchema, _ text: String, _ format: ResponseFormat) -> [Finding] {
        let runner = ConformanceRunner(schemas: [schema.endpoint: schema])
        let file = ResponseFile(path: "response.\(format == .json ? "json" : "xml")", endpoint: schema.endpoint, format: format)
        return runner.check(file, data: Data(text.utf8)).0.findings
    }

    @Test("a JSON list is checked item by item, with [index] paths")
    func jsonList() {
        let schema = Self.schema(.array(of: .object("RateBreaks")), response: Self.rate)
        let findings = Self.check(schema, """
            [{"RateBreakID": 1, "Status": "Open"},
             {"RateBreakID": 2, "Status": "Open"},
             {"RateBreakID": 3, "Status": "Open"},
             {"RateBreakID": 4, "Status": "Gone"},
             {"Status": "Closed"}]
            """, .json)
        #expect(findings.map(\.rule) == ["value.enum", "property.missing"])
        #expect(findings.map(\.path) == ["[3].Status", "[4].RateBreakID"])
        #expect(findings.first?.line == 4)
    }

    @Test("an object where a list is documented is a value.type error at the root")
    func notAList() {
        let schema = Self.schema(.array(of: .object("RateBreaks")), response: Self.rate)
        let findings = Self.check(schema, #"{"RateBreakID": 1, "Status": "Open"}"#, .json)
        #expect(findings.map(\.rule) == ["value.type"])
        #expect(findings.first?.path == "")
    }

    @Test("an XML list: ArrayOf root, each item's element name as the docs' sample has it")
    func xmlList() {
        let xml = EndpointSchema.XMLSample(
            rootName: "ArrayOfRateBreak", rootNamespace: "urn:r", wellFormed: true, problems: [],
            itemName: "RateBreak", itemNamespace: "urn:r")
        let schema = Self.schema(.array(of: .object("RateBreaks")), response: Self.rate, xml: xml)
        let findings = Self.check(schema, """
            <ArrayOfRateBreak xmlns="urn:r">
            <RateBreak><RateBreakID>1</RateBreakID><Status>Open</Status></RateBreak>
            <RateBreaks><RateBreakID>x</RateBreakID><Status>Open</Status></RateBreaks>
            </ArrayOfRateBreak>
            """, .xml)
        #expect(findings.map(\.rule) == ["xml.item-name", "value.type"])
        #expect(findings.map(\.path) == ["[1]", "[1].RateBreakID"])
        #expect(findings.first?.expected == "RateBreak")
        #expect(findings.first?.line == 3)
    }

    @Test("without XML facts, a list's root must still be an ArrayOf… element")
    func xmlListRootName() {
        let schema = Self.schema(.array(of: .object("RateBreaks")), response: Self.rate)
        let findings = Self.check(schema, "<RateBreaks xmlns=\"urn:r\"><RateBreakID>1</RateBreakID><Status>Open</Status></RateBreaks>", .xml)
        #expect(findings.first?.rule == "xml.root-name")
    }

    @Test("a scalar root is checked as a value of its documented type", arguments: [
        ("299", ResponseFormat.json, [String]()),
        ("8.5", .json, []),
        ("\"299\"", .json, ["value.type"]),
        ("<int xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">299</int>", .xml, []),
        ("<decimal xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">abc</decimal>", .xml, ["value.type"]),
    ])
    func scalarRoot(text: String, format: ResponseFormat, rules: [String]) {
        let findings = Self.check(Self.schema(.scalar(.decimal)), text, format)
        #expect(findings.map(\.rule) == rules)
    }

    @Test("an empty body is right exactly where the page documents none")
    func emptyBody() {
        #expect(Self.check(Self.schema(.empty), "", .json).isEmpty)
        #expect(Self.check(Self.schema(.empty), "{}", .json).map(\.rule) == ["response.unexpected-body"])
        #expect(Self.check(Self.schema(.scalar(.integer)), "", .json).map(\.rule) == ["response.empty-body"])
        #expect(Self.check(Self.schema(.array(of: .object("RateBreaks")), response: Self.rate), "\n", .xml).map(\.rule) == ["response.empty-body"])
    }

    @Test("members of a type whose properties the page never shows are not reported as undocumented")
    func unknownType() {
        let unknown = TypeSchema(name: "HotList", inferred: false, properties: [], propertiesUnknown: true)
        let findings = Self.check(Self.schema(.object, response: unknown), #"{"ListID": 1}"#, .json)
        #expect(findings.isEmpty)
    }
}
