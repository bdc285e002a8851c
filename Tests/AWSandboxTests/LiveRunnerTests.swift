import AWConformance
import AWModels
import AWSandbox
import Foundation
import Testing

/// `awkit live`'s engine end to end against the stand-in on 127.0.0.1 (ephemeral port).
@Suite("Live runner against the stand-in")
struct LiveRunnerTests {
    static let planFile = Sandbox.repositoryRoot.appendingPathComponent("Samples/plans/sandbox.yaml")

    static func runner(port: Int, configure: (inout LiveOptions) -> Void = { _ in }) throws -> LiveRunner {
        var options = LiveOptions(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: Sandbox.token)
        options.connectTimeout = 2
        options.totalTimeout = 3
        options.retry = .init(maxAttempts: 3, initialBackoff: 0.01, maxWait: 0.05)
        configure(&options)
        return LiveRunner(options: options, schemas: try Sandbox.schemas())
    }

    static func getPlan(headers: [String: String]? = nil) -> LivePlan {
        LivePlan(calls: [.init(name: "get", endpoint: "Test/GetBooking", recordKey: "BookingID", records: [.integer(1)], headers: headers)])
    }

    static func rules(_ report: LiveReport, file suffix: String? = nil) -> [String] {
        report.report.findings.filter { suffix == nil || $0.file.hasSuffix(suffix!) }.map(\.rule)
    }

    @Test("The example plan without --allow-writes: not sent, a warning, nothing changed")
    func writesRefused() async throws {
        try await Sandbox.with { port, server in
            let before = await server.state.allBookings()
            let report = try await Self.runner(port: port).run(try LivePlan.load(from: Self.planFile))
            #expect(Self.rules(report) == ["live.not-sent"])
            #expect(report.report.findings.first?.severity == .warning)
            #expect(!report.report.hasErrors)
            #expect(report.notSent == 2)
            #expect(!report.hostUnreachable)
            #expect(await server.state.allBookings() == before)
        }
    }

    @Test("The example plan with --allow-writes: both bookings accepted, JSON and XML pass every check")
    func writesAllowed() async throws {
        try await Sandbox.with { port, server in
            let report = try await Self.runner(port: port) { $0.allowWrites = true }.run(try LivePlan.load(from: Self.planFile))
            #expect(report.report.findings.isEmpty, "\(report.report.findings)")
            #expect(report.exchanges.map(\.status) == [200, 200])
            #expect(report.exchanges.map(\.request.accept) == [.json, .xml])
            #expect(report.exchanges[1].streamed)
            #expect(report.exchanges[1].streamingDecodeError == nil)
            #expect(await server.state.booking(1001)?.status == .accepted)
            #expect(await server.state.booking(1002)?.status == .accepted)
            // Run again: both bookings are no longer pending.
            let again = try await Self.runner(port: port) { $0.allowWrites = true }.run(try LivePlan.load(from: Self.planFile))
            #expect(Self.rules(again) == ["http.status", "http.status"])
            #expect(again.report.findings[0].message.contains("only a Pending booking can be accepted"))
        }
    }

