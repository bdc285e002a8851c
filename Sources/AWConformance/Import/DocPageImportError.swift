/// A documentation page the importer cannot turn into an ``EndpointSchema`` at all.
///
/// Thrown by ``DocPageImporter/importPage(_:)`` only when the page lacks what identifies the
/// endpoint (the `POST /v1/Group/Operation` line) or is not text. Everything else a page lacks or
/// gets wrong (no response table, no samples, an unknown type spelling, an invalid JSON sample)
/// becomes a note in ``EndpointSchema/notes``, not an error.
public struct DocPageImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text of the code (`import.missing-endpoint`).
        public let rawValue: String
        /// A code from its stable text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The stable text of the code.
        public var description: String { rawValue }

        /// The page bytes are not UTF-8 text.
        public static let notText = Code(rawValue: "import.not-text")
        /// No `METHOD /v1/Group/Operation` line (such as `POST /v1/PhoneChat/AcceptReceivedBooking`)
        /// names the endpoint, so the page is not an operation's documentation page.
        public static let missingEndpoint = Code(rawValue: "import.missing-endpoint")
    }

    /// What went wrong, as a stable code.
    public let code: Code
    /// A one-line explanation for people.
    public let message: String

    /// An error with its code and explanation.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `import.missing-endpoint: no "POST /v1/…" line …`.
    public var description: String { "\(code): \(message)" }
}
