/// An input of `awkit diff` that cannot be read: `awkit diff` exits 2 on it.
public struct DiffInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable text (`diff.unreadable`).
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A path that does not exist or cannot be read, or a file that is not what it should be.
        public static let unreadable = Code(rawValue: "diff.unreadable")
        /// A folder with nothing to compare in it.
        public static let empty = Code(rawValue: "diff.empty")
        /// One side is a recorded run, the other schemas.
        public static let mixedInputs = Code(rawValue: "diff.mixed-inputs")
    }

    /// What went wrong, as a stable code.
    public let code: Code
    /// The file or folder concerned.
    public let path: String
    /// A one-line explanation.
    public let message: String

    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `runs/new: has no Group/Endpoint/response.json …`.
    public var description: String { "\(path): \(message)" }
}
