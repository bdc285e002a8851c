import AWConformance
import Foundation
import Logging

/// How the stand-in runs: where it listens, what it serves, how it negotiates, which faults it
/// injects.
public struct SandboxOptions: Sendable {
    /// What to answer when `Accept` names only types no formatter writes.
    public enum UnsupportedAccept: Hashable, Sendable {
        /// `406 Not Acceptable` with an empty body (default; what the issue asks for, and what
        /// Web API does with `DefaultContentNegotiator(excludeMatchOnTypeOnly: true)`).
        case notAcceptable
        /// JSON, as ASP.NET Web API's default content negotiator does (the first formatter that
        /// can write the type wins; reference/datacontract-format.md §10).
        case fallBackToJSON
    }

    /// The address to listen on. Default `127.0.0.1` (loopback only).
    public var host: String = "127.0.0.1"
    /// The port. Default 8080; 0 picks a free port (tests).
    public var port: Int = 8080
    /// The endpoints served: every schema's method and path. Default the built-in schemas.
    public var schemas: [String: EndpointSchema]
    /// Negotiation of unsupported `Accept` values. Default ``UnsupportedAccept/notAcceptable``.
    public var unsupportedAccept: UnsupportedAccept = .notAcceptable
    /// Faults injected into matching requests, besides those a request asks for with
    /// `X-AWKit-Fault`. Default none.
    public var faults: [SandboxFaultRule] = []
    /// The time zone of the API's wall-clock times (the API sends DateTimes without an offset).
    /// Default UTC.
    public var timeZone: TimeZone = TimeZone(identifier: "UTC")!
    /// The clock; tests may fix it. Default the system clock.
    public var now: @Sendable () -> Date = { Date() }
    /// The bookings the stand-in starts with (`awkit mock --seed FILE`, ``SandboxSeedFile``);
    /// `nil` (the default): the built-in seed (``SandboxSeed``), dated from ``now``.
    public var bookings: SandboxBookings?
    /// The scopes of each access token; `nil` (the default): every token has every scope.
    public var scopes: SandboxScopeTable?
    /// The seed of the answers made up for endpoints whose page shows no sample
    /// (``SandboxValueGenerator``): the same seed gives the same answers. Default 1.
    public var seed: UInt64 = 1
    /// The largest request body read, in bytes. Default 1 MiB.
    public var maxRequestBytes: Int = 1 << 20
    /// The request log (one line per request, `Authorization` redacted). Default label
    /// `awkit.mock`, level info.
    public var logger: Logger = Logger(label: "awkit.mock")

    /// Options serving `schemas` (by endpoint id).
    public init(schemas: [String: EndpointSchema]) {
        self.schemas = schemas
    }
}
