import AWModels

/// A fault the stand-in can inject into an answer, for testing clients (and `awkit live`) on bad
/// days.
///
/// Asked for per request with the `X-AWKit-Fault` header (a comma-separated list of
/// ``headerValue`` spellings: `X-AWKit-Fault: delay=200, 500`), or for every matching request
/// with ``SandboxOptions/faults``.
public enum SandboxFault: Hashable, Sendable, CustomStringConvertible {
    /// Wait this many milliseconds before answering (`delay=200`).
    case delay(milliseconds: Int)
    /// Send only the first half of the body (a JSON or XML document cut short), with a
    /// `Content-Length` that matches what is sent (`truncate`).
    case truncatedBody
    /// Answer with `Content-Type: text/html; charset=utf-8` whatever the body (`content-type`).
    case wrongContentType
    /// `500 Internal Server Error` with Web API's `{"Message":"An error has occurred."}` (`500`).
    case serverError
    /// `429 Too Many Requests` with `Retry-After: seconds` (`429` or `429;retry-after=2`;
    /// default 1 second).
    case tooManyRequests(retryAfter: Int)
    /// `503 Service Unavailable` with `Retry-After: seconds` (`503` or `503;retry-after=2`).
    case serviceUnavailable(retryAfter: Int)
    /// An XML answer whose first end tag has lost its `/`, as in the documentation's own XML
    /// sample (`malformed-xml`); JSON answers are not changed.
    case malformedXML
    /// JSON whatever the `Accept` header asks for (`ignore-accept`), as a server without the XML
    /// formatter would answer.
    case ignoreAccept
    /// Send the head and the first half of the body, then stall this many milliseconds before
    /// the rest (`stall-body=2000`): a server that hangs in the middle of an answer.
    case stallBody(milliseconds: Int)
    /// `401 Unauthorized` with `WWW-Authenticate: Bearer error="invalid_token"`, as for an
    /// expired or revoked token (`401`).
    case invalidToken
    /// Close the connection without any answer, not even a status line (`drop`): a server that
    /// dies or a proxy that resets the connection. A client sees the connection closed before a
    /// response.
    case dropConnection

    /// The name of the request header that asks for faults.
    public static let headerName = "X-AWKit-Fault"

    /// The spelling in the `X-AWKit-Fault` header.
    public var headerValue: String {
        switch self {
        case .delay(let ms): "delay=\(ms)"
        case .truncatedBody: "truncate"
        case .wrongContentType: "content-type"
        case .serverError: "500"
        case .tooManyRequests(let seconds): "429;retry-after=\(seconds)"
        case .serviceUnavailable(let seconds): "503;retry-after=\(seconds)"
        case .malformedXML: "malformed-xml"
        case .ignoreAccept: "ignore-accept"
        case .stallBody(let ms): "stall-body=\(ms)"
        case .invalidToken: "401"
        case .dropConnection: "drop"
        }
    }

    /// The ``headerValue``.
    public var description: String { headerValue }

    /// Reads an `X-AWKit-Fault` header value: faults separated by commas.
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-fault` naming the spelling it does not know.
    public static func parse(header value: String) throws(SandboxError) -> [SandboxFault] {
        var faults: [SandboxFault] = []
        for item in value.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let head = parts.first, !head.isEmpty else { continue }
            var retryAfter = 1
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2, pair[0].lowercased() == "retry-after", let seconds = Int(pair[1]), seconds >= 0 {
                    retryAfter = seconds
                } else {
                    throw SandboxError(code: .badFault, message: "unknown fault parameter '\(parameter)' in '\(item)'")
                }
            }
            switch head.lowercased() {
            case "truncate": faults.append(.truncatedBody)
            case "content-type": faults.append(.wrongContentType)
            case "500": faults.append(.serverError)
            case "429": faults.append(.tooManyRequests(retryAfter: retryAfter))
            case "503": faults.append(.serviceUnavailable(retryAfter: retryAfter))
            case "malformed-xml": faults.append(.malformedXML)
            case "ignore-accept": faults.append(.ignoreAccept)
            case "401": faults.append(.invalidToken)
            case "drop": faults.append(.dropConnection)
            case _ where head.lowercased().hasPrefix("delay="):
                guard let ms = Int(head.dropFirst("delay=".count)), (0...60_000).contains(ms) else {
                    throw SandboxError(code: .badFault, message: "delay needs milliseconds 0...60000, not '\(head)'")
                }
                faults.append(.delay(milliseconds: ms))
            case _ where head.lowercased().hasPrefix("stall-body="):
                guard let ms = Int(head.dropFirst("stall-body=".count)), (0...60_000).contains(ms) else {
                    throw SandboxError(code: .badFault, message: "stall-body needs milliseconds 0...60000, not '\(head)'")
                }
                faults.append(.stallBody(milliseconds: ms))
            default:
                throw SandboxError(
                    code: .badFault,
                    message: "unknown fault '\(head)'; known: delay=MS, stall-body=MS, truncate, content-type, 500, 429[;retry-after=S], 503[;retry-after=S], malformed-xml, ignore-accept, 401, drop")
            }
        }
        return faults
    }
}
