import AWConformance
import AWSandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import Testing

/// `awkit live` and `awkit mock` as a user runs them, against a stand-in on 127.0.0.1.
@Suite("awkit live and awkit mock")
struct LiveCommandTests {
    static let token = "cli-SECRET-7d31e0b2"
    static let plan = "Samples/plans/sandbox.yaml"

    static func withSandbox<R: Sendable>(_ body: @Sendable (String, SandboxServer) async throws -> R) async throws -> R {
        var options = SandboxOptions(schemas: try SchemaCatalog.builtIn().schemas)
        options.port = 0
        var logger = Logger(label: "awkit.mock.test")
        logger.logLevel = .critical
        options.logger = logger
        let server = try SandboxServer(options: options)
        return try await server.withRunning { port in try await body("http://127.0.0.1:\(port)", server) }
    }

    static func live(_ arguments: [String], token: String? = LiveCommandTests.token) async throws -> AWKitProcess.Result {
        try await AWKitProcess.runDetached(
            ["live", "--connect-timeout", "2", "--timeout", "5"] + arguments,
            environment: AWKitProcess.environment(["AW_ACCESS_TOKEN": token]))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("The README's run: the write is reported as not sent, exit 0, nothing changed")
    func defaultRun() async throws {
        try await Self.withSandbox { url, server in
            let result = try await Self.live(["--base-url", url, "--plan", Self.plan])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("warning live.not-sent"))
            #expect(result.stdout.contains("0 errors, 1 warning"))
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }

    @Test("--allow-writes: the pending bookings are accepted and both answers pass; exit 0")
    func allowWrites() async throws {
        try await Self.withSandbox { url, server in
            let result = try await Self.live(["--base-url", url, "--plan", Self.plan, "--allow-writes"])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("BookingID=1001 [json]\n  ok"))
            #expect(result.stdout.contains("BookingID=1002 [xml]\n  ok"))
            #expect(result.stdout.hasSuffix("2 files checked: 0 errors, 0 warnings, 0 notes\n"))
            #expect(await server.state.booking(1002)?.status == .accepted)
            // Again: the bookings are no longer pending → findings of severity error, exit 1.
            let again = try await Self.live(["--base-url", url, "--plan", Self.plan, "--allow-writes"])
            #expect(again.status == 1)
            #expect(again.stdout.contains("http.status"))
        }
    }

    @Test("No token: exit 2 with a clear message")
    func noToken() async throws {
        let result = try await Self.live(["--base-url", "http://127.0.0.1:9", "--plan", Self.plan], token: nil)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no access token: set the environment variable AW_ACCESS_TOKEN"))
        let other = try await AWKitProcess.runDetached(
            ["live", "--plan", Self.plan, "--token-env", "MY_TOKEN"], environment: AWKitProcess.environment(["MY_TOKEN": ""]))
        #expect(other.status == 2)
        #expect(other.stderr.contains("MY_TOKEN"))
    }

