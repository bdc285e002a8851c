/// Renders a report for a person: the files grouped by endpoint, one block per file, each finding
/// with its position, rule, message, expected vs actual and the offending line with a caret under
/// the column; then the sums: findings by rule, and endpoints, files and findings by severity.
///
/// ```
/// endpoint PhoneChat/AcceptReceivedBooking: 2 files, 8 errors, 0 warnings, 0 notes
/// Samples/PhoneChat/AcceptReceivedBooking/response.xml
///   4:50    error   xml.syntax
///       not well-formed: <ActionCandidate> opened at line 4, column 5 is never closed …
///       |     <ActionCandidate>BookingUser Needs to Confirm<ActionCandidate>
///       |                                                  ^
/// findings by rule:
///   parity.value       6 errors
///   xml.syntax         2 errors
/// 1 endpoint, 2 files checked: 8 errors, 0 warnings, 0 notes
/// ```
///
/// Every string that came from a response, a plan or a page is printed through
/// ``TerminalText/escape(_:keepingLineBreaks:)``, so a server cannot send terminal escape
/// sequences to the reader. The time taken grows linearly with the findings and the files: each
/// file's lines are indexed once.
public struct TextReporter: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var out = ""
        let byFile = report.findingsByFile()
        let lines = report.sourceLines()
        let groups = report.filesByEndpoint(byFile)
        for group in groups {
            let findings = group.files.flatMap { byFile[$0] ?? [] }
            out += "endpoint \(TerminalText.escape(group.endpoint)): \(Self.count(group.files.count, "file")), "
                + Self.severities(findings) + "\n"
            for file in group.files {
                render(file: file, findings: byFile[file] ?? [], lines: lines[file], into: &out)
            }
        }
        var byRule: [String: [Finding]] = [:]
        for finding in report.findings { byRule[finding.rule, default: []].append(finding) }
        if !byRule.isEmpty {
            out += "findings by rule:\n"
            let width = (byRule.keys.map(\.count).max() ?? 0) + 2
            for rule in byRule.keys.sorted() {
                out += "  \(TerminalText.escape(rule).padding(width))\(Self.severities(byRule[rule] ?? [], skippingZero: true))\n"
            }
        }
        let s = report.summary
        out += "\(Self.count(groups.count, "endpoint")), \(Self.count(s.files, "file")) checked: "
            + "\(Self.count(s.errors, "error")), \(Self.count(s.warnings, "warning")), \(Self.count(s.notes, "note"))\n"
        return out
    }

    private func render(file: String, findings: [Finding], lines: SourceLines?, into out: inout String) {
        out += "\(TerminalText.escape(file))\n"
        if findings.isEmpty {
            out += "  ok\n"
            return
        }
        for finding in findings {
            let position = finding.line.map { line in "\(line):\(finding.column ?? 1)" } ?? "-"
            let place = finding.path.isEmpty ? "" : "  \(TerminalText.escape(finding.path))"
            out += "  \(position.padding(8))\(finding.severity.rawValue.padding(8))\(TerminalText.escape(finding.rule))\(place)\n"
            out += "      \(TerminalText.escape(finding.message))\n"
            if finding.expected != nil || finding.actual != nil {
                out += "      expected: \(TerminalText.escape(finding.expected ?? "-"))   actual: \(TerminalText.escape(finding.actual ?? "-"))\n"
            }
            if let line = finding.line, let text = lines?[line] {
                let shown = String(text.prefix(160))
                out += "      | \(TerminalText.escape(shown))\n"
                if let column = finding.column, column >= 1, column <= shown.count + 1 {
                    // Keep tabs so the caret lines up under the column; an escaped character
                    // takes the width of its escape.
                    let lead = shown.prefix(column - 1).map { character in
                        character == "\t" ? "\t" : String(repeating: " ", count: TerminalText.escape(String(character)).count)
                    }.joined()
                    out += "      | \(lead)^\n"
                }
            }
        }
    }

    /// `1 file`, `2 files`.
    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// `2 errors, 1 warning, 0 notes`; with `skippingZero`, only the severities that occur.
    private static func severities(_ findings: [Finding], skippingZero: Bool = false) -> String {
        let counts = [
            (findings.count { $0.severity == .error }, "error"),
            (findings.count { $0.severity == .warning }, "warning"),
            (findings.count { $0.severity == .note }, "note"),
        ]
        return counts.filter { !skippingZero || $0.0 > 0 }.map { count($0.0, $0.1) }.joined(separator: ", ")
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (at least one space).
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