    @Test("A GET call: clean, both formats, parity")
    func cleanGet() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan())
            #expect(report.report.findings.isEmpty, "\(report.report.findings)")
            #expect(report.exchanges.allSatisfy { $0.attempts == 1 && $0.status == 200 })
            #expect(report.exchanges[0].request.url.query == "BookingID=1")
            // Test/GetBooking has no AWModels model, so there is nothing to stream-decode into.
            #expect(!report.exchanges[1].streamed)
        }
    }

    @Test("Fault: 500 is an http.status error, not retried")
    func serverError() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "500"]))
            #expect(Self.rules(report) == ["http.status", "http.status"])
            #expect(report.report.findings[0].message == "HTTP 500: An error has occurred.")
            #expect(report.exchanges.allSatisfy { $0.attempts == 1 })
        }
    }

    @Test("Fault: 429 and 503 on GET are retried (Retry-After capped), then reported")
    func rateLimited() async throws {
        try await Sandbox.with { port, _ in
            let limited = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "429;retry-after=30"]))
            #expect(Self.rules(limited) == ["http.status", "http.status"])
            #expect(limited.exchanges.allSatisfy { $0.attempts == 3 })
            #expect(limited.exchanges.allSatisfy { $0.duration < 2 })  // 30 s cut to 0.05 s
            #expect(limited.report.findings[0].message.contains("Retry-After: 30"))
            let unavailable = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "503"]))
            #expect(unavailable.exchanges.allSatisfy { $0.attempts == 3 && $0.status == 503 })
        }
        // Once only: the retry gets the answer.
        try await Sandbox.with(configure: {
            $0.faults = [.init(fault: .tooManyRequests(retryAfter: 0), endpoint: "Test/GetBooking", times: 1)]
        }) { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan())
            #expect(report.report.findings.isEmpty, "\(report.report.findings)")
            #expect(report.exchanges.map(\.attempts) == [2, 1])
        }
    }

    @Test("Fault: 429 on a write is not retried")
    func writeNotRetried() async throws {
        try await Sandbox.with(configure: {
            $0.faults = [.init(fault: .tooManyRequests(retryAfter: 0), times: 1)]
        }) { port, server in
            let report = try await Self.runner(port: port) { $0.allowWrites = true }.run(try LivePlan.load(from: Self.planFile))
            #expect(report.exchanges.map(\.attempts) == [1, 1])
            #expect(report.exchanges.map(\.status) == [429, 200])
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }

    @Test("Fault: a delay past the total timeout is live.request-failed; a short one passes")
    func delay() async throws {
        try await Sandbox.with { port, _ in
            let slow = try await Self.runner(port: port) { $0.totalTimeout = 0.2 }
                .run(Self.getPlan(headers: ["X-AWKit-Fault": "delay=600"]))
            #expect(Self.rules(slow) == ["live.request-failed", "live.request-failed"])
            #expect(slow.report.findings[0].message.contains("timeout"))
            #expect(!slow.hostUnreachable)
            let fine = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "delay=50"]))
            #expect(fine.report.findings.isEmpty)
        }
    }

    @Test("Fault: a truncated body is a syntax error in each format")
    func truncated() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "truncate"]))
            #expect(Self.rules(report, file: "[json]").contains("json.syntax"))
            #expect(Self.rules(report, file: "[xml]").contains("xml.syntax"))
        }
        // An endpoint with a model: the streaming decoder sees the cut too.
        try await Sandbox.with(configure: { $0.faults = [.init(fault: .truncatedBody, format: .xml)] }) { port, _ in
            let report = try await Self.runner(port: port) { $0.allowWrites = true }.run(try LivePlan.load(from: Self.planFile))
            #expect(report.exchanges[1].streamed)
            #expect(report.exchanges[1].streamingDecodeError != nil)
            #expect(Self.rules(report, file: "[xml]").contains("xml.syntax"))
            #expect(Self.rules(report, file: "[json]").isEmpty)
        }
    }

    @Test("Fault: a wrong Content-Type is http.content-type")
    func wrongContentType() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "content-type"]))
            #expect(Self.rules(report, file: "[json]") == ["http.content-type"])
            #expect(Self.rules(report, file: "[xml]") == ["http.content-type"])
            #expect(report.report.findings[0].actual == "text/html; charset=utf-8")
        }
    }

    @Test("Fault: malformed XML is xml.syntax on the XML answer only")
    func malformedXML() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "malformed-xml"]))
            #expect(Self.rules(report, file: "[json]").isEmpty)
            #expect(Self.rules(report, file: "[xml]").contains("xml.syntax"))
        }
    }

    @Test("An answer in the other format is http.not-negotiated-format")
    func notNegotiated() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan(headers: ["X-AWKit-Fault": "ignore-accept"]))
            #expect(Self.rules(report, file: "[json]").isEmpty)
            #expect(Self.rules(report, file: "[xml]") == ["http.not-negotiated-format"])
            #expect(report.report.findings[0].actual == "application/json; charset=utf-8")
        }
        try await Sandbox.with(configure: { $0.faults = [.init(fault: .wrongContentType, format: .xml)] }) { port, _ in
            let report = try await Self.runner(port: port).run(Self.getPlan())
            #expect(Self.rules(report, file: "[json]").isEmpty)
            #expect(Self.rules(report, file: "[xml]") == ["http.content-type"])
        }
    }

    @Test("A closed loopback port: live.unreachable for every request, hostUnreachable")
    func unreachable() async throws {
        let port = try await Sandbox.with { port, _ in port }  // stopped: nothing listens there now
        let start = ContinuousClock.now
        let report = try await Self.runner(port: port).run(Self.getPlan())
        #expect(report.hostUnreachable)
        #expect(Self.rules(report) == ["live.unreachable", "live.unreachable"])
        #expect(report.exchanges.allSatisfy { $0.attempts == 3 })
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("Recording, then awkit check's runner on the recorded folder, offline")
    func recordThenCheck() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = try await Sandbox.with { port, _ in
            try await Self.runner(port: port) { $0.allowWrites = true }.run(try LivePlan.load(from: Self.planFile))
        }
        let written = try LiveRecorder(directory: directory, redactor: SecretRedactor(secrets: [Sandbox.token])).record(report)
        let folder = directory.appendingPathComponent("accept-pending/PhoneChat/AcceptReceivedBooking").path
        #expect(written == [
            directory.appendingPathComponent(".awkit.json").path,
            folder + "/response.json", folder + "/response.json.http", folder + "/response.xml", folder + "/response.xml.http",
        ])
        let http = try String(contentsOfFile: folder + "/response.xml.http", encoding: .utf8)
        #expect(http.contains(#""Content-Type" : "application/xml; charset=utf-8""#))
        #expect(http.contains(#""status" : 200"#))
        // Offline: the same checks, with the recorded configuration (parity ignores).
        let configuration = try CheckConfiguration.load(from: directory.appendingPathComponent(".awkit.json"))
        let files = try ResponseFile.discover(in: directory.path)
        #expect(files.count == 2)
        let offline = try ConformanceRunner(schemas: try Sandbox.schemas(), configuration: configuration)
            .check(files) { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(offline.findings.isEmpty, "\(offline.findings)")
        // Without the configuration, parity sees the two different bookings.
        let strict = try ConformanceRunner(schemas: try Sandbox.schemas()).check(files) { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(Set(strict.findings.map(\.path)) == ["BookingID", "AcceptedDate", "LastUpdated"])
    }

    @Test("The token appears in no report format, recorded file, dry-run text or error, even when the server echoes it")
    func noTokenAnywhere() async throws {
        let token = Sandbox.token
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The stand-in echoes an unknown fault name in its 400 message: here, the token.
        let plan = Self.getPlan(headers: ["X-AWKit-Fault": token])
        let (report, dryRun) = try await Sandbox.with { port, _ in
            let runner = try Self.runner(port: port)
            let dryRun = runner.requests(for: plan).map { $0.dryRunDescription(redactor: runner.options.redactor) }.joined()
            return (try await runner.run(plan), dryRun)
        }
        #expect(report.report.findings.contains { $0.message.contains("unknown fault '[REDACTED]'") })
        for format in ReportFormat.allCases {
            let text = format.render(report.report)
            #expect(!text.contains(token), "\(format)")
            #expect(text.contains("[REDACTED]"), "\(format)")
        }
        #expect(!dryRun.contains(token))
        #expect(dryRun.contains("Authorization: bearer [REDACTED]"))
        #expect(dryRun.contains("X-AWKit-Fault: [REDACTED]"))
        try LiveRecorder(directory: directory, redactor: SecretRedactor(secrets: [token])).record(report)
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files = 0
        while let url = enumerator?.nextObject() as? URL {
            guard let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath else { continue }
            files += 1
            #expect(!String(decoding: data, as: UTF8.self).contains(token), "\(url.path)")
        }
        #expect(files >= 4)
        // Errors: a base URL holding the token.
        var options = LiveOptions(baseURL: URL(string: "ftp://\(token)")!, token: token)
        options.connectTimeout = 1
        let error = try #require(throws: LiveSetupError.self) {
            try LiveRunner(options: options, schemas: try Sandbox.schemas()).validateBaseURL()
        }
        #expect(!error.description.contains(token))
        let missing = try #require(throws: LiveSetupError.self) {
            try LiveOptions.token(fromEnvironment: "AW_TEST_NO_SUCH_VARIABLE", environment: [:])
        }
        #expect(missing.code == .noToken)
    }

    @Test("Progress: one report per request, up to the total; bounded concurrency keeps plan order")
    func progress() async throws {
        let seen = CollectedLogs()
        let plan = LivePlan(calls: (1...5).map { .init(name: "get\($0)", endpoint: "Test/GetBooking") })
        let report = try await Sandbox.with { port, _ in
            try await Self.runner(port: port) { $0.concurrency = 2 }.run(plan) { step in
                seen.append("\(step.completed)/\(step.total)")
            }
        }
        #expect(seen.all.count == 10)
        #expect(Set(seen.all) == Set((1...10).map { "\($0)/10" }))
        #expect(report.exchanges.map(\.request.callName) == ["get1", "get1", "get2", "get2", "get3", "get3", "get4", "get4", "get5", "get5"])
        #expect(report.report.findings.isEmpty)
    }

    @Test("Plans: YAML and JSON, validation")
    func plans() throws {
        let yaml = try LivePlan.load(from: Self.planFile)
        #expect(yaml.calls.first?.records == [.integer(1001), .integer(1002)])
        #expect(yaml.calls.first?.body == .object(["Credits": .integer(8)]))
        let json = try LivePlan.parse(Data(#"{"calls":[{"endpoint":"Test/GetBooking","query":{"X":"8.50"},"body":{"Credits":8.50}}]}"#.utf8), yaml: false)
        #expect(json.calls[0].body == .object(["Credits": .number("8.50")]))
        #expect(json.calls[0].query == ["X": .string("8.50")])
        let schemas = try Sandbox.schemas()
        #expect(throws: LivePlanError.self) {
            try LivePlan(calls: [.init(endpoint: "Nope/Nothing")]).validate(against: schemas)
        }
        #expect(throws: LivePlanError.self) {
            try LivePlan(calls: [.init(endpoint: "Test/GetBooking", records: [.integer(1)])]).validate(against: schemas)
        }
        #expect(throws: LivePlanError.self) {
            try LivePlan(calls: [.init(endpoint: "Test/GetBooking", headers: ["Authorization": "x"])]).validate(against: schemas)
        }
        #expect(throws: LivePlanError.self) { try LivePlan.parse(Data("calls: [".utf8), yaml: true) }
    }

    @Test("Redactor: long secrets anywhere, short ones as whole words, bearer credentials always")
    func redactor() {
        let long = SecretRedactor(secrets: ["abcdefgh123"])
        #expect(long.redact("x=abcdefgh123;") == "x=[REDACTED];")
        let short = SecretRedactor(secrets: ["x"])
        #expect(short.redact("xml x ax") == "xml [REDACTED] ax")
        #expect(SecretRedactor().redact("Authorization: Bearer abc.def") == "Authorization: Bearer [REDACTED]")
        #expect(SecretRedactor().redactHeader(name: "authorization", value: "bearer abc") == "bearer [REDACTED]")
        #expect(long.redact(Data("..abcdefgh123..".utf8)) == Data("..[REDACTED]..".utf8))
    }
}
