/// `awkit live` cannot start: no token, a bad base URL. `awkit live` exits 2 on it.
public struct LiveSetupError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable codes.
    public enum Code: String, Hashable, Sendable {
        /// `live.no-token`: the token's environment variable is unset or empty.
        case noToken = "live.no-token"
        /// `live.bad-token`: the token cannot be sent in a header.
        case badToken = "live.bad-token"
        /// `live.bad-base-url`: the base URL is not an `http` or `https` URL with a host.
        case badBaseURL = "live.bad-base-url"
        /// `live.record-failed`: a response could not be written to the `--record` folder.
        case recordFailed = "live.record-failed"
    }

    /// The stable code.
    public let code: Code
    /// What is wrong; never contains the token.
    public let message: String

    /// An error with this code and message (which must not contain the token).
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `message [code]`.
    public var description: String { "\(message) [\(code.rawValue)]" }
}
