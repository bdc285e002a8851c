import AWModels
import DataContractXML
import Foundation

extension LiveRunner {
    /// Turns the exchanges into findings: HTTP findings per exchange, the `awkit check` rules on
    /// each 2xx body, parity per call; everything redacted.
    func check(_ exchanges: [LiveExchange], plan: LivePlan) -> LiveReport {
        let redactor = options.redactor
        let conformance = ConformanceRunner(schemas: schemas, configuration: configuration)
        var report = CheckReport(rules: Rule.all, title: "awkit live")
        var parityIgnores: [String: [String]] = [:]
        let byCall = Dictionary(grouping: exchanges, by: \.request.callIndex)
        for index in byCall.keys.sorted() {
            let pair = byCall[index]!
            let call = plan.calls[index]
            var documents: [ResponseFormat: (label: String, node: DocumentNode)] = [:]
            if pair.allSatisfy({ !$0.sent }), let first = pair.first {
                // One finding for the call: it was not sent in either format.
                let label = "\(first.request.callName) \(first.request.method) \(first.request.url.path)"
                report.files.append(label)
                report.endpoints[label] = call.endpoint
                let why =
                    first.notSentReason == .needsAPIKey
                    ? "its page says it takes the developer's API key and none was given (awkit live reads it from the environment variable --api-key-env names, AW_API_KEY by default)"
                    : "\(first.request.method) changes state on the server; run with --allow-writes to send it"
                add(
                    .liveNotSent, endpoint: call.endpoint, file: label,
                    message: "not sent: \(why) (\(pair.count) requests: \(pair.map { $0.request.accept.rawValue }.joined(separator: ", ")))",
                    to: &report)
                continue
            }
            for exchange in pair {
                let (exchangeReport, document) = check(exchange, conformance: conformance)
                report.append(exchangeReport)
                if let document { documents[exchange.request.accept] = (exchange.request.label, document) }
            }
            // Parity between the call's JSON and XML answers.
            if let json = documents[.json], let xml = documents[.xml], let schema = schemas[call.endpoint] {
                var parityConfiguration = configuration
                for path in call.parityIgnore ?? [] {
                    parityConfiguration.overrides.append(
                        .init(rule: Rule.parity.id, endpoint: call.endpoint, path: path, severity: .ignore))
                }
                if let ignore = call.parityIgnore, !ignore.isEmpty {
                    parityIgnores[call.endpoint, default: []] += ignore.filter { !(parityIgnores[call.endpoint] ?? []).contains($0) }
                }
                let checker = ParityChecker(schema: schema, jsonFile: json.label, xmlFile: xml.label, configuration: parityConfiguration)
                report.findings += checker.check(json: json.node, xml: xml.node)
            }
        }
        report.rules = Rule.all
        report.title = "awkit live"
        return LiveReport(report: Self.redact(report, with: redactor), exchanges: exchanges, parityIgnores: parityIgnores)
    }