    @Test("A closed loopback port: exit 3")
    func unreachable() async throws {
        let url = try await Self.withSandbox { url, _ in url }  // stopped now
        let result = try await Self.live(["--base-url", url, "--plan", Self.plan, "--allow-writes", "--format", "json"])
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\"rule\" : \"live.unreachable\""))
        #expect(result.stderr.contains("cannot be reached"))
    }

    @Test("--record, then awkit check of the recorded folder passes offline")
    func recordThenCheck() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await Self.withSandbox { url, _ in
            let result = try await Self.live(["--base-url", url, "--plan", Self.plan, "--allow-writes", "--record", directory.path])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
        let check = try await AWKitProcess.runDetached(["check", directory.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("2 files checked: 0 errors"))
    }

    @Test("awkit check Samples ignores the plans folder")
    func checkIgnoresPlans() async throws {
        let result = try await AWKitProcess.runDetached(["check", "Samples", "--format", "json"])
        #expect(!result.stdout.contains("plans"))
        #expect(result.stdout.contains("\"files\" : 6"))
    }

    @Test("The token is in no output: text, json, junit, sarif reports, --output, --record files, --dry-run, errors")
    func noTokenInAnyOutput() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The stand-in echoes an unknown fault name in its message; the fault name is the token.
        let planFile = directory.appendingPathComponent("echo.json")
        try Data(#"{"calls":[{"name":"echo","endpoint":"PhoneChat/AcceptReceivedBooking","body":{"Credits":8},"recordKey":"BookingID","records":[1001,1002],"headers":{"X-AWKit-Fault":"\#(Self.token)"}}]}"#.utf8)
            .write(to: planFile)
        var outputs: [String] = try await Self.withSandbox { url, server in
            var outputs: [String] = []
            for format in ["text", "json", "junit", "sarif"] {
                let result = try await Self.live([
                    "--base-url", url, "--plan", planFile.path, "--allow-writes", "--format", format,
                    "--record", directory.appendingPathComponent("rec-\(format)").path,
                    "--output", directory.appendingPathComponent("report.\(format)").path,
                ])
                #expect(result.status == 1)
                outputs += [result.stdout, result.stderr]
                let report = try String(contentsOf: directory.appendingPathComponent("report.\(format)"), encoding: .utf8)
                #expect(report.contains("unknown fault '[REDACTED]'"), "\(format)")
                outputs.append(report)
            }
            let dryRun = try await Self.live(["--base-url", url, "--plan", planFile.path, "--dry-run", "--allow-writes"])
            #expect(dryRun.status == 0)
            #expect(dryRun.stdout.contains("Authorization: bearer [REDACTED]"))
            #expect(dryRun.stdout.contains("X-AWKit-Fault: [REDACTED]"))
            outputs += [dryRun.stdout, dryRun.stderr]
            #expect(await server.state.booking(1001)?.status == .pending)
            return outputs
        }
        // Error messages: a base URL and a --header holding the token.
        let badURL = try await Self.live(["--base-url", "ftp://\(Self.token)/", "--plan", Self.plan])
        #expect(badURL.status == 2)
        #expect(badURL.stderr.contains("[REDACTED]"))
        outputs += [badURL.stdout, badURL.stderr]
        // Recorded files.
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var recorded = 0
        while let file = enumerator?.nextObject() as? URL {
            guard file.lastPathComponent != "echo.json", let data = FileManager.default.contents(atPath: file.path) else { continue }
            if file.path.contains("/rec-") { recorded += 1 }
            outputs.append(String(decoding: data, as: UTF8.self))
        }
        #expect(recorded >= 12)
        for output in outputs {
            #expect(!output.contains(Self.token))
        }
    }

    @Test("The JSON report stays valid JSON when the server echoes quotes after bearer")
    func jsonReportParses() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planFile = directory.appendingPathComponent("quote.json")
        try Data(#"{"calls":[{"name":"q","endpoint":"PhoneChat/AcceptReceivedBooking","body":{"Credits":8},"recordKey":"BookingID","records":[1001,1002],"headers":{"X-AWKit-Fault":"bearer \"abc\""}},{"name":"e","endpoint":"PhoneChat/AcceptReceivedBooking","body":{"Credits":8},"recordKey":"BookingID","records":[1001,1002],"headers":{"X-AWKit-Fault":"401"}}]}"#.utf8)
            .write(to: planFile)
        let result = try await Self.withSandbox { url, _ in
            try await Self.live(["--base-url", url, "--plan", planFile.path, "--allow-writes", "--format", "json", "--record", directory.appendingPathComponent("rec").path])
        }
        #expect(result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        #expect(result.stdout.contains(#"bearer \"abc\""#))
        #expect(report["findings"] != nil || !report.isEmpty)
        let http = directory.appendingPathComponent("rec/e/PhoneChat/AcceptReceivedBooking/error-response.xml.http")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: http)) as? [String: Any])
        #expect((object["headers"] as? [String: String])?["WWW-Authenticate"] == #"Bearer error="invalid_token""#)
    }

    @Test("Infinite or huge timeouts are usage errors, not a crash")
    func hugeTimeouts() async throws {
        for arguments in [["--timeout", "inf"], ["--timeout", "1e30"], ["--connect-timeout", "nan"], ["--max-retry-wait", "1e30"]] {
            let result = try await AWKitProcess.runDetached(
                ["live", "--plan", Self.plan] + arguments, environment: AWKitProcess.environment(["AW_ACCESS_TOKEN": Self.token]))
            #expect(result.status == 2, "\(arguments) \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(arguments[0]), "\(result.stderr)")
        }
    }

    @Test("A --record folder that cannot be written: exit 2 before any request is sent (issue 15, fault 13)")
    func recordFailureStopsBeforeSending() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let result = try await Self.withSandbox { url, server in
            let result = try await Self.live(["--base-url", url, "--plan", Self.plan, "--allow-writes", "--record", blocker.path])
            #expect(await server.state.booking(1001)?.status == .pending)
            #expect(await server.state.maxInFlight == 0)
            return result
        }
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("512"), "\(result.stderr)")
        #expect(result.stderr.contains("\(blocker.path) is a file, not a folder"), "\(result.stderr)")
    }

    @Test("awkit mock serves until SIGINT, logs requests with Authorization redacted, exits 0")
    func mock() async throws {
        let port = try await Self.withSandbox { url, _ in Int(url.split(separator: ":").last!)! }
        let process = Process()
        process.executableURL = try AWKitProcess.executable
        process.arguments = ["mock", "--port", String(port)]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var answered = false
        for _ in 0..<100 where !answered {
            try await Task.sleep(for: .milliseconds(100))
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/PhoneChat/AcceptReceivedBooking")!)
            request.httpMethod = "POST"
            request.setValue("bearer \(Self.token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/xml", forHTTPHeaderField: "Accept")
            request.httpBody = Data(#"{"BookingID":1001,"Credits":8}"#.utf8)
            if let (data, response) = try? await URLSession.shared.data(for: request) {
                answered = true
                #expect((response as? HTTPURLResponse)?.statusCode == 200)
                #expect(String(decoding: data, as: UTF8.self).contains("<Status>Accepted</Status>"))
            }
        }
        #expect(answered)
        process.interrupt()
        let log = await Task.detached { String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }.value
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(log.contains("authorization=bearer [REDACTED]"))
        #expect(log.contains("POST /v1/PhoneChat/AcceptReceivedBooking → 200"))
        #expect(!log.contains(Self.token))
    }
}
