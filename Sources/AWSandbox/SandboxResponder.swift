import AWConformance
import AWModels
import DataContractXML
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Answers every request of the stand-in: routing (``SandboxRouter``), faults, authentication
/// as each page says (``SandboxAuthentication``), content negotiation, request validation, the booking
/// workflows (`SandboxResponder+Bookings.swift`) or the endpoint's answer (``SandboxCatalogAnswers``), encoding, and one log line per request.
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let options: SandboxOptions
    let state: SandboxState
    let answers: SandboxCatalogAnswers
    let router: SandboxRouter
    let redactor = SecretRedactor()

    init(options: SandboxOptions, state: SandboxState, answers: SandboxCatalogAnswers) {
        self.options = options
        self.state = state
        self.answers = answers
        self.router = SandboxRouter(schemas: options.schemas)
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let start = ContinuousClock.now
        var request = request
        await state.requestStarted()
        let (response, endpoint) = await answer(&request)
        await state.requestFinished()
        let elapsed = ContinuousClock.now - start
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let authorization = request.headers[.authorization].map { redactor.redactHeader(name: "Authorization", value: $0) } ?? "none"
        options.logger.info(
            "\(request.method) \(request.uri.path) → \(response.status.code)",
            metadata: [
                "endpoint": .string(endpoint ?? "-"),
                "accept": .string(redactor.redact(request.headers[.accept] ?? "-")),
                "authorization": .string(authorization),
                "fault": .string(redactor.redact(request.headers[HTTPField.Name(SandboxFault.headerName)!] ?? "-")),
                "ms": .stringConvertible(ms),
            ])
        return response
    }

    private func answer(_ request: inout Request) async -> (Response, String?) {
        let accept = request.headers[.accept]
        var acceptable = ContentNegotiation.format(accept: accept)
        if acceptable == nil, options.unsupportedAccept == .fallBackToJSON { acceptable = .json }

        // Routing.
        let path = request.uri.path
        let method = request.method.rawValue.uppercased()
        let schema: EndpointSchema
        let groupManager: Bool
        switch router.route(method: method, path: path) {
        case .endpoint(let found, let isGroupManager):
            schema = found
            groupManager = isGroupManager
        case .methodNotAllowed(let allow):
            var answer = SandboxAnswer.error(405, "The requested resource does not support http method '\(redactor.redact(method))'.")
            answer.headers.append(("Allow", allow.joined(separator: ", ")))
            return (http(answer, format: acceptable ?? .json, faults: []), nil)
        case .notFound:
            let answer = SandboxAnswer.error(404, "No HTTP resource was found that matches the request URI '\(redactor.redact(path))'.")
            return (http(answer, format: acceptable ?? .json, faults: []), nil)
        }
        guard let negotiated = acceptable else {
            return (Response(status: .notAcceptable), schema.endpoint)
        }

        // Faults: asked for by the request, and configured ones.
        var faults: [SandboxFault]
        do {
            faults = try SandboxFault.parse(header: request.headers[HTTPField.Name(SandboxFault.headerName)!] ?? "")
        } catch {
            return (http(.error(400, error.message), format: negotiated, faults: []), schema.endpoint)
        }
        faults += await state.takeFaults(endpoint: schema.endpoint, format: negotiated)
        let format = faults.contains(.ignoreAccept) ? .json : negotiated
        for case .delay(let ms) in faults {
            try? await Task.sleep(for: .milliseconds(ms))
        }
        for fault in faults {
            switch fault {
            case .dropConnection:
                // ConnectionCloseHandler closes the connection instead of writing this.
                var headers = HTTPFields()
                headers[ConnectionCloseHandler.dropMarker] = "1"
                return (Response(status: .internalServerError, headers: headers), schema.endpoint)
            case .serverError:
                return (http(.error(500, "An error has occurred."), format: format, faults: faults), schema.endpoint)
            case .tooManyRequests(let seconds):
                var answer = SandboxAnswer.error(429, "Too many requests; retry after \(seconds) seconds.")
                answer.headers.append(("Retry-After", String(seconds)))
                return (http(answer, format: format, faults: faults), schema.endpoint)
            case .invalidToken:
                var answer = SandboxAnswer.error(401, "Authorization has been denied for this request.")
                answer.headers.append(("WWW-Authenticate", #"Bearer error="invalid_token""#))
                return (http(answer, format: format, faults: faults), schema.endpoint)
            case .serviceUnavailable(let seconds):
                var answer = SandboxAnswer.error(503, "The service is unavailable; retry after \(seconds) seconds.")
                answer.headers.append(("Retry-After", String(seconds)))
                return (http(answer, format: format, faults: faults), schema.endpoint)
            default:
                continue
            }
        }

        // Authentication, as the page says.
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let headers = request.headers
        let authenticated = SandboxAuthentication.isAuthenticated(
            schema.authentication?.value, authorization: headers[.authorization],
            header: { name in HTTPField.Name(name).flatMap { headers[$0] } }, query: query, table: options.scopes)
        guard authenticated else {
            var answer = SandboxAnswer.error(401, "Authorization has been denied for this request.")
            if schema.authentication?.value != .apiKey {
                // A token was sent but is not one the scope table knows (RFC 6750 §3.1).
                let unknown = SandboxAuthentication.hasBearer(headers[.authorization])
                answer.headers.append(("WWW-Authenticate", unknown ? #"Bearer error="invalid_token""# : "Bearer"))
            }
            return (http(answer, format: format, faults: faults), schema.endpoint)
        }

        // Scopes: 403 when the token lacks one the page names.
        if let table = options.scopes, schema.authentication?.value != .apiKey, !schema.scopes.isEmpty,
            let authorization = headers[.authorization], SandboxAuthentication.hasBearer(authorization)
        {
            let token = String(authorization.split(separator: " ", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces)
            let missing = table.missing(schema.scopes, token: token)
            if !missing.isEmpty {
                var answer = SandboxAnswer.error(
                    403, "The access token does not grant the scope \(missing.joined(separator: ", ")) that \(schema.endpoint) needs.")
                answer.headers.append(("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"\(schema.scopes.joined(separator: " "))\""))
                return (http(answer, format: format, faults: faults), schema.endpoint)
            }
        }

        // Parameters.
        var validated = schema
        if groupManager {
            validated.request += schema.groupManagerParameters.filter { parameter in !schema.request.contains { $0.name == parameter.name } }
        }
        let validator = RequestValidator(schema: validated)
        var body = Data()
        let takesBody = schema.parameterPassing == .jsonBody || (schema.parameterPassing == .unspecified && method != "GET")
        if takesBody {
            do {
                body = Data(try await request.collectBody(upTo: options.maxRequestBytes).readableBytesView)
            } catch {
                let shuttingDown = await state.isShuttingDown
                if Task.isCancelled || shuttingDown {
                    return (http(.error(503, SandboxState.Refusal.shuttingDown.message), format: format, faults: faults), schema.endpoint)
                }
                // The rest of the body is not read: close the connection once answered
                // (ConnectionCloseHandler), rather than leave it half-closed.
                var answer = SandboxAnswer.error(413, "The request body is larger than \(options.maxRequestBytes) bytes.")
                answer.headers.append(("Connection", "close"))
                return (http(answer, format: format, faults: faults), schema.endpoint)
            }
        }
        let problems = takesBody ? validator.validate(jsonBody: body) : validator.validate(query: query)
        if !problems.isEmpty {
            return (http(.error(400, "The request is invalid.", modelState: problems), format: format, faults: faults), schema.endpoint)
        }

        // The operation: a booking workflow, or the endpoint's answer made at start.
        let answer: SandboxAnswer
        if let booking = await bookingAnswer(schema, body: body, query: query, format: format) {
            answer = booking
        } else {
            answer = catalogAnswer(schema, format: format)
        }
        return (http(answer, format: format, faults: faults), schema.endpoint)
    }

    /// Any other endpoint: its answer made at start (``SandboxCatalogAnswers``).
    func catalogAnswer(_ schema: EndpointSchema, format: ResponseFormat) -> SandboxAnswer {
        switch answers[schema.endpoint] {
        case .document(let json, let xml, let xmlProblem):
            if format == .xml, xml == nil {
                return .error(406, xmlProblem ?? "The stand-in cannot write \(schema.endpoint) as XML.")
            }
            return SandboxAnswer(status: 200, body: .raw(json: json, xml: xml))
        case .empty:
            return SandboxAnswer(status: 200, body: .empty)
        case .undocumented:
            var answer = SandboxAnswer(status: 204, body: .empty)
            answer.headers.append((
                SandboxCatalogAnswers.undocumentedHeader,
                "the documentation page of \(schema.endpoint) does not show the response; the stand-in does not make one up"))
            return answer
        case .failed(let message):
            return .error(500, message)
        }
    }

    /// The HTTP response: encoded body, `Content-Type` with charset, and the body faults.
    private func http(_ answer: SandboxAnswer, format: ResponseFormat, faults: [SandboxFault]) -> Response {
        var body: Data
        do {
            body = try answer.encoded(as: format)
        } catch {
            body = (try? SandboxAnswer.error(500, "An error has occurred.").encoded(as: format)) ?? Data()
            return response(status: 500, format: format, body: body, headers: [], faults: [])
        }
        return response(status: answer.status, format: format, body: body, headers: answer.headers, faults: faults)
    }

    private func response(status: Int, format: ResponseFormat, body: Data, headers extra: [(String, String)], faults: [SandboxFault]) -> Response {
        var body = body
        var contentType = ContentNegotiation.contentType(format)
        for fault in faults {
            switch fault {
            case .truncatedBody: body = body.prefix(body.count / 2)
            case .wrongContentType: contentType = "text/html; charset=utf-8"
            case .malformedXML where format == .xml: body = Self.breakFirstEndTag(body)
            default: break
            }
        }
        var headers = HTTPFields()
        if !body.isEmpty { headers[.contentType] = contentType }
        headers[.cacheControl] = "no-cache"
        for (name, value) in extra {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        for case .stallBody(let ms) in faults {
            // The head and half the body now, the rest after the pause.
            let cut = body.count / 2
            let first = ByteBuffer(bytes: body.prefix(cut))
            let rest = ByteBuffer(bytes: body.dropFirst(cut))
            return Response(
                status: HTTPResponse.Status(code: status), headers: headers,
                body: ResponseBody(contentLength: body.count) { writer in
                    try await writer.write(first)
                    try await Task.sleep(for: .milliseconds(ms))
                    try await writer.write(rest)
                    try await writer.finish(nil)
                })
        }
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The document with the `/` of its first end tag removed (`</A>` → `<A>`), as in the
    /// documentation's XML sample.
    static func breakFirstEndTag(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "/") {
            var out = bytes
            out.remove(at: index + 1)
            return Data(out)
        }
        return data
    }
}
