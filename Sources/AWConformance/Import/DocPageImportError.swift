/// A documentation page the importer cannot turn into an `EndpointSchema` at all.
///
/// Thrown by ``DocPageImporter/importPage(_:)`` only when the page is not an operation's page at
/// all: not text, empty, only the navigation menu, or without (or with an unsafe) endpoint line. Everything else a page lacks or
/// gets wrong (no response table, no samples, an unknown type spelling, an invalid JSON sample)
/// becomes a note in `EndpointSchema.notes`, not an error.
public struct DocPageImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text of the code (`import.missing-endpoint`).
        public let rawValue: String
        /// A code from its stable text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The stable text of the code.
        public var description: String { rawValue }

        /// The page bytes are not UTF-8 text (or hold NUL or other binary control bytes).
        public static let notText = Code(rawValue: "import.not-text")
        /// The page is empty, or holds only white space.
        public static let empty = Code(rawValue: "import.empty")
        /// The page holds nothing but the documentation site's navigation menu ("API Methods",
        /// "Account ...").
        public static let navigationOnly = Code(rawValue: "import.navigation-only")
        /// The endpoint line's path does not give a safe `Group/Operation` identifier
        /// (`/v1/../../escaped/X`).
        public static let invalidEndpoint = Code(rawValue: "import.invalid-endpoint")
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
