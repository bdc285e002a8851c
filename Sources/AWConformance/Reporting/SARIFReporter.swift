import Foundation

/// Renders a report as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the
/// format GitHub code scanning and SARIF viewers read.
///
/// One run, its tool `awkit` with the report's ``CheckReport/rules`` (ID, short description,
/// default level); each finding one result:
/// - `ruleId` / `ruleIndex`, `level` (`error`, `warning`, `note`: the severity after
///   configuration), `message.text` (the message, then expected and actual);
/// - one location: the file as a URI relative to ``Options/baseDirectory`` with `uriBaseId`
///   `%SRCROOT%` (an absolute `file:` URI for a file outside it), and a region with
///   `startLine` / `startColumn` when the finding has a position (columns count Unicode code
///   points, as ``Finding/column`` does: `columnKind` `unicodeCodePoints`);
/// - `properties`: `endpoint`, `path` (the place inside the document, `Client.Negative`),
///   `expected` and `actual` when known, and `request` when the finding is about a live request
///   rather than a file (see ``Options/artifact``);
/// - `partialFingerprints["awkit/v1"]`: 16 hex digits of a hash of the rule, endpoint, file
///   (and request), document path, expected and actual values and the finding's rank among findings equal in
///   all of these, so the same finding has the same fingerprint in every run, however the file's
///   lines move.
///
/// Keys are sorted; the same report gives the same bytes.
public struct SARIFReporter: Sendable {
    /// Where the results point and what their URIs are relative to.
    public struct Options: Sendable {
        /// The folder artifact URIs are relative to (`%SRCROOT%`), also written as the run's
        /// `originalUriBaseIds`. Default: the current working directory.
        public var baseDirectory: URL
        /// The file every result points at instead of ``Finding/file``, when the findings are
        /// about requests rather than files (`awkit live` gives its plan file); the finding's
        /// `file` then goes to the result's `request` property. Default `nil`: each result
        /// points at its finding's file.
        public var artifact: String?

        /// The defaults: URIs relative to the working directory, each result at its file.
        public init(
            baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            artifact: String? = nil
        ) {
            self.baseDirectory = baseDirectory
            self.artifact = artifact
        }
    }

    /// The `$schema` the document names: the OASIS SARIF 2.1.0 schema (errata 01).
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `uriBaseId` of every relative artifact location.
    public static let baseID = "%SRCROOT%"
    /// The key of the fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "awkit/v1"

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The SARIF document, pretty-printed with sorted keys and a final line break.
    public func render(_ report: CheckReport) -> String {
        var rules = report.rules
        for finding in report.findings where !rules.contains(where: { $0.id == finding.rule }) {
            rules.append(Rule.named(finding.rule) ?? Rule(id: finding.rule, defaultSeverity: finding.severity, summary: finding.rule))
        }
        var ranks: [String: Int] = [:]
        let results = Self.ordered(report).map { finding -> Document.Result in
            let location = artifactURI(options.artifact ?? finding.file)
            let request = options.artifact == nil ? "" : finding.file
            let identity = [
                finding.rule, finding.endpoint, location.uri, request, finding.path, finding.expected ?? "", finding.actual ?? "",
            ].joined(separator: "\u{1F}")
            let rank = ranks[identity, default: 0]
            ranks[identity] = rank + 1
            var properties = ["endpoint": finding.endpoint, "path": finding.path]
            properties["expected"] = finding.expected
            properties["actual"] = finding.actual
            if options.artifact != nil { properties["request"] = finding.file }
            var text = finding.message
            if finding.expected != nil || finding.actual != nil {
                text += " (expected: \(finding.expected ?? "-"), actual: \(finding.actual ?? "-"))"
            }
            let region = finding.line.map { Document.Region(startLine: max(1, $0), startColumn: finding.column.map { max(1, $0) }) }
            return Document.Result(
                ruleId: finding.rule, ruleIndex: rules.firstIndex { $0.id == finding.rule } ?? 0,
                level: finding.severity.rawValue, message: .init(text: text),
                locations: [.init(physicalLocation: .init(artifactLocation: location, region: region))],
                partialFingerprints: [Self.fingerprintKey: Self.fingerprint("\(identity)\u{1F}\(rank)")],
                properties: properties)
        }
        var base = options.baseDirectory.standardizedFileURL.absoluteString
        if !base.hasSuffix("/") { base += "/" }
        let run = Document.Run(
            tool: .init(driver: .init(
                name: "awkit",
                rules: rules.map {
                    .init(
                        id: $0.id, shortDescription: .init(text: $0.summary),
                        defaultConfiguration: .init(level: $0.defaultSeverity.rawValue))
                })),
            originalUriBaseIds: [Self.baseID: .init(uri: base)],
            columnKind: "unicodeCodePoints",
            results: results)
        let document = Document(schema: Self.schemaURI, version: "2.1.0", runs: [run])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and optionals of them: encoding cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The findings file by file in the report's order (each file's by position), then any
    /// finding whose file the report does not list.
    static func ordered(_ report: CheckReport) -> [Finding] {
        var ordered = report.files.flatMap { report.findings(in: $0) }
        let listed = Set(report.files)
        ordered += report.findings.filter { !listed.contains($0.file) }
        return ordered
    }

    /// The artifact location of a file path: relative to the base directory with
    /// ``baseID`` when the file is inside it, else an absolute `file:` URI.
    func artifactURI(_ path: String) -> Document.ArtifactLocation {
        let base = options.baseDirectory.standardizedFileURL.path
        let absolute = path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL.path
            : URL(fileURLWithPath: path, relativeTo: options.baseDirectory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if absolute.hasPrefix(prefix) {
            let relative = String(absolute.dropFirst(prefix.count))
            return .init(uri: Self.percentEncoded(relative), uriBaseId: Self.baseID)
        }
        return .init(uri: "file://" + Self.percentEncoded(absolute), uriBaseId: nil)
    }

    /// A path with every character outside RFC 3986's unreserved set, `/` and sub-delimiters
    /// percent-encoded (spaces, `%`, `#`, `?`, non-ASCII).
    static func percentEncoded(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// FNV-1a, 64 bits, as 16 lowercase hex digits: stable across runs, platforms and Swift
    /// versions (unlike `Hasher`).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension SARIFReporter {
    /// The subset of the SARIF 2.1.0 object model AWKit writes.
    struct Document: Encodable {
        let schema: String
        let version: String
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }

        struct Run: Encodable {
            let tool: Tool
            let originalUriBaseIds: [String: URIBase]
            let columnKind: String
            let results: [Result]
        }

        struct Tool: Encodable { let driver: Driver }

        struct Driver: Encodable {
            let name: String
            let rules: [ReportingDescriptor]
        }

        struct ReportingDescriptor: Encodable {
            let id: String
            let shortDescription: Message
            let defaultConfiguration: Configuration
        }

        struct Configuration: Encodable { let level: String }

        struct Message: Encodable { let text: String }

        struct URIBase: Encodable { let uri: String }

        struct Result: Encodable {
            let ruleId: String
            let ruleIndex: Int
            let level: String
            let message: Message
            let locations: [Location]
            let partialFingerprints: [String: String]
            let properties: [String: String]
        }

        struct Location: Encodable { let physicalLocation: PhysicalLocation }

        struct PhysicalLocation: Encodable {
            let artifactLocation: ArtifactLocation
            let region: Region?
        }

        struct ArtifactLocation: Encodable, Equatable {
            let uri: String
            let uriBaseId: String?
        }

        struct Region: Encodable {
            let startLine: Int
            let startColumn: Int?
        }
    }
}
