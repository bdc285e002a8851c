import AWConformance
import AWModels
import AWSandbox
import DataContractXML
import Foundation
import Testing

/// Regression tests for the review of live mode and the stand-in (one per defect).
@Suite("Live mode: review fixes")
struct LiveReviewFixesTests {
    static func runner(port: Int, token: String = Sandbox.token, configure: (inout LiveOptions) -> Void = { _ in }) throws -> LiveRunner {
        var options = LiveOptions(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: token)
        options.connectTimeout = 2
        options.totalTimeout = 3
        options.retry = .init(maxAttempts: 3, initialBackoff: 0.01, maxWait: 0.05)
        configure(&options)
        return LiveRunner(options: options, schemas: try Sandbox.schemas())
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("awkit-review-\(UUID().uuidString)")
    }

    // 1
    @Test("A server that sends the head and then stalls is stopped by the total timeout")
    func stalledBody() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port) { $0.totalTimeout = 0.3 }
                .run(LiveRunnerTests.getPlan(headers: ["X-AWKit-Fault": "stall-body=1500"]))
            #expect(LiveRunnerTests.rules(report) == ["live.request-failed", "live.request-failed"])
            #expect(report.report.findings.allSatisfy { $0.message.contains("timeout") })
            #expect(report.exchanges.allSatisfy { $0.attempts == 1 })
        }
    }

    @Test("stall-body: the fault header spelling")
    func stallSpelling() throws {
        #expect(try SandboxFault.parse(header: "stall-body=250, 401") == [.stallBody(milliseconds: 250), .invalidToken])
        #expect(throws: SandboxError.self) { try SandboxFault.parse(header: "stall-body=x") }
    }

    // 2, 4
    @Test("Echoed quotes and Bearer auth-params leave recorded .http files as valid JSON")
    func recordedFilesParse() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = LivePlan(calls: [
            .init(name: "quote", endpoint: "Test/GetBooking", headers: ["X-AWKit-Fault": #"bearer "abc""#]),
            .init(name: "expired", endpoint: "Test/GetBooking", headers: ["X-AWKit-Fault": "401"]),
        ])
        let report = try await Sandbox.with { port, _ in try await Self.runner(port: port).run(plan) }
        #expect(report.report.findings.contains { $0.message.contains(#"unknown fault 'bearer "abc"'"#) })
        let json = ReportFormat.json.render(report.report)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(json)")
        let junit = ReportFormat.junit.render(report.report)
        #expect((try? XMLTree.parse(Data(junit.utf8))) != nil)
        try LiveRecorder(directory: directory, redactor: SecretRedactor(secrets: [Sandbox.token])).record(report)
        let http = directory.appendingPathComponent("expired/Test/GetBooking/error-response.json.http")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: http)) as? [String: Any])
        let headers = try #require(object["headers"] as? [String: String])
        #expect(headers["WWW-Authenticate"] == #"Bearer error="invalid_token""#)
        let quoteHTTP = directory.appendingPathComponent("quote/Test/GetBooking/error-response.xml.http")
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: quoteHTTP))) != nil)
        let body = try String(contentsOf: directory.appendingPathComponent("quote/Test/GetBooking/error-response.json"), encoding: .utf8)
        #expect((try? JSONSerialization.jsonObject(with: Data(body.utf8))) != nil, "\(body)")
    }

    @Test("The bearer rule stops at backslashes and quotes and keeps auth-params")
    func bearerRule() {
        let redactor = SecretRedactor()
        #expect(redactor.redact(#"{"m":"bearer \"abc\""}"#) == #"{"m":"bearer \"abc\""}"#)
        #expect(redactor.redact(#"Bearer error="invalid_token""#) == #"Bearer error="invalid_token""#)
        #expect(redactor.redact("x bearer abc.def\\n") == "x bearer [REDACTED]\\n")
        #expect(redactor.redact(Data("auth: Bearer abc.def</a>".utf8)) == Data("auth: Bearer [REDACTED]</a>".utf8))
    }

    // 4
    @Test("Escaped forms of the token are redacted in bodies and text")
    func escapedToken() {
        let secret = "tok/SECRET&9<f2"
        let redactor = SecretRedactor(secrets: [secret])
        for form in [
            #"tok\/SECRET&9<f2"#, #"\u0074ok\u002FSECRET\u00269\u003cf2"#, "tok&#x2F;SECRET&amp;9&lt;f2",
            "tok&#47;SECRET&#38;9&#60;f2", "tok%2FSECRET%269%3Cf2", "tok%2fSECRET&9<f2",
        ] {
            #expect(redactor.redact(Data("a[\(form)]b".utf8)) == Data("a[[REDACTED]]b".utf8), "\(form)")
            #expect(redactor.redact("a[\(form)]b") == "a[[REDACTED]]b", "\(form)")
        }
        // Short tokens: whole words only, in bodies too.
        let short = SecretRedactor(secrets: ["x"])
        #expect(short.redact(Data(#"{"a":"x","xml":1}"#.utf8)) == Data(#"{"a":"[REDACTED]","xml":1}"#.utf8))
    }

    @Test("A token the server echoes JSON-escaped never reaches the exchange body")
    func escapedEchoEndToEnd() async throws {
        let token = "tok/SECRET-4f2a9c"
        let report = try await Sandbox.with { port, _ in
            try await Self.runner(port: port, token: token).run(LiveRunnerTests.getPlan(headers: ["X-AWKit-Fault": token]))
        }
        for exchange in report.exchanges {
            #expect(exchange.status == 400)
            #expect(!String(decoding: exchange.body, as: UTF8.self).contains("SECRET-4f2a9c"))
        }
        #expect(!ReportFormat.json.render(report.report).contains("SECRET-4f2a9c"))
    }

    // 3
    @Test("YAML plans: quoted scalars stay strings, plain ones resolve by tag, numbers keep their text")
    func yamlValues() throws {
        let yaml = """
            calls:
              - endpoint: Test/GetBooking
                query:
                  a: "0012"
                  b: "8 apples"
                  c: "2024-01-01T00:00:00+01:00"
                  d: "1e3"
                  e: 8.50
                  f: 1001
                  g: 1e3
                  h: 2024-01-01
                  i: true
                  j: ~
                  k: 0012
                headers: { X-AWKit-Fault: 500 }
            """
        let plan = try LivePlan.parse(Data(yaml.utf8), yaml: true)
        let query = try #require(plan.calls.first?.query)
        #expect(query["a"] == .string("0012"))
        #expect(query["b"] == .string("8 apples"))
        #expect(query["c"] == .string("2024-01-01T00:00:00+01:00"))
        #expect(query["d"] == .string("1e3"))
        #expect(query["e"] == .number("8.50"))
        #expect(query["f"] == .integer(1001))
        #expect(query["g"] == .number("1e3"))
        #expect(query["h"] == .string("2024-01-01"))
        #expect(query["i"] == .bool(true))
        #expect(query["j"] == .null)
        #expect(query["k"] == .string("0012"))
        #expect(plan.calls.first?.headers == ["X-AWKit-Fault": "500"])
        // JSON keeps the number's text too.
        let json = try LivePlan.parse(Data(#"{"calls":[{"endpoint":"PhoneChat/AcceptReceivedBooking","body":{"Credits":8.50}}]}"#.utf8), yaml: false)
        #expect(json.calls[0].body == .object(["Credits": .number("8.50")]))
        #expect(json.calls[0].body?.jsonText == #"{"Credits":8.50}"#)
        // A typo is an error, not ignored.
        #expect(throws: LivePlanError.self) { try LivePlan.parse(Data("calls: [{endpoint: X, recordkey: Y}]".utf8), yaml: true) }
    }

    // 12
    @Test("A body on a query-string (GET) call is rejected")
    func bodyOnGet() throws {
        let plan = LivePlan(calls: [.init(endpoint: "Test/GetBooking", body: .object(["A": .integer(1)]))])
        let error = try #require(throws: LivePlanError.self) { try plan.validate(against: try Sandbox.schemas()) }
        #expect(error.message.contains("query string"))
    }

    // 5
    @Test("Infinite and huge timeouts and waits are clamped instead of trapping")
    func hugeTimeouts() async throws {
        let policy = LiveOptions.RetryPolicy(maxAttempts: 2, initialBackoff: .infinity, maxWait: 1e30)
        #expect(policy.wait(beforeRetry: 1, retryAfter: 1e30) == LiveOptions.maximumSeconds)
        #expect(policy.wait(beforeRetry: 99, retryAfter: nil) == LiveOptions.maximumSeconds)
        #expect(LiveOptions.clampSeconds(.nan) == 0)
        #expect(LiveOptions.duration(seconds: .infinity) == .seconds(86_400))
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port) {
                $0.totalTimeout = .infinity
                $0.connectTimeout = 1e30
            }.run(LiveRunnerTests.getPlan())
            #expect(report.report.findings.isEmpty, "\(report.report.findings)")
        }
    }

    // 7
    @Test("Recording a failed run over a passed one removes the stale response files")
    func staleResponses() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let recorder = LiveRecorder(directory: directory, redactor: SecretRedactor(secrets: [Sandbox.token]))
        try await Sandbox.with { port, _ in
            try recorder.record(try await Self.runner(port: port).run(LiveRunnerTests.getPlan()))
            try recorder.record(try await Self.runner(port: port).run(LiveRunnerTests.getPlan(headers: ["X-AWKit-Fault": "500"])))
        }
        let folder = directory.appendingPathComponent("get/Test/GetBooking")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["error-response.json", "error-response.json.http", "error-response.xml", "error-response.xml.http"])
        #expect(try ResponseFile.discover(in: directory.path).isEmpty)
    }

    // 6
    @Test("A recording error names the system's reason")
    func recordError() throws {
        let file = Self.temporaryDirectory()
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let request = try Self.runner(port: 9).requests(for: LiveRunnerTests.getPlan())[0]
        let exchange = LiveExchange(request: request, sent: true, status: 200, body: Data("{}".utf8))
        let error = try #require(throws: LiveSetupError.self) {
            try LiveRecorder(directory: file, redactor: SecretRedactor()).record(LiveReport(report: CheckReport(), exchanges: [exchange]))
        }
        #expect(error.code == .recordFailed)
        #expect(!error.message.contains("512"), "\(error.message)")
        #expect(error.message.contains("is a file, not a directory") || error.message.contains("(ENOTDIR)"), "\(error.message)")
    }

    // 8
    @Test("Retry-After is honoured: retry-after=1 with maxWait 5 waits at least a second")
    func retryAfterHonoured() async throws {
        try await Sandbox.with(configure: {
            $0.faults = [.init(fault: .tooManyRequests(retryAfter: 1), endpoint: "Test/GetBooking", format: .json, times: 1)]
        }) { port, _ in
            let report = try await Self.runner(port: port) { $0.retry = .init(maxAttempts: 2, initialBackoff: 0.01, maxWait: 5) }
                .run(LiveRunnerTests.getPlan())
            #expect(report.report.findings.isEmpty, "\(report.report.findings)")
            #expect(report.exchanges[0].attempts == 2)
            #expect(report.exchanges[0].duration >= 1)
        }
    }

    @Test("Retry-After as an HTTP date")
    func retryAfterDate() {
        let now = Date(timeIntervalSince1970: 1_445_412_450)  // Wed, 21 Oct 2015 07:27:30 GMT
        #expect(LiveOptions.RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT", now: now) == 30)
        #expect(LiveOptions.RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:27:00 GMT", now: now) == 0)
        #expect(LiveOptions.RetryPolicy.retryAfterSeconds("12", now: now) == 12)
        #expect(LiveOptions.RetryPolicy.retryAfterSeconds("soon", now: now) == nil)
    }

    @Test("Concurrency is bounded: the stand-in never sees more requests at once than allowed")
    func concurrencyBound() async throws {
        let plan = LivePlan(calls: (1...6).map { .init(name: "c\($0)", endpoint: "Test/GetBooking", headers: ["X-AWKit-Fault": "delay=80"]) })
        for width in [1, 2] {
            try await Sandbox.with { port, server in
                _ = try await Self.runner(port: port) { $0.concurrency = width }.run(plan)
                let seen = await server.state.maxInFlight
                #expect(seen <= width)
                #expect(seen >= 1)
            }
        }
    }

    @Test("A session date in the past blocks accepting even with AcceptBy ahead")
    func sessionDateAlone() async throws {
        let now = Date()
        let bookings = try SandboxSeed.bookings(schemas: try Sandbox.schemas(), now: now, timeZone: .gmt)
        var booking = try #require(bookings.first { $0.bookingID == SandboxSeed.pendingIDs[0] })
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let past = calendar.dateComponents([.year, .month, .day, .hour], from: now.addingTimeInterval(-7200))
        booking.sessionDate = try DateTime(year: past.year!, month: past.month!, day: past.day!, hour: past.hour!)
        #expect(booking.acceptBy.date(in: .gmt) > now)
        let state = SandboxState(bookings: [booking])
        await #expect(throws: SandboxState.Refusal.sessionPassed(booking.bookingID, booking.sessionDate)) {
            try await state.accept(booking.bookingID, credits: 8, now: now, timeZone: .gmt)
        }
    }

    // 10
    @Test("An HTML or empty answer is one http.content-type finding, not document checks")
    func notADocument() async throws {
        try await Sandbox.with { port, _ in
            let html = try await Self.runner(port: port).run(
                LiveRunnerTests.getPlan(headers: ["X-AWKit-Fault": "content-type, truncate"]))
            #expect(LiveRunnerTests.rules(html) == ["http.content-type", "http.content-type"])
        }
    }

    // 9
    @Test("A body over the size cap is one live.request-failed finding, no document checks")
    func sizeCap() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port) { $0.maxBodyBytes = 10 }.run(LiveRunnerTests.getPlan())
            #expect(LiveRunnerTests.rules(report) == ["live.request-failed", "live.request-failed"])
        }
    }
}