    /// The findings of one exchange, and its document for parity (2xx answers only).
    private func check(_ exchange: LiveExchange, conformance: ConformanceRunner) -> (CheckReport, DocumentNode?) {
        let request = exchange.request
        let label = request.label
        var report = CheckReport(
            files: [label], sources: exchange.body.isEmpty ? [:] : [label: String(decoding: exchange.body, as: UTF8.self)],
            endpoints: [label: request.endpoint], rules: Rule.all, title: "awkit live")
        guard exchange.sent else { return (report, nil) }
        if let failure = exchange.failure, exchange.status == nil {
            add(
                failure.kind == .unreachable ? .liveUnreachable : .liveRequestFailed, endpoint: request.endpoint,
                file: label,
                message: "\(failure.message)\(exchange.attempts > 1 ? " (after \(exchange.attempts) attempts)" : "")",
                to: &report)
            return (report, nil)
        }
        guard let status = exchange.status else { return (report, nil) }
        if let failure = exchange.failure {
            add(.liveRequestFailed, endpoint: request.endpoint, file: label, message: failure.message, to: &report)
        }
        if !(200..<300).contains(status) {
            let message = Self.errorMessage(in: exchange.body)
            add(
                .httpStatus, endpoint: request.endpoint, file: label,
                message: "HTTP \(status)\(message.map { ": \($0)" } ?? "")\(exchange.attempts > 1 ? " (after \(exchange.attempts) attempts)" : "")\(exchange.header("Retry-After").map { "; Retry-After: \($0)" } ?? "")",
                expected: "2xx", actual: String(status), to: &report)
        }
        // Content-Type and charset.
        let contentType = exchange.header("Content-Type")
        var declared: ResponseFormat?
        if let contentType {
            do {
                let (format, charset) = try ResponseFormat.from(contentType: contentType)
                declared = format
                if charset == nil {
                    add(
                        .httpCharset, endpoint: request.endpoint, file: label,
                        message: "the Content-Type has no charset (ASP.NET Web API sends charset=utf-8)",
                        expected: "\(format.mediaType); charset=utf-8", actual: contentType, to: &report)
                } else if charset != "utf-8" {
                    add(
                        .httpCharset, endpoint: request.endpoint, file: label,
                        message: "the charset is \(charset!), not utf-8", expected: "utf-8", actual: charset, to: &report)
                }
            } catch {
                add(
                    .httpContentType, endpoint: request.endpoint, file: label,
                    message: "the Content-Type is neither JSON nor XML", expected: request.accept.mediaType,
                    actual: contentType, to: &report)
            }
        } else if !exchange.body.isEmpty {
            add(
                .httpContentType, endpoint: request.endpoint, file: label, message: "the answer has a body but no Content-Type",
                expected: request.accept.mediaType, actual: "none", to: &report)
        }
        let sniffed = try? ResponseFormat.sniff(exchange.body)
        if let declared, declared != request.accept {
            add(
                .httpNotNegotiatedFormat, endpoint: request.endpoint, file: label,
                message: "asked for \(request.accept.rawValue.uppercased()) (Accept: \(request.accept.mediaType)), the Content-Type says \(declared.rawValue.uppercased())",
                expected: request.accept.mediaType, actual: contentType, to: &report)
        } else if let sniffed, sniffed != request.accept {
            add(
                .httpNotNegotiatedFormat, endpoint: request.endpoint, file: label,
                message: "asked for \(request.accept.rawValue.uppercased()), the body is \(sniffed.rawValue.uppercased())",
                expected: request.accept.rawValue, actual: sniffed.rawValue, to: &report)
        }
        guard (200..<300).contains(status) else { return (report, nil) }
        // A body cut short or over the size cap already has its finding: checking it as a
        // document would only add noise.
        if exchange.failure != nil { return (report, nil) }
        if exchange.body.isEmpty {
            // No body is right where the page documents none (`empty`), and not checkable where
            // the page does not show the response (the stand-in answers those 204).
            let shape = schemas[request.endpoint]?.shape
            if contentType == nil, shape != .empty, shape != nil || status != 204 {
                add(
                    .httpContentType, endpoint: request.endpoint, file: label,
                    message: "the answer has no body (HTTP \(status)); a \(request.accept.rawValue.uppercased()) document was expected",
                    expected: request.accept.mediaType, actual: "no body", to: &report)
            }
            return (report, nil)
        }
        // Only a JSON or XML answer is a document (an HTML error page has had its
        // http.content-type finding).
        guard let declared else { return (report, nil) }

        // The body through every awkit check rule, in the format it is in.
        let format = sniffed ?? declared
        let file = ResponseFile(path: label, endpoint: request.endpoint, format: format)
        let (bodyReport, document) = conformance.check(file, data: exchange.body)
        report.findings += bodyReport.findings
        if let streamingError = exchange.streamingDecodeError,
            !bodyReport.findings.contains(where: { [Rule.modelDecode.id, Rule.xmlSyntax.id].contains($0.rule) }),
            let severity = configuration.severity(for: .modelDecode, endpoint: request.endpoint, path: "")
        {
            report.findings.append(
                Finding(
                    rule: .modelDecode, severity: severity, endpoint: request.endpoint, file: label, path: "",
                    message: "the streaming XML decoder (fed as the body arrived) fails where the whole-document check does not: \(streamingError)"))
        }
        return (report, format == request.accept ? document : nil)
    }

    private func add(
        _ rule: Rule, endpoint: String, file: String, message: String, expected: String? = nil, actual: String? = nil,
        to report: inout CheckReport
    ) {
        guard let severity = configuration.severity(for: rule, endpoint: endpoint, path: "") else { return }
        report.findings.append(
            Finding(rule: rule, severity: severity, endpoint: endpoint, file: file, path: "", message: message, expected: expected, actual: actual))
    }

    /// A short text saying what an error answer says: the `Message` of an ASP.NET Web API error
    /// body (`{"Message": "…"}` or `<Error><Message>…</Message></Error>`), else an HTML page's
    /// `<title>`, else the start of the body as text (white space collapsed, at most
    /// ``errorExcerptLength`` characters); `nil` for an empty body.
    static func errorMessage(in body: Data) -> String? {
        guard !body.isEmpty else { return nil }
        if let tree = try? JSONTree.parse(body), case .object(let members, _) = tree.root,
            let message = members.last(where: { $0.key == "Message" }), case .string(let text, _) = message.value
        {
            return excerpt(text)
        }
        if let tree = try? XMLTree.parse(body), let root = tree.root,
            let message = root.children.first(where: { $0.localName == "Message" })
        {
            return excerpt(message.text)
        }
        let text = String(decoding: body.prefix(64 * 1024), as: UTF8.self)
        if let start = text.range(of: "<title", options: .caseInsensitive),
            let open = text.range(of: ">", range: start.upperBound..<text.endIndex),
            let end = text.range(of: "</title", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
        {
            let title = excerpt(String(text[open.upperBound..<end.lowerBound]))
            if !title.isEmpty { return title }
        }
        let words = excerpt(text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression))
        return words.isEmpty ? nil : words
    }

    /// The longest excerpt of an error body in a finding: 120 characters.
    static let errorExcerptLength = 120

    private static func excerpt(_ text: String) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return collapsed.count > errorExcerptLength ? String(collapsed.prefix(errorExcerptLength)) + "…" : collapsed
    }

    /// Every string of a report through the redactor.
    static func redact(_ report: CheckReport, with redactor: SecretRedactor) -> CheckReport {
        var out = report
        out.files = report.files.map(redactor.redact)
        out.sources = Dictionary(report.sources.map { (redactor.redact($0.key), redactor.redact($0.value)) }, uniquingKeysWith: { a, _ in a })
        out.endpoints = Dictionary(report.endpoints.map { (redactor.redact($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        out.findings = report.findings.map { finding in
            var f = finding
            f.file = redactor.redact(f.file)
            f.path = redactor.redact(f.path)
            f.message = redactor.redact(f.message)
            f.expected = f.expected.map(redactor.redact)
            f.actual = f.actual.map(redactor.redact)
            return f
        }
        return out
    }
}

