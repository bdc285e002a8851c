/// A plan file that cannot be used: unreadable, not JSON or YAML of the plan's shape, or naming
/// an endpoint without a schema. `awkit live` exits 2 on it.
public struct LivePlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable codes.
    public enum Code: String, Hashable, Sendable {
        /// `plan.unreadable`: the file cannot be read.
        case unreadable = "plan.unreadable"
        /// `plan.invalid`: not a plan (syntax, shape, a call that contradicts itself).
        case invalid = "plan.invalid"
        /// `plan.unknown-endpoint`: a call names an endpoint no schema describes.
        case unknownEndpoint = "plan.unknown-endpoint"
    }

    /// The stable code.
    public let code: Code
    /// The plan file, or `plan` for a plan given in code.
    public let path: String
    /// What is wrong, naming the call (`call 2 (accept-pending)`).
    public let message: String

    /// An error about the plan at `path`.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message [code]`.
    public var description: String { "\(path): \(message) [\(code.rawValue)]" }
}
