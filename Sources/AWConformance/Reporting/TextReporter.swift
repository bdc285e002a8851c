/// Renders a report for a person: one block per file, each finding with its position, rule,
/// message, expected vs actual and the offending line with a caret under the column; then a
/// summary line.
///
/// ```
/// Samples/PhoneChat/AcceptReceivedBooking/response.xml
///   4:5  error  xml.syntax  <ActionCandidate> opened here is never closed …
///        |     <ActionCandidate>BookingUser Needs to Confirm<ActionCandidate>
///        |     ^
/// 2 files checked: 9 errors, 1 warning, 0 notes
/// ```
public struct TextReporter: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for file in report.files {
            let findings = report.findings(in: file)
            out += "\(file)\n"
            if findings.isEmpty {
                out += "  ok\n"
                continue
            }
            for finding in findings {
                let position = finding.line.map { line in "\(line):\(finding.column ?? 1)" } ?? "-"
                let place = finding.path.isEmpty ? "" : "  \(finding.path)"
                out += "  \(position.padding(8))\(finding.severity.rawValue.padding(8))\(finding.rule)\(place)\n"
                out += "      \(finding.message)\n"
                if finding.expected != nil || finding.actual != nil {
                    out += "      expected: \(finding.expected ?? "-")   actual: \(finding.actual ?? "-")\n"
                }
                if let line = finding.line, let text = report.excerpt(file: file, line: line) {
                    let shown = String(text.prefix(160))
                    out += "      | \(shown)\n"
                    if let column = finding.column, column >= 1, column <= shown.count + 1 {
                        // Keep tabs so the caret lines up under the column.
                        let lead = shown.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                        out += "      | \(lead)^\n"
                    }
                }
            }
        }
        let s = report.summary
        out += "\(s.files) \(s.files == 1 ? "file" : "files") checked: \(s.errors) \(s.errors == 1 ? "error" : "errors"), \(s.warnings) \(s.warnings == 1 ? "warning" : "warnings"), \(s.notes) \(s.notes == 1 ? "note" : "notes")\n"
        return out
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (at least one space).
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
