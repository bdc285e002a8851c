import AWConformance
import AWModels
import AWSandbox
import Foundation
import Testing

/// `Samples/plans/read-only.yaml`, every GET endpoint of the catalog, against the stand-in.
@Suite("The read-only plan of the whole API against the stand-in")
struct ReadOnlyPlanTests {
    static let planFile = Sandbox.repositoryRoot.appendingPathComponent("Samples/plans/read-only.yaml")
    static let catalog = try! SchemaCatalog.builtIn()

    static func run(port: Int, apiKey: String? = "key-SECRET-77b1") async throws -> LiveReport {
        var options = LiveOptions(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: Sandbox.token)
        options.apiKey = apiKey
        options.connectTimeout = 2
        options.totalTimeout = 5
        let runner = LiveRunner(options: options, schemas: catalog.schemas)
        return try await runner.run(try LivePlan.load(from: planFile))
    }

    @Test("The plan calls every GET endpoint of the catalog, and nothing else")
    func coversEveryGET() throws {
        let plan = try LivePlan.load(from: Self.planFile)
        try plan.validate(against: Self.catalog.schemas)
        let gets = Self.catalog.schemas.values.filter { $0.method == "GET" }.map(\.endpoint).sorted()
        #expect(plan.calls.map(\.endpoint).sorted() == gets)
        #expect(gets.count == 32)
    }

    @Test("Every GET endpoint answers in JSON and in XML, and every answer passes the checks (0 errors)")
    func passes() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.run(port: port)
            let errors = report.report.findings.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.file) \($0.path): \($0.message)" })")
            #expect(report.exchanges.count == 64)
            for exchange in report.exchanges {
                let schema = try #require(Self.catalog[exchange.request.endpoint])
                // 204 exactly where the page does not show the response.
                #expect(exchange.status == (schema.shape == nil ? 204 : 200), "\(exchange.request.label)")
                if schema.shape != nil {
                    #expect(exchange.header("Content-Type") == "\(exchange.request.accept.mediaType); charset=utf-8")
                }
            }
            // Neither secret in the report.
            let text = ReportFormat.json.render(report.report)
            #expect(!text.contains(Sandbox.token))
            #expect(!text.contains("key-SECRET-77b1"))
        }
    }

    @Test("Without an API key the API-key endpoints are not sent: one live.not-sent warning each, no error")
    func withoutAPIKey() async throws {
        try await Sandbox.with { port, _ in
            let report = try await Self.run(port: port, apiKey: nil)
            let apiKeyEndpoints = Set(Self.catalog.schemas.values.filter { $0.method == "GET" && $0.authentication?.value == .apiKey }.map(\.endpoint))
            #expect(apiKeyEndpoints.count == 6)
            let unsent = report.exchanges.filter { !$0.sent }
            #expect(Set(unsent.map(\.request.endpoint)) == apiKeyEndpoints)
            #expect(unsent.count == 12)
            #expect(unsent.allSatisfy { $0.notSentReason == .needsAPIKey && $0.status == nil })
            // Every other exchange was sent and answered; nothing was refused with 401.
            #expect(report.exchanges.filter(\.sent).allSatisfy { $0.status == 200 || $0.status == 204 })
            let findings = report.report.findings
            #expect(findings.filter { $0.severity == .error }.isEmpty)
            let notSent = findings.filter { $0.rule == Rule.liveNotSent.id }
            #expect(Set(notSent.compactMap { report.report.endpoints[$0.file] }) == apiKeyEndpoints)
            #expect(notSent.allSatisfy { $0.severity == .warning && $0.message.contains("API key") })
        }
    }

    @Test("--record writes the Samples layout for every endpoint, and awkit check passes it")
    func records() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-read-only-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try await Sandbox.with { port, _ in
            let report = try await Self.run(port: port)
            try LiveRecorder(directory: directory, redactor: SecretRedactor(secrets: [Sandbox.token])).record(report)
        }
        for call in try LivePlan.load(from: Self.planFile).calls {
            for format in ["json", "xml"] {
                let file = directory.appendingPathComponent("\(call.endpoint)/response.\(format)")
                #expect(FileManager.default.fileExists(atPath: file.path), "\(file.path)")
            }
        }
        let files = try ResponseFile.discover(in: directory.path)
        let checked = try ConformanceRunner(schemas: Self.catalog.schemas).check(files) { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let errors = checked.findings.filter { $0.severity == .error }
        #expect(files.count == 64)
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.file): \($0.message)" })")
    }
}
