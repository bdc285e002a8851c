import AWConformance
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Testing

@Suite("Reporters")
struct ReporterTests {
    let report = CheckReport(
        findings: [
            Finding(
                rule: .propertyMissing, endpoint: "Shop/GetOrder", file: "a/order.json", path: "Paid",
                line: 2, column: 3, message: "documented property \"Paid\" (boolean) is missing from Order", expected: "Paid"),
            Finding(
                rule: .valueNull, endpoint: "Shop/GetOrder", file: "a/order.json", path: "Note",
                line: 1, column: 9, message: "Note is null <&> \u{1}", expected: "string", actual: "null"),
        ],
        files: ["a/order.json", "b/clean.json"],
        sources: ["a/order.json": "{\"Note\": null,\n\t\"X\": 1}"])

    @Test("text: grouped by file, ordered by position, with excerpt, caret and summary")
    func text() {
        let text = TextReporter().render(report)
        #expect(text == """
            a/order.json
              1:9     warning value.null  Note
                  Note is null <&> \u{1}
                  expected: string   actual: null
                  | {"Note": null,
                  |         ^
              2:3     error   property.missing  Paid
                  documented property "Paid" (boolean) is missing from Order
                  expected: Paid   actual: -
                  | \t"X": 1}
                  | \t ^
            b/clean.json
              ok
            2 files checked: 1 error, 1 warning, 0 notes

            """)
    }

    @Test("JSON: versioned, every key present, summary counts")
    func json() throws {
        let data = Data(JSONReporter().render(report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(Set(findings[0].keys) == ["rule", "severity", "endpoint", "file", "path", "line", "column", "message", "expected", "actual"])
        #expect(findings[0]["actual"] is NSNull)
        #expect(findings[1]["rule"] as? String == "value.null")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "errors": 1, "warnings": 1, "notes": 0])
    }

    @Test("JUnit: parses as XML, one test case per file and rule, errors fail, text escaped")
    func junit() throws {
        let xml = JUnitReporter().render(report)
        let document = try XMLDocument(data: Data(xml.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "\(2 * Rule.documentRules.count)")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["a/order.json", "b/clean.json"])
        let failing = suites[0].elements(forName: "testcase").filter { !$0.elements(forName: "failure").isEmpty }
        #expect(failing.map { $0.attribute(forName: "name")?.stringValue } == ["property.missing"])
        let nullCase = suites[0].elements(forName: "testcase").first { $0.attribute(forName: "name")?.stringValue == "value.null" }
        #expect(nullCase?.elements(forName: "system-out").first?.stringValue?.contains("Note is null <&> \u{FFFD}") == true)
    }
}
