/// An OpenAPI document that cannot be made from the schemas, or cannot be written.
///
/// Thrown by ``OpenAPIExporter``. Schema files that do not load throw `SchemaLoadingError`
/// before the exporter runs.
public struct OpenAPIExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text of the code (`openapi.invalid-document`).
        public let rawValue: String
        /// A code from its stable text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The stable text of the code.
        public var description: String { rawValue }

        /// OpenAPIKit's validation refuses the document made from the schemas (for example two
        /// schemas whose endpoint IDs give the same operation ID).
        public static let invalidDocument = Code(rawValue: "openapi.invalid-document")
        /// The document could not be encoded as JSON or YAML, or (OpenAPI 3.0) read back as 3.0.
        public static let encodingFailed = Code(rawValue: "openapi.encoding-failed")
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

    /// `openapi.invalid-document: …`.
    public var description: String { "\(code): \(message)" }
}
