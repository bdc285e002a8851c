import AWModels
import Foundation

/// What happened to one ``LiveRequest``: the answer (status, headers, body) or why there is none.
///
/// Bodies and header values are already redacted (see ``SecretRedactor``).
public struct LiveExchange: Sendable {
    /// Why a request has no answer.
    public struct Failure: Hashable, Sendable {
        /// The kinds of failure.
        public enum Kind: String, Hashable, Sendable {
            /// No connection could be made (refused, no route, DNS, connect timeout).
            case unreachable
            /// Connected, but the request did not complete (total timeout, connection closed,
            /// body over the limit).
            case requestFailed
            /// Not sent: a value it takes from an earlier call's answer (``PlanReference``) is
            /// not there (that call failed or answered without it).
            case unresolvedReference
        }

        /// Unreachable or failed after connecting.
        public var kind: Kind
        /// One line saying what went wrong.
        public var message: String
        /// Whether the connection was closed or reset after the request went out but before any
        /// answer: an idempotent request is then retried. Default `false`.
        public var lostBeforeAnswer: Bool

        /// A failure of this kind.
        public init(kind: Kind, message: String, lostBeforeAnswer: Bool = false) {
            self.kind = kind
            self.message = message
            self.lostBeforeAnswer = lostBeforeAnswer
        }
    }

    /// The request.
    public var request: LiveRequest
    /// Whether it was sent (a write without `--allow-writes` is not).
    public var sent: Bool
    /// Why it was not sent, when ``sent`` is `false`.
    public var notSentReason: NotSentReason?
    /// The HTTP status, when an answer came.
    public var status: Int?
    /// The answer's headers (names as received, values redacted), in order.
    public var headers: [LiveRequest.Header]
    /// The body as received (redacted), possibly cut short when ``failure`` says so.
    public var body: Data
    /// Why the request did not complete, if it did not.
    public var failure: Failure?
    /// How many times it was sent (retries included).
    public var attempts: Int
    /// From the first attempt to the end of the last body, in seconds.
    public var duration: Double
    /// For an XML answer fed to the streaming `DataContractDecoder` as its
    /// chunks arrived: `nil` when it decoded to the endpoint's model (or was not streamed), else
    /// the decoder's error.
    public var streamingDecodeError: String?
    /// Whether the XML body was fed to the streaming decoder as it arrived.
    public var streamed: Bool

    /// Why a request was not sent.
    public enum NotSentReason: String, Hashable, Sendable {
        /// It changes state on the server and `--allow-writes` was not given.
        case changesState = "changes-state"
        /// Its page says it takes the developer's API key and none was given.
        case needsAPIKey = "needs-api-key"
    }

    /// An exchange; ``sent`` `false` and nothing else for a request that was not sent, with
    /// `notSentReason` saying why (default ``NotSentReason/changesState``).
    public init(
        request: LiveRequest, sent: Bool, notSentReason: NotSentReason? = nil, status: Int? = nil,
        headers: [LiveRequest.Header] = [], body: Data = Data(), failure: Failure? = nil, attempts: Int = 0,
        duration: Double = 0, streamingDecodeError: String? = nil, streamed: Bool = false
    ) {
        self.request = request
        self.sent = sent
        self.notSentReason = sent ? nil : (notSentReason ?? .changesState)
        self.status = status
        self.headers = headers
        self.body = body
        self.failure = failure
        self.attempts = attempts
        self.duration = duration
        self.streamingDecodeError = streamingDecodeError
        self.streamed = streamed
    }

    /// The first header of this name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Whether an answer came with a 2xx status.
    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
}
