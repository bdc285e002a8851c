/// Renders a report as JUnit XML that CI systems read: one `<testsuite>` per file, one
/// `<testcase>` per rule in it, failing (`<failure>`) when the file has a finding of severity
/// error for that rule; warnings and notes go to the test case's `<system-out>`. The rules are
/// the report's ``CheckReport/rules``. Linear in the files times the rules plus the findings.
public struct JUnitReporter: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        // One pass over the findings, then per file per rule: linear in files × rules + findings.
        let byFile = report.findingsByFile()
        for file in report.files {
            let byRule = Dictionary(grouping: byFile[file] ?? [], by: \.rule)
            var cases = ""
            var failures = 0
            for rule in report.rules {
                let ofRule = byRule[rule.id] ?? []
                let errors = ofRule.filter { $0.severity == .error }
                let others = ofRule.filter { $0.severity != .error }
                let endpoint = report.endpoints[file] ?? ofRule.first?.endpoint ?? "awkit"
                cases += "    <testcase classname=\"\(Self.escape(endpoint))\" name=\"\(Self.escape(rule.id))\">\n"
                if !errors.isEmpty {
                    failures += 1
                    let body = errors.map(line).joined(separator: "\n")
                    cases += "      <failure type=\"\(Self.escape(rule.id))\" message=\"\(Self.escape(errors[0].message))\">\(Self.escape(body))</failure>\n"
                }
                if !others.isEmpty {
                    cases += "      <system-out>\(Self.escape(others.map(line).joined(separator: "\n")))</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            totalTests += report.rules.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(report.rules.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n\(cases)  </testsuite>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="\(Self.escape(report.title))" tests="\(totalTests)" failures="\(totalFailures)" errors="0">
            \(suites)</testsuites>

            """
    }

    private func line(_ finding: Finding) -> String {
        let position = finding.line.map { "\($0):\(finding.column ?? 1)" } ?? "-"
        var text = "\(finding.file):\(position) \(finding.severity) \(finding.path.isEmpty ? "" : finding.path + ": ")\(finding.message)"
        if finding.expected != nil || finding.actual != nil {
            text += " (expected: \(finding.expected ?? "-"), actual: \(finding.actual ?? "-"))"
        }
        return text
    }

    /// Escapes text for XML content and attribute values, and replaces characters XML 1.0
    /// forbids (control characters other than tab, line feed, carriage return) with U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
