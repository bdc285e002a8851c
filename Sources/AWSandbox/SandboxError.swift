/// The stand-in cannot start, or a request asked for something it does not know.
public struct SandboxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable codes.
    public enum Code: String, Hashable, Sendable {
        /// `sandbox.bad-fault`: an `X-AWKit-Fault` value the stand-in does not know (answered 400).
        case badFault = "sandbox.bad-fault"
        /// `sandbox.bad-seed`: the sample a seed booking is made from does not decode.
        case badSeed = "sandbox.bad-seed"
        /// `sandbox.bad-seed-file`: a `--seed` file that cannot be read or is not a seed file.
        case badSeedFile = "sandbox.bad-seed-file"
        /// `sandbox.bad-scopes`: a scope table file that cannot be read or is not token → scopes.
        case badScopes = "sandbox.bad-scopes"
        /// `sandbox.bind-failed`: the server could not listen on the host and port.
        case bindFailed = "sandbox.bind-failed"
    }

    /// The stable code.
    public let code: Code
    /// What went wrong.
    public let message: String

    /// An error with this code and message.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `message [code]`.
    public var description: String { "\(message) [\(code.rawValue)]" }
}
