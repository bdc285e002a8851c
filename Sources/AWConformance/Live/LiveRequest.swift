import AWModels
import Foundation

/// One HTTP request `awkit live` sends (or, for a write without `--allow-writes`, would send):
/// a plan call asked in one format.
///
/// The `Authorization` header is not part of it: it is added when sending, so that nothing
/// derived from a request (labels, dry-run output, recorded files) can contain the token.
public struct LiveRequest: Hashable, Sendable {
    /// One request header.
    public struct Header: Hashable, Sendable {
        /// The header name as sent.
        public var name: String
        /// The value as sent.
        public var value: String

        /// A header.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The call's position in the plan, 0-based.
    public var callIndex: Int
    /// The call's name (``LivePlan/Call/name``, or its 1-based position).
    public var callName: String
    /// `Group/Operation`.
    public var endpoint: String
    /// The HTTP method, from the endpoint's schema (`POST`).
    public var method: String
    /// The whole URL, query string included.
    public var url: URL
    /// The format the `Accept` header asks for.
    public var accept: ResponseFormat
    /// The headers sent besides `Authorization`: `Accept`, `User-Agent`, `Content-Type` with a
    /// body, and the plan's and options' extra headers.
    public var headers: [Header]
    /// The JSON body, if any.
    public var body: Data?
    /// The record ID this request is about, if the call names records.
    public var record: PlanValue?
    /// The property that carries ``record``.
    public var recordKey: String?
    /// Whether the request changes state on the server (not GET or HEAD).
    public var changesState: Bool

    /// The `Accept` header value for a format: `application/json` or `application/xml`.
    public static func acceptValue(for format: ResponseFormat) -> String {
        format.mediaType
    }

    /// What reports call this request (the "file" of its findings):
    /// `accept-pending POST /v1/PhoneChat/AcceptReceivedBooking BookingID=1001 [json]`.
    public var label: String {
        let record = record.map { " \(recordKey ?? "record")=\($0)" } ?? ""
        return "\(callName) \(method) \(url.path)\(record) [\(accept)]"
    }

    /// The request as `--dry-run` prints it: request line, headers (with
    /// `Authorization: bearer [REDACTED]`), body; each value through `redactor` before it is
    /// put together.
    public func dryRunDescription(redactor: SecretRedactor) -> String {
        var lines = ["\(method) \(redactor.redact(url.absoluteString))"]
        lines.append("Authorization: bearer \(SecretRedactor.placeholder)")
        for header in headers {
            lines.append("\(header.name): \(redactor.redactHeader(name: header.name, value: header.value))")
        }
        if let body {
            lines.append("")
            lines.append(String(decoding: redactor.redact(body), as: UTF8.self))
        }
        return lines.joined(separator: "\n")
    }
}
