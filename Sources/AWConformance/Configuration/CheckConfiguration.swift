import Foundation

/// Severities a team sets for its own use: per rule, or per rule, endpoint and path, so a known
/// deviation can be accepted without silencing the rule everywhere.
///
/// The file is JSON (default name `.awkit.json` in the working directory, or `--config FILE`):
///
/// ```json
/// {
///   "rules": { "property.undocumented": "error", "xml.member-order": "ignore" },
///   "overrides": [
///     { "rule": "parity.value", "endpoint": "PhoneChat/AcceptReceivedBooking",
///       "path": "Client.*", "severity": "warning" }
///   ]
/// }
/// ```
///
/// Severity values: `error`, `warning`, `note`, `ignore` (drop the finding). An override's
/// `endpoint` and `path` are optional patterns where `*` matches any run of characters; the last
/// matching override wins over `rules`, which wins over the rule's default.
public struct CheckConfiguration: Codable, Hashable, Sendable {
    /// A configured severity: one of ``Severity`` or `ignore`.
    public enum Level: String, Codable, Hashable, Sendable {
        case error, warning, note, ignore

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .ignore: nil
            }
        }
    }

    /// A severity for one rule where the endpoint and the path match.
    public struct Override: Codable, Hashable, Sendable {
        public var rule: String
        public var endpoint: String?
        public var path: String?
        public var severity: Level

        public init(rule: String, endpoint: String? = nil, path: String? = nil, severity: Level) {
            self.rule = rule
            self.endpoint = endpoint
            self.path = path
            self.severity = severity
        }

        /// Decodes `{"rule", "endpoint"?, "path"?, "severity"}`; any other key is an error.
        public init(from decoder: any Decoder) throws {
            try CheckConfiguration.refuseUnknownKeys(in: decoder, allowed: ["rule", "endpoint", "path", "severity"])
            let c = try decoder.container(keyedBy: CodingKeys.self)
            rule = try c.decode(String.self, forKey: .rule)
            endpoint = try c.decodeIfPresent(String.self, forKey: .endpoint)
            path = try c.decodeIfPresent(String.self, forKey: .path)
            severity = try c.decode(Level.self, forKey: .severity)
        }
    }

    /// Severity per rule identifier.
    public var rules: [String: Level]
    /// Severity per rule, endpoint and path; later entries win.
    public var overrides: [Override]

    /// No changes: every rule at its default severity.
    public init(rules: [String: Level] = [:], overrides: [Override] = []) {
        self.rules = rules
        self.overrides = overrides
    }

    /// Decodes `{"rules": {…}, "overrides": […]}`; both keys are optional, any other key is an
    /// error (a typo such as `"rule"` must not be ignored silently).
    public init(from decoder: any Decoder) throws {
        try Self.refuseUnknownKeys(in: decoder, allowed: ["rules", "overrides"])
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rules = try c.decodeIfPresent([String: Level].self, forKey: .rules) ?? [:]
        overrides = try c.decodeIfPresent([Override].self, forKey: .overrides) ?? []
    }

    /// Throws `DecodingError.dataCorrupted` naming the first key of the object that is not in
    /// `allowed`.
    static func refuseUnknownKeys(in decoder: any Decoder, allowed: Set<String>) throws {
        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        let container = try decoder.container(keyedBy: AnyKey.self)
        if let unknown = container.allKeys.first(where: { !allowed.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath + [unknown],
                    debugDescription: "unknown key \"\(unknown.stringValue)\"; allowed: \(allowed.sorted().joined(separator: ", "))"))
        }
    }

    /// Reads and validates a configuration file.
    ///
    /// - Throws: ``ConfigurationError`` when the file cannot be read, is not valid JSON of this
    ///   shape, or names a rule that does not exist.
    public static func load(from url: URL) throws(ConfigurationError) -> CheckConfiguration {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ConfigurationError(path: url.path, message: "cannot be read: \(error.localizedDescription)")
        }
        let configuration: CheckConfiguration
        do { configuration = try JSONDecoder().decode(CheckConfiguration.self, from: data) } catch {
            let detail = (error as? DecodingError)?.diagnosticDescription ?? "\(error)"
            throw ConfigurationError(path: url.path, message: "is not a valid configuration: \(detail)")
        }
        let unknown = Set(configuration.rules.keys).union(configuration.overrides.map(\.rule))
            .filter { Rule.named($0) == nil }.sorted()
        if !unknown.isEmpty {
            throw ConfigurationError(
                path: url.path,
                message: "names unknown rules \(unknown.joined(separator: ", ")); rules are \(Rule.all.map(\.id).joined(separator: ", "))")
        }
        return configuration
    }

    /// The severity a finding of `rule` at `path` of `endpoint` gets, or `nil` when ignored.
    public func severity(for rule: Rule, endpoint: String, path: String) -> Severity? {
        var level = rules[rule.id]
        for override in overrides where override.rule == rule.id
            && Self.matches(override.endpoint, endpoint) && Self.matches(override.path, path)
        {
            level = override.severity
        }
        guard let level else { return rule.defaultSeverity }
        return level.severity
    }

    /// Whether `pattern` (`*` = any run of characters; nil = anything) matches `text` whole.
    static func matches(_ pattern: String?, _ text: String) -> Bool {
        guard let pattern else { return true }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { return pattern == text }
        guard text.hasPrefix(parts[0]) else { return false }
        var rest = Substring(text.dropFirst(parts[0].count))
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(parts.last!)
    }
}

/// A configuration file that cannot be used.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable code: `configuration.invalid`.
    public let code = "configuration.invalid"
    public let path: String
    public let message: String

    public var description: String { "\(path) \(message)" }
}
