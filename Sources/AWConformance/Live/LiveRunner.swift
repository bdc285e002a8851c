import AWModels
import AsyncHTTPClient
import Foundation
import NIOCore

/// Runs a ``LivePlan`` against the API (or the stand-in) and checks every answer: the engine
/// behind `awkit live`.
///
/// Each call is sent twice, with `Accept: application/json` and `Accept: application/xml`, one
/// after the other; calls run up to ``LiveOptions/concurrency`` at a time. Each answer gets
/// - HTTP findings: status (`http.status`), `Content-Type` and charset (`http.content-type`,
///   `http.charset`), a body in another format than the one asked for
///   (`http.not-negotiated-format`), a request that failed (`live.unreachable`,
///   `live.request-failed`);
/// - for a 2xx answer, every check of ``ConformanceRunner/check(_:data:)`` (the same as
///   `awkit check`), and parity between the JSON and the XML answer of the call.
///
/// XML bodies are fed to the streaming `DataContractDecoder` chunk by chunk as
/// they arrive (AsyncHTTPClient's body sequence); the raw checks then run on the collected bytes.
///
/// **Writes.** A call whose endpoint changes state is reported as `live.not-sent` unless
/// ``LiveOptions/allowWrites``. With it, the JSON request is sent first, then the XML request:
/// each is a real write. A write is rarely repeatable on one record, so a write call should name
/// two records (the JSON request's and the XML request's) and list in
/// ``LivePlan/Call/parityIgnore`` what differs between two records by nature.
///
/// **API keys.** A call whose page says it takes the developer's API key is reported as
/// `live.not-sent` when ``LiveOptions/apiKey`` is `nil`: without the key the server can only
/// refuse it.
///
/// Retries (``LiveOptions/retry``) apply to idempotent requests (GET, HEAD) only: on a connection
/// failure, 429 and 503, waiting `Retry-After` (capped) or an exponential backoff.
public struct LiveRunner: Sendable {
    /// Where and how to send.
    public var options: LiveOptions
    /// Schemas by endpoint id (built-in and `--schemas`).
    public var schemas: [String: EndpointSchema]
    /// Severities, as for `awkit check`.
    public var configuration: CheckConfiguration

    /// A runner with these options, schemas and severities.
    public init(options: LiveOptions, schemas: [String: EndpointSchema], configuration: CheckConfiguration = .init()) {
        self.options = options
        self.schemas = schemas
        self.configuration = configuration
    }

    /// Checks that ``LiveOptions/baseURL`` is an `http` or `https` URL with a host.
    ///
    /// - Throws: ``LiveSetupError`` `live.bad-base-url`.
    public func validateBaseURL() throws(LiveSetupError) {
        let scheme = options.baseURL.scheme?.lowercased()
        guard scheme == "http" || scheme == "https", let host = options.baseURL.host, !host.isEmpty else {
            throw LiveSetupError(
                code: .badBaseURL,
                message: "the base URL \(options.redactor.redact(options.baseURL.absoluteString)) is not an http:// or https:// URL with a host")
        }
    }

    /// The requests of a plan, two per call (JSON, then XML), in plan order. Assumes the plan is
    /// valid (``LivePlan/validate(against:path:)``).
    public func requests(for plan: LivePlan) -> [LiveRequest] {
        plan.calls.enumerated().flatMap { index, call in
            ResponseFormat.allCases.enumerated().map { position, format in
                request(for: call, index: index, format: format, position: position)
            }
        }
    }

    private func request(for call: LivePlan.Call, index: Int, format: ResponseFormat, position: Int) -> LiveRequest {
        let schema = schemas[call.endpoint]
        let method = (schema?.method ?? Endpoint.named(call.endpoint)?.method ?? "GET").uppercased()
        let regularPath = schema?.path ?? Endpoint.named(call.endpoint)?.path ?? "/v1/\(call.endpoint)"
        let path = call.groupManager == true ? (schema?.groupManagerPath ?? regularPath) : regularPath
        let records = call.records ?? []
        let record: PlanValue? = records.isEmpty ? nil : records[min(position, records.count - 1)]
        var query = call.query ?? [:]
        var body = call.body
        let bodyPassing: Bool
        switch schema?.parameterPassing {
        case .jsonBody?: bodyPassing = true
        case .queryString?: bodyPassing = false
        default: bodyPassing = method != "GET" && method != "HEAD"
        }
        if let record, let key = call.recordKey {
            if bodyPassing {
                var members: [String: PlanValue] = [:]
                if case .object(let existing)? = body { members = existing }
                members[key] = record
                body = .object(members)
            } else {
                query[key] = record
            }
        }
        var base = options.baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var components = URLComponents(string: base + path) ?? URLComponents()
        if !query.isEmpty {
            components.queryItems = query.keys.sorted().map { URLQueryItem(name: $0, value: query[$0]!.queryText) }
        }
        var headers = [
            LiveRequest.Header(name: "Accept", value: format.mediaType),
            LiveRequest.Header(name: "User-Agent", value: options.userAgent),
        ]
        let bodyData = body.map { Data($0.jsonText.utf8) }
        if bodyData != nil {
            headers.append(.init(name: "Content-Type", value: "application/json; charset=utf-8"))
        }
        for (name, value) in (call.headers ?? [:]).sorted(by: { $0.key < $1.key }) {
            headers.append(.init(name: name, value: value))
        }
        for (name, value) in options.extraHeaders.sorted(by: { $0.key < $1.key }) {
            headers.append(.init(name: name, value: value))
        }
        return LiveRequest(
            callIndex: index, callName: call.name ?? String(index + 1), endpoint: call.endpoint,
            method: method, url: components.url ?? options.baseURL, accept: format, headers: headers,
            body: bodyData, record: record, recordKey: call.recordKey,
            changesState: method != "GET" && method != "HEAD")
    }

