import Foundation

/// The result of `awkit diff OLD NEW`: the changes between two snapshots, and how to write them
/// (text, JSON, SARIF).
public struct DiffReport: Sendable {
    /// Counts for the summary line and the JSON document's `summary` object.
    public struct Summary: Codable, Hashable, Sendable {
        public var changes: Int
        public var breaking: Int
        public var nonBreaking: Int
    }

    /// The format version of ``json()``; bumped only on an incompatible change.
    public static let version = 1

    /// What was compared, as given (`runs/2024-05-01`, `Schemas/`).
    public var old: String
    public var new: String
    public var changes: [APIChange]

    public init(old: String, new: String, changes: [APIChange]) {
        self.old = old
        self.new = new
        self.changes = changes
    }

    /// Compares two snapshots (``APIDiff``).
    public init(old: String, new: String, comparing a: APISnapshot, with b: APISnapshot) {
        self.init(old: old, new: new, changes: APIDiff(old: a, new: b).changes())
    }

    /// Whether any change breaks a client (`awkit diff` then exits 1).
    public var hasBreakingChanges: Bool { changes.contains(where: \.breaking) }

    public var summary: Summary {
        let breaking = changes.count(where: \.breaking)
        return Summary(changes: changes.count, breaking: breaking, nonBreaking: changes.count - breaking)
    }

    /// For a person: one block per endpoint and format, a line per change, then a summary.
    ///
    /// ```
    /// PhoneChat/AcceptReceivedBooking json
    ///   breaking      Credits  property.type-changed
    ///       Credits is decimal, was integer; the model reads integer and fails on it
    /// 1 change: 1 breaking, 0 non-breaking
    /// ```
    public func text() -> String {
        var out = "awkit diff \(old) \(new)\n"
        var group = ""
        for change in changes {
            let heading = "\(change.endpoint) \(change.format)"
            if heading != group {
                out += "\(heading)\n"
                group = heading
            }
            let place = change.path.isEmpty ? "" : "  \(change.path)"
            out += "  \(change.breaking ? "breaking    " : "non-breaking")\(place)  \(change.kind)\n"
            out += "      \(change.message)\n"
        }
        if changes.isEmpty { out += "no changes\n" }
        let s = summary
        out += "\(s.changes) \(s.changes == 1 ? "change" : "changes"): \(s.breaking) breaking, \(s.nonBreaking) non-breaking\n"
        return out
    }

    /// For programs: `{"version":1,"old","new","changes":[{"kind","breaking","endpoint","format","path","old","new","message","file","line","column"}],"summary":{"changes","breaking","nonBreaking"}}`;
    /// absent values are `null`, keys sorted.
    public func json() -> String {
        struct Entry: Encodable {
            let change: APIChange
            enum CodingKeys: String, CodingKey {
                case kind, breaking, endpoint, format, path, old, new, message, file, line, column
            }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(change.kind.rawValue, forKey: .kind)
                try c.encode(change.breaking, forKey: .breaking)
                try c.encode(change.endpoint, forKey: .endpoint)
                try c.encode(change.format, forKey: .format)
                try c.encode(change.path, forKey: .path)
                try c.encode(change.old, forKey: .old)
                try c.encode(change.new, forKey: .new)
                try c.encode(change.message, forKey: .message)
                try c.encode(change.file, forKey: .file)
                try c.encode(change.line, forKey: .line)
                try c.encode(change.column, forKey: .column)
            }
        }
        struct Document: Encodable {
            let version: Int
            let old: String
            let new: String
            let changes: [Entry]
            let summary: Summary
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(version: Self.version, old: old, new: new, changes: changes.map(Entry.init), summary: summary)
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The changes as a ``CheckReport`` of findings, for ``SARIFReporter``: rule `diff.<kind>`
    /// (``APIChange/Kind/rule``), severity error for a breaking change and note for the others,
    /// expected = old, actual = new.
    public var checkReport: CheckReport {
        var files: [String] = []
        for change in changes where !files.contains(change.file) { files.append(change.file) }
        let findings = changes.map { change in
            Finding(
                rule: change.kind.rule, severity: change.breaking ? .error : .note, endpoint: change.endpoint,
                file: change.file, path: change.path, line: change.line, column: change.column, message: change.message,
                expected: change.old, actual: change.new)
        }
        return CheckReport(findings: findings, files: files, rules: APIChange.Kind.all.map(\.rule), title: "awkit diff")
    }

    /// SARIF 2.1.0 (see ``SARIFReporter``) of ``checkReport``.
    public func sarif(options: SARIFReporter.Options = .init()) -> String {
        SARIFReporter(options: options).render(checkReport)
    }
}
