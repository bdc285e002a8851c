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
    public var files: [String] {
        get { orderedFiles }
        set {
            orderedFiles = newValue
            fileSet = Set(newValue)
        }
    }
    private var orderedFiles: [String]
    /// ``files`` as a set, so that ``append(_:)`` stays linear over thousands of files.
    private var fileSet: Set<String>
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
        self.orderedFiles = files
        self.fileSet = Set(files)
        self.sources = sources
        self.endpoints = endpoints
        self.rules = rules
        self.title = title
    }

    /// Adds another report's files and findings after this one's.
    public mutating func append(_ other: CheckReport) {
        findings += other.findings
        for file in other.files where fileSet.insert(file).inserted { orderedFiles.append(file) }
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
        findingsByFile()[file] ?? []
    }

    /// Every file's findings, each list by line then column (findings without a position first,
    /// then in the order produced): one pass over the findings, for reporters.
    public func findingsByFile() -> [String: [Finding]] {
        var byFile: [String: [(offset: Int, finding: Finding)]] = [:]
        for (offset, finding) in findings.enumerated() { byFile[finding.file, default: []].append((offset, finding)) }
        return byFile.mapValues { list in
            list.sorted { a, b in
                (a.finding.line ?? 0, a.finding.column ?? 0, a.offset) < (b.finding.line ?? 0, b.finding.column ?? 0, b.offset)
            }.map(\.finding)
        }
    }

    /// The files grouped by endpoint (``endpoints``, else the endpoint of the file's first
    /// finding, else `-`), groups in the order their first file appears, files in report order.
    public func filesByEndpoint(_ byFile: [String: [Finding]]? = nil) -> [(endpoint: String, files: [String])] {
        let byFile = byFile ?? findingsByFile()
        var order: [String] = []
        var groups: [String: [String]] = [:]
        for file in files {
            let endpoint = endpoints[file] ?? byFile[file]?.first?.endpoint ?? "-"
            if groups[endpoint] == nil { order.append(endpoint) }
            groups[endpoint, default: []].append(file)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// The lines of every file's text, indexed once (for excerpts).
    public func sourceLines() -> [String: SourceLines] {
        sources.mapValues(SourceLines.init)
    }

    /// The text of line `line` (1-based) of `file`, without its line break, or `nil`. Indexes the
    /// file on each call; reporters quoting many lines use ``sourceLines()`` once.
    public func excerpt(file: String, line: Int) -> String? {
        guard let source = sources[file] else { return nil }
        return SourceLines(source)[line]
    }
}
