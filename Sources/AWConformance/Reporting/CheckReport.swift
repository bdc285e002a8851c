import Foundation

/// The result of checking a set of responses: every finding, the files looked at, and their text
/// for excerpts.
public struct CheckReport: Sendable {
    /// Counts for the summary line and the JSON report's `summary` object.
    public struct Summary: Codable, Hashable, Sendable {
        public var files: Int
        public var errors: Int
        public var warnings: Int
        public var notes: Int
    }

    /// The findings, in the order the checks produced them (file by file).
    public var findings: [Finding]
    /// The files checked, in order, findings or not.
    public var files: [String]
    /// Each file's text, to quote the offending line.
    public var sources: [String: String]
    /// Each file's endpoint (`Group/Operation`).
    public var endpoints: [String: String]
    /// The rules that applied, in report order: the JUnit reporter writes one test case per file
    /// and rule. ``Rule/documentRules`` for `awkit check`, ``Rule/all`` for `awkit live`.
    public var rules: [Rule]
    /// What produced the report (`awkit check`, `awkit live`): the JUnit `<testsuites>` name.
    public var title: String

    public init(
        findings: [Finding] = [], files: [String] = [], sources: [String: String] = [:],
        endpoints: [String: String] = [:], rules: [Rule] = Rule.documentRules,
        title: String = "awkit check"
    ) {
        self.findings = findings
        self.files = files
        self.sources = sources
        self.endpoints = endpoints
        self.rules = rules
        self.title = title
    }

    /// Adds another report's files and findings after this one's.
    public mutating func append(_ other: CheckReport) {
        findings += other.findings
        for file in other.files where !files.contains(file) { files.append(file) }
        sources.merge(other.sources) { current, _ in current }
        endpoints.merge(other.endpoints) { current, _ in current }
    }

    public var summary: Summary {
        Summary(
            files: files.count,
            errors: findings.count { $0.severity == .error },
            warnings: findings.count { $0.severity == .warning },
            notes: findings.count { $0.severity == .note })
    }

    /// Whether any finding has severity error (`awkit check` then exits 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The findings of one file, by line then column (findings without a position first).
    public func findings(in file: String) -> [Finding] {
        findings.enumerated().filter { $0.element.file == file }.sorted { a, b in
            let l = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let r = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return l < r
        }.map(\.element)
    }

    /// The text of line `line` (1-based) of `file`, without its line break, or `nil`.
    public func excerpt(file: String, line: Int) -> String? {
        guard let source = sources[file], line >= 1 else { return nil }
        var current = 1
        var start = source.startIndex
        while current < line {
            guard let newline = source[start...].firstIndex(of: "\n") else { return nil }
            start = source.index(after: newline)
            current += 1
        }
        let end = source[start...].firstIndex(of: "\n") ?? source.endIndex
        return String(source[start..<end]).replacingOccurrences(of: "\r", with: "")
    }
}
