import Foundation

/// Renders a report as a versioned JSON document:
/// `{"version":1,"findings":[{"rule","severity","endpoint","file","path","line","column","message","expected","actual"}],"summary":{"files","errors","warnings","notes"}}`.
/// Absent line, column, expected or actual are `null`. Keys are sorted; the layout is stable.
public struct JSONReporter: Sendable {
    /// The format version; bumped only on an incompatible change.
    public static let version = 1

    public init() {}

    struct Document: Encodable {
        let version: Int
        let findings: [Entry]
        let summary: CheckReport.Summary
    }

    /// A finding with every key present (nulls written out).
    struct Entry: Encodable {
        let finding: Finding
        enum CodingKeys: String, CodingKey {
            case rule, severity, endpoint, file, path, line, column, message, expected, actual
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(finding.rule, forKey: .rule)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.endpoint, forKey: .endpoint)
            try c.encode(finding.file, forKey: .file)
            try c.encode(finding.path, forKey: .path)
            try c.encode(finding.line, forKey: .line)
            try c.encode(finding.column, forKey: .column)
            try c.encode(finding.message, forKey: .message)
            try c.encode(finding.expected, forKey: .expected)
            try c.encode(finding.actual, forKey: .actual)
        }
    }

    public func render(_ report: CheckReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            version: Self.version, findings: report.findings.map(Entry.init(finding:)), summary: report.summary)
        // Encoding strings, integers and optionals of them cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
