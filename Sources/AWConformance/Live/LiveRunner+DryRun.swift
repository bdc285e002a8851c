import Foundation

extension LiveRunner {
    /// What `awkit live --dry-run` prints: each request (``LiveRequest/dryRunDescription(redactor:)``)
    /// under a comment line with its label, a write that ``LiveOptions/allowWrites`` does not
    /// allow marked as not sent. Nothing is sent. Control characters from the plan are escaped
    /// (``TerminalText``).
    ///
    /// - Parameters:
    ///   - plan: the calls to describe.
    ///   - missingToken: the environment variable that holds no token, to say so first.
    public func dryRun(_ plan: LivePlan, missingToken: String? = nil) -> String {
        let redactor = options.redactor
        var text = ""
        if let missingToken { text += "# no token in \(missingToken): a real run would stop here\n" }
        for request in requests(for: plan) {
            let skipped = request.changesState && !options.allowWrites
            text += "# \(redactor.redact(request.label))\(skipped ? " — not sent without --allow-writes" : "")\n"
            text += request.dryRunDescription(redactor: redactor) + "\n\n"
        }
        return TerminalText.escape(text, keepingLineBreaks: true)
    }

    /// The dry run in a report format: ``ReportFormat/text`` as ``dryRun(_:missingToken:)``;
    /// ``ReportFormat/json`` as
    /// `{"version":1,"missingToken":null,"requests":[{"label","method","url","accept","headers":[{"name","value"}],"body","willSend"}]}`
    /// (keys sorted, `body` null without one, `willSend` false for a write without
    /// ``LiveOptions/allowWrites``); ``ReportFormat/junit`` as one skipped test case per request;
    /// ``ReportFormat/sarif`` as a log with one run and no results (nothing was checked).
    /// Every value is redacted before it is serialised.
    public func dryRun(_ plan: LivePlan, missingToken: String? = nil, format: ReportFormat) -> String {
        let redactor = options.redactor
        let requests = requests(for: plan)
        switch format {
        case .text:
            return dryRun(plan, missingToken: missingToken)
        case .json:
            let list: [[String: Any]] = requests.map { request in
                [
                    "label": redactor.redact(request.label),
                    "method": request.method,
                    "url": redactor.redact(request.url.absoluteString),
                    "accept": request.accept.mediaType,
                    "headers": [["name": "Authorization", "value": "bearer \(SecretRedactor.placeholder)"]]
                        + request.headers.map { ["name": $0.name, "value": redactor.redactHeader(name: $0.name, value: $0.value)] },
                    "body": request.body.map { String(decoding: redactor.redact($0), as: UTF8.self) } ?? NSNull(),
                    "willSend": !(request.changesState && !options.allowWrites),
                ]
            }
            let object: [String: Any] = ["version": 1, "missingToken": missingToken ?? NSNull(), "requests": list]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        case .sarif:
            // Nothing is sent, so nothing is found: a valid SARIF log with one empty run.
            return ReportFormat.sarif.render(CheckReport())
        case .junit:
            var cases = ""
            for request in requests {
                let skipped = request.changesState && !options.allowWrites
                let reason = skipped ? "dry run; a write, not sent without --allow-writes" : "dry run: not sent"
                cases += "    <testcase classname=\"\(JUnitReporter.escape(request.endpoint))\" name=\"\(JUnitReporter.escape(redactor.redact(request.label)))\">\n"
                cases += "      <skipped message=\"\(reason)\"/>\n"
                cases += "      <system-out>\(JUnitReporter.escape(request.dryRunDescription(redactor: redactor)))</system-out>\n"
                cases += "    </testcase>\n"
            }
            return """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="awkit live --dry-run" tests="\(requests.count)" failures="0" errors="0">
                  <testsuite name="dry run" tests="\(requests.count)" failures="0" errors="0" skipped="\(requests.count)">
                \(cases)  </testsuite>
                </testsuites>

                """
        }
    }
}
