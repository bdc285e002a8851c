import Foundation

/// How `awkit live` talks to the API: where, with which token, how carefully.
///
/// Every limit has a documented default suitable for the real sandbox; tests shorten them.
public struct LiveOptions: Sendable {
    /// Retries of idempotent calls (GET, HEAD) on connection errors, 429 and 503.
    public struct RetryPolicy: Hashable, Sendable {
        /// Attempts in all, the first included. Default 3; 1 turns retries off.
        public var maxAttempts: Int = 3
        /// The wait before the first retry, in seconds; doubled for each further retry. Default 0.5.
        public var initialBackoff: Double = 0.5
        /// The longest wait between two attempts, in seconds, whether from the backoff or from a
        /// `Retry-After` header (a longer `Retry-After` is cut to this). Default 30.
        public var maxWait: Double = 30

        /// A policy; the defaults are documented on each property.
        public init(maxAttempts: Int = 3, initialBackoff: Double = 0.5, maxWait: Double = 30) {
            self.maxAttempts = maxAttempts
            self.initialBackoff = initialBackoff
            self.maxWait = maxWait
        }

        /// A `Retry-After` header value in seconds: delta-seconds (`120`), or an HTTP date
        /// (`Wed, 21 Oct 2015 07:28:00 GMT`) as seconds from `now` (0 when it has passed);
        /// `nil` when it is neither.
        public static func retryAfterSeconds(_ value: String, now: Date = Date()) -> Double? {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if let seconds = Double(trimmed) { return seconds >= 0 && seconds.isFinite ? seconds : nil }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
            guard let date = formatter.date(from: trimmed) else { return nil }
            return max(0, date.timeIntervalSince(now))
        }

        /// The wait before retry number `retry` (1-based), in seconds: `Retry-After` when the
        /// answer gave one, else the exponential backoff; never more than ``maxWait``.
        /// Non-finite and out-of-range values are clamped with ``LiveOptions/clampSeconds(_:)``.
        public func wait(beforeRetry retry: Int, retryAfter: Double?) -> Double {
            let backoff = LiveOptions.clampSeconds(initialBackoff) * pow(2, Double(min(max(0, retry - 1), 60)))
            return min(LiveOptions.clampSeconds(maxWait), LiveOptions.clampSeconds(retryAfter ?? backoff))
        }
    }

    /// The sandbox: `https://api-sandbox.adultwork.com`.
    public static let sandboxURL = URL(string: "https://api-sandbox.adultwork.com")!

    /// The API's scheme, host and port; endpoint paths (`/v1/…`) are appended. Default the sandbox.
    public var baseURL: URL = LiveOptions.sandboxURL
    /// The access token sent as `Authorization: bearer …`. Never written anywhere: every output
    /// goes through ``redactor``.
    public var token: String
    /// The developer's API key, sent as an `apiKey` header to the endpoints whose page says
    /// they take one (and to those whose page does not say); `nil` (the default) sends none.
    /// Never written anywhere: ``redactor`` hides it as it hides ``token``.
    public var apiKey: String?
    /// Whether calls that change state (POST, PUT, DELETE …) are sent. Default `false`: they are
    /// reported as `live.not-sent`.
    public var allowWrites: Bool = false
    /// The longest wait for a TCP connection, in seconds. Default 10; clamped with
    /// ``clampSeconds(_:)`` when used.
    public var connectTimeout: Double = 10
    /// The longest time one request may take, connection and whole body included, in seconds
    /// (also the longest pause between two reads of an answer). Default 30; clamped with
    /// ``clampSeconds(_:)`` when used.
    public var totalTimeout: Double = 30
    /// How many calls are in flight at once (each call's two requests go one after the other).
    /// Default 4; at least 1.
    public var concurrency: Int = 4
    /// Retries of idempotent calls.
    public var retry: RetryPolicy = RetryPolicy()
    /// The largest body read, in bytes; a longer one is a `live.request-failed` finding.
    /// Default 16 MiB.
    public var maxBodyBytes: Int = 16 * 1024 * 1024
    /// Headers added to every request (after the plan's own), e.g. for the stand-in's fault switch.
    public var extraHeaders: [String: String] = [:]
    /// The `User-Agent` sent. Default `awkit-live`.
    public var userAgent: String = "awkit-live"

    /// The longest any timeout or wait may be, in seconds: one day. Longer (or infinite) values
    /// are cut to it.
    public static let maximumSeconds: Double = 86_400

    /// `seconds` made usable: NaN and negative values are 0, values above ``maximumSeconds``
    /// (infinity included) are ``maximumSeconds``.
    public static func clampSeconds(_ seconds: Double) -> Double {
        guard !seconds.isNaN else { return 0 }
        return min(max(seconds, 0), maximumSeconds)
    }

    /// `seconds`, clamped with ``clampSeconds(_:)``, as a `Duration`.
    public static func duration(seconds: Double) -> Duration {
        .seconds(clampSeconds(seconds))
    }

    /// Options for `baseURL` with `token`; every other value at its documented default.
    public init(baseURL: URL = LiveOptions.sandboxURL, token: String) {
        self.baseURL = baseURL
        self.token = token
    }

    /// The redactor that hides ``token`` and ``apiKey``.
    public var redactor: SecretRedactor { SecretRedactor(secrets: [token] + (apiKey.map { [$0] } ?? [])) }

    /// Reads the token from the environment variable `name`.
    ///
    /// - Throws: ``LiveSetupError`` `live.no-token` when the variable is unset or empty,
    ///   `live.bad-token` when it holds a character an HTTP header cannot carry (white space,
    ///   control characters, non-ASCII). The message never contains the token.
    public static func token(
        fromEnvironment name: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LiveSetupError) -> String {
        guard isVariableName(name) else {
            throw LiveSetupError(
                code: .noToken,
                message: "--token-env takes the name of an environment variable (letters, digits and _), and what was given is not one; if it was the token itself, it is not shown: put it in AW_ACCESS_TOKEN instead")
        }
        let shown = Self.displayName(ofVariable: name)
        guard let value = environment[name], !value.isEmpty else {
            throw LiveSetupError(
                code: .noToken,
                message: "no access token: set the environment variable \(shown) (or name another with --token-env); the token is read from the environment only")
        }
        guard value.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw LiveSetupError(
                code: .badToken,
                message: "the access token in \(shown) has white space, control or non-ASCII characters, which an Authorization header cannot carry")
        }
        return value
    }

    /// Whether `name` can name an environment variable: an ASCII letter or `_`, then letters,
    /// digits and `_`.
    public static func isVariableName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || first.isASCIILetter else { return false }
        return name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || $0.isASCIILetter || (0x30...0x39).contains($0) }
    }

    /// How messages name the token's variable: as given when it looks like a conventional
    /// variable name (upper-case letters, digits and `_`, at most 64), else `the variable given
    /// with --token-env`, since a user may have passed the token itself by mistake.
    public static func displayName(ofVariable name: String) -> String {
        let conventional = name.utf8.count <= 64 && isVariableName(name)
            && name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
        return conventional ? name : "the variable given with --token-env (its name is not shown: it may be the token)"
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