    /// Sends the plan and checks every answer.
    ///
    /// - Parameters:
    ///   - plan: the calls to send, each in JSON and in XML.
    ///   - progress: called after each request completes (from any task).
    /// - Throws: ``LiveSetupError`` for a bad base URL, ``LivePlanError`` for an invalid plan.
    ///   Network trouble is never thrown: it becomes findings.
    public func run(_ plan: LivePlan, progress: (@Sendable (LiveProgress) -> Void)? = nil) async throws -> LiveReport {
        try validateBaseURL()
        try plan.validate(against: schemas)
        let requests = requests(for: plan)
        let byCall = Dictionary(grouping: requests, by: \.callIndex)
        let counter = ProgressCounter(total: requests.count, report: progress)

        var configuration = HTTPClient.Configuration()
        // The total timeout is enforced around each whole request (LiveRunner+HTTP); the read
        // timeout also stops a server that pauses between two parts of an answer.
        configuration.timeout = .init(
            connect: .nanoseconds(Int64(LiveOptions.clampSeconds(options.connectTimeout) * 1e9)),
            read: .nanoseconds(Int64(LiveOptions.clampSeconds(options.totalTimeout) * 1e9)))
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)

        var exchanges: [Int: [LiveExchange]] = [:]
        // Calls that take values from earlier answers run one after the other.
        let ordered = plan.hasReferences
        let width = ordered ? 1 : max(1, options.concurrency)
        let names = Dictionary(
            plan.calls.enumerated().flatMap { index, call in [(call.name ?? String(index + 1), index), (String(index + 1), index)] },
            uniquingKeysWith: { first, _ in first })
        await withTaskGroup(of: (Int, [LiveExchange]).self) { group in
            var next = 0
            let indices = byCall.keys.sorted()
            func addNext() {
                guard next < indices.count else { return }
                let index = indices[next]
                next += 1
                let callRequests = byCall[index] ?? []
                let answered = exchanges
                group.addTask {
                    var done: [LiveExchange] = []
                    for var request in callRequests {
                        let exchange: LiveExchange
                        var unresolved: String?
                        if ordered {
                            switch resolve(plan.calls[index], index: index, request: request, names: names, answered: answered) {
                            case .success(let resolved): request = resolved
                            case .failure(let error): unresolved = error.description
                            }
                        }
                        if request.changesState && !options.allowWrites {
                            exchange = LiveExchange(request: request, sent: false, notSentReason: .changesState)
                        } else if options.apiKey == nil, schemas[request.endpoint]?.authentication?.value == .apiKey {
                            exchange = LiveExchange(request: request, sent: false, notSentReason: .needsAPIKey)
                        } else if let unresolved {
                            exchange = LiveExchange(
                                request: request, sent: true,
                                failure: .init(kind: .unresolvedReference, message: "not sent: \(unresolved)"))
                        } else {
                            exchange = await send(request, client: client)
                        }
                        done.append(exchange)
                        await counter.completed(exchange.request.label)
                    }
                    return (index, done)
                }
            }
            for _ in 0..<width { addNext() }
            for await (index, done) in group {
                exchanges[index] = done
                addNext()
            }
        }
        try? await client.shutdown()

        let all = exchanges.keys.sorted().flatMap { exchanges[$0]! }
        return check(all, plan: plan)
    }

    /// The request with the call's references replaced by the values of the earlier answers in
    /// the request's format.
    private func resolve(
        _ call: LivePlan.Call, index: Int, request: LiveRequest, names: [String: Int], answered: [Int: [LiveExchange]]
    ) -> Result<LiveRequest, PlanReferenceSyntaxError> {
        do throws(PlanReferenceSyntaxError) {
            guard try !call.references().isEmpty else { return .success(request) }
            let resolved = try call.resolving { reference throws(PlanReferenceSyntaxError) in
                if case .clock = reference.source { return try reference.value(in: LiveExchange(request: request, sent: false)).get() }
                guard let source = names[reference.call], let exchange = answered[source]?.first(where: { $0.request.accept == request.accept }) else {
                    throw PlanReferenceSyntaxError(text: reference.description, reason: "call \(reference.call) has no answer")
                }
                return try reference.value(in: exchange).get()
            }
            let position = ResponseFormat.allCases.firstIndex(of: request.accept) ?? 0
            return .success(self.request(for: resolved, index: index, format: request.accept, position: position))
        } catch {
            return .failure(error)
        }
    }
}
