/// A schema file or directory that cannot be loaded.
///
/// Thrown by `BuiltInSchemas.load()` (AWConformance), ``SchemaCatalog/loadDirectory(_:)`` and
/// ``EndpointSchema/init(jsonData:source:)``.
public struct SchemaLoadingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text of the code (`schema.invalid`).
        public let rawValue: String
        /// A code from its stable text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The stable text of the code.
        public var description: String { rawValue }

        /// The file or directory does not exist or cannot be read.
        public static let unreadable = Code(rawValue: "schema.unreadable")
        /// The file is not JSON of an ``EndpointSchema``.
        public static let invalid = Code(rawValue: "schema.invalid")
        /// The file's `formatVersion` is not one this version of AWKit reads (1).
        public static let unsupportedVersion = Code(rawValue: "schema.unsupported-version")
        /// Two files of one directory describe the same endpoint.
        public static let duplicateEndpoint = Code(rawValue: "schema.duplicate-endpoint")
        /// The built-in schemas are not where the package's resource bundle should hold them.
        public static let missingResources = Code(rawValue: "schema.missing-resources")
    }

    /// What went wrong, as a stable code.
    public let code: Code
    /// The file or directory concerned.
    public let path: String
    /// A one-line explanation for people.
    public let message: String

    /// An error with its code and explanation.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `Schemas/X.json: not an endpoint schema (missing endpoint)`.
    public var description: String { "\(path): \(message)" }
}
