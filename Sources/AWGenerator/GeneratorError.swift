/// A generation that cannot go on: an unreadable input, an invalid naming file, or names that
/// cannot be made distinct.
public struct GeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text (`generate.invalid-naming`).
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A file or folder cannot be read or written.
        public static let unreadable = Code(rawValue: "generate.unreadable")
        /// The naming file is not valid.
        public static let invalidNaming = Code(rawValue: "generate.invalid-naming")
        /// A name the naming file gives is not a Swift identifier, or two types would share it.
        public static let invalidName = Code(rawValue: "generate.invalid-name")
        /// Two schemas describe the same endpoint.
        public static let duplicateEndpoint = Code(rawValue: "generate.duplicate-endpoint")
        /// No schema was given.
        public static let noSchemas = Code(rawValue: "generate.no-schemas")
    }

    /// What went wrong.
    public let code: Code
    /// The file, folder or name concerned.
    public let path: String
    /// What is wrong, in a sentence.
    public let message: String

    /// - Parameters:
    ///   - code: the kind of error.
    ///   - path: the file, folder or name concerned.
    ///   - message: what is wrong.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
