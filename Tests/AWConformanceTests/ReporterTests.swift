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

    @Test("text: grouped by endpoint then file, ordered by position, excerpt, caret, sums by rule and severity")
    func text() {
        let text = TextReporter().render(report)
        #expect(text == """
            endpoint Shop/GetOrder: 1 file, 1 error, 1 warning, 0 notes
            a/order.json
              1:9     warning value.null  Note
                  Note is null <&> \\u{1}
                  expected: string   actual: null
                  | {"Note": null,
                  |         ^
              2:3     error   property.missing  Paid
                  documented property "Paid" (boolean) is missing from Order
                  expected: Paid   actual: -
                  | \t"X": 1}
                  | \t ^
            endpoint -: 1 file, 0 errors, 0 warnings, 0 notes
            b/clean.json
              ok
            findings by rule:
              property.missing  1 error
              value.null        1 warning
            2 endpoints, 2 files checked: 1 error, 1 warning, 0 notes

            """)
    }

    @Test("text: files of one endpoint are grouped even when not side by side; endpoints come from the report")
    func grouping() {
        let report = CheckReport(
            findings: [
                Finding(rule: .valueType, endpoint: "A/One", file: "3.json", path: "X", message: "m"),
                Finding(rule: .valueType, severity: .note, endpoint: "A/One", file: "3.json", path: "Y", message: "n"),
            ],
            files: ["1.json", "2.json", "3.json"], endpoints: ["1.json": "A/One", "2.json": "B/Two"])
        let text = TextReporter().render(report)
        #expect(text.hasPrefix("endpoint A/One: 2 files, 1 error, 0 warnings, 1 note\n1.json\n  ok\n3.json\n"))
        #expect(text.contains("endpoint B/Two: 1 file, 0 errors, 0 warnings, 0 notes\n2.json\n  ok\n"))
        #expect(text.hasSuffix("findings by rule:\n  value.type  1 error, 1 note\n2 endpoints, 3 files checked: 1 error, 0 warnings, 1 note\n"))
    }

    @Test("text: ESC, BEL, C1 and bidi controls from a response are escaped in every field; tabs kept")
    func controlCharactersAreEscaped() {
        let report = CheckReport(
            findings: [
                Finding(
                    rule: .valueType, endpoint: "A/One", file: "r\u{1B}[2J.json", path: "N\u{7}ame",
                    line: 1, column: 14, message: "found \u{1B}]0;owned\u{7} and \u{9B}31m\nsecond line",
                    expected: "\u{202E}x", actual: "\u{0}")
            ],
            files: ["r\u{1B}[2J.json"], sources: ["r\u{1B}[2J.json": "\t{\"a\": \"\u{1B}[31mred\", \"b\": 1}"],
            endpoints: ["r\u{1B}[2J.json": "A/One"])
        let text = TextReporter().render(report)
        for raw in ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "\u{0}"] {
            #expect(!text.unicodeScalars.contains(raw.unicodeScalars.first!), "\(raw.unicodeScalars.first!.value)")
        }
        #expect(text.contains("r\\u{1B}[2J.json\n"))
        #expect(text.contains("value.type  N\\u{7}ame\n"))
        #expect(text.contains("found \\u{1B}]0;owned\\u{7} and \\u{9B}31m\\u{A}second line\n"))
        #expect(text.contains("expected: \\u{202E}x   actual: \\u{0}\n"))
        // The caret stands under column 14 ("r"), the escape counted at its printed width (6).
        #expect(text.contains("      | \t{\"a\": \"\\u{1B}[31mred\", \"b\": 1}\n      | \t\(String(repeating: " ", count: 17))^\n"))
    }

    @Test("excerpts of 5,000 lines of one file each quote their own line")
    func manyExcerpts() {
        let source = (1...5_000).map { "line \($0)\r" }.joined(separator: "\n")
        let findings = (1...5_000).map { (n: Int) in
            Finding(rule: .valueType, endpoint: "A/One", file: "big.json", path: "", line: n, column: 1, message: "m\(n)")
        }
        let report = CheckReport(findings: findings, files: ["big.json"], sources: ["big.json": source], endpoints: ["big.json": "A/One"])
        let text = TextReporter().render(report)
        #expect(text.contains("      m4999\n      | line 4999\n      | ^\n"))
        #expect(text.contains("      m5000\n      | line 5000\n"))
        #expect(report.excerpt(file: "big.json", line: 5_001) == nil)
        let lines = SourceLines(source)
        #expect(lines.count == 5_000)
        #expect(lines[1] == "line 1")
        #expect(lines[0] == nil)
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
