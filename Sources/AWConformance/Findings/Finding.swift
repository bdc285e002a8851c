/// One difference between a response and what its documentation promises.
///
/// `path` is the place inside the document in coding-path form (`Client.Negative`,
/// `Items[3].Status`; empty for the whole document); `line` and `column` are 1-based, `nil`
/// when the finding is about something absent and no better place exists.
public struct Finding: Codable, Hashable, Sendable {
    /// The rule's stable identifier (`property.missing`).
    public var rule: String
    /// The severity after configuration.
    public var severity: Severity
    /// `Group/Operation`.
    public var endpoint: String
    /// The file (or, in live mode, the request) the finding is about.
    public var file: String
    /// The path inside the document.
    public var path: String
    public var line: Int?
    public var column: Int?
    /// One line saying what is wrong.
    public var message: String
    /// What the documentation promises, when it can be said in a value.
    public var expected: String?
    /// What the response has.
    public var actual: String?

    public init(
        rule: Rule, severity: Severity? = nil, endpoint: String, file: String, path: String,
        line: Int? = nil, column: Int? = nil, message: String, expected: String? = nil,
        actual: String? = nil
    ) {
        self.rule = rule.id
        self.severity = severity ?? rule.defaultSeverity
        self.endpoint = endpoint
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
        self.actual = actual
    }
}
