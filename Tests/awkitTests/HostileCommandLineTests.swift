import AWConformance
import Foundation
import Testing

/// The command-line faults of issue 15, replayed as a user (or an attacker) would meet them.
@Suite("awkit against hostile input and mistakes (issue 15)")
struct HostileCommandLineTests {
    static let endpoint = "PhoneChat/AcceptReceivedBooking"
    static let sampleJSON = "Samples/PhoneChat/AcceptReceivedBooking/response.json"

    static func temporaryFile(_ data: Data, name: String = "input") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url.path
    }

    @Test("fault 1: bytes that begin no response (NUL, random) are refused at once: decode, encode, check exit 1")
    func firstByteRefused() throws {
        // Under a pipe's capacity (64 KiB): awkit stops reading at once, and a larger write
        // would end this process with SIGPIPE.
        let zeros = Data(repeating: 0, count: 60_000)
        for command in [["decode"], ["encode"]] {
            let result = try AWKitProcess.run(command + ["--endpoint", Self.endpoint, "-"], stdin: zeros)
            #expect(result.status == 1, "\(command) \(result.stderr)")
            #expect(result.stderr.contains("byte 0x0, which begins neither XML"))
        }
        let check = try AWKitProcess.run(["check", "--endpoint", Self.endpoint, "-"], stdin: zeros)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stdout.contains("json.syntax"))
    }

    @Test("fault 1: an input over --max-input-bytes is refused, exit 2; raising the option accepts it")
    func inputCap() throws {
        let result = try AWKitProcess.run(["decode", "--endpoint", Self.endpoint, "--max-input-bytes", "100", Self.sampleJSON])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is larger than the input limit of 100 bytes"))
        let check = try AWKitProcess.run(["check", "--max-input-bytes", "100", Self.sampleJSON])
        #expect(check.status == 2)
        #expect(try AWKitProcess.run(["decode", "--endpoint", Self.endpoint, "--max-input-bytes", "100000", Self.sampleJSON]).status == 0)
    }

    @Test("fault 1: standard input over --max-input-bytes is refused while it is read (exit 2), for decode, encode and check")
    func standardInputCap() throws {
        // Begins like XML, so only the cap can stop it; awkit stops reading at the limit.
        let endless = Data("<".utf8) + Data(repeating: 0x20, count: 300_000)
        for command in [["decode", "--endpoint", Self.endpoint], ["encode", "--endpoint", Self.endpoint], ["check"]] {
            let result = try AWKitProcess.run(command + ["--max-input-bytes", "100000", "-"], stdin: endless)
            #expect(result.status == 2, "\(command) \(result.stderr)")
            #expect(result.stderr.contains("standard input: is larger than the input limit of 100000 bytes"), "\(command) \(result.stderr)")
        }
    }

    @Test("fault 2: check - reads standard input once; /dev/stdin (a pipe) is read once too")
    func checkStandardInput() throws {
        let data = try Data(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent(Self.sampleJSON))
        for path in ["-", "/dev/stdin"] {
            let result = try AWKitProcess.run(["check", "--endpoint", Self.endpoint, path], stdin: data)
            #expect(result.status == 0, "\(path): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("  ok\n"))
        }
    }

    @Test("fault 10: UTF-16 JSON with a byte order mark: decode and check agree (both accept it)")
    func utf16Agreement() throws {
        let text = try String(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent(Self.sampleJSON), encoding: .utf8)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try Self.temporaryFile(Data(bytes), name: "utf16.json")
        #expect(try AWKitProcess.run(["decode", "--endpoint", Self.endpoint, path]).status == 0)
        let check = try AWKitProcess.run(["check", "--endpoint", Self.endpoint, path])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("fault 14: help for a command that does not exist exits 2; --version prints the version")
    func helpAndVersion() throws {
        let help = try AWKitProcess.run(["help", "nosuchcommand"])
        #expect(help.status == 2)
        #expect(help.stderr.contains("no command named 'nosuchcommand'"))
        let version = try AWKitProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "awkit 0.1.0\n")
    }

    @Test("fault 14: an --output in a missing folder says so in words, not NSCocoaErrorDomain")
    func outputErrorInWords() throws {
        let result = try AWKitProcess.run(["check", "--output", "/nonexistent-awkit/dir/report.txt"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result.stderr)")
        #expect(result.stderr.contains("does not exist") || result.stderr.contains("No such file"), "\(result.stderr)")
    }

    @Test("fault 13: a header value with CR/LF, an unwritable --output or --record: exit 2 before anything is sent")
    func liveChecksOptionsFirst() async throws {
        try await LiveCommandTests.withSandbox { url, server in
            let header = try await LiveCommandTests.live(
                ["--base-url", url, "--plan", LiveCommandTests.plan, "--header", "X-A: 1\r\nX-B: 2", "--dry-run"])
            #expect(header.status == 2)
            #expect(header.stderr.contains("line break or control character"))
            for option in [["--output", "/nonexistent-awkit/x/report.txt"], ["--record", "/dev/null/rec"]] {
                let result = try await LiveCommandTests.live(
                    ["--base-url", url, "--plan", LiveCommandTests.plan, "--allow-writes"] + option)
                #expect(result.status == 2, "\(option) \(result.stderr)")
                #expect(result.stderr.contains("cannot be written"))
            }
            #expect(await server.state.maxInFlight == 0)
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }

    @Test("fault 13: --dry-run honours --format json")
    func dryRunJSON() async throws {
        let result = try await LiveCommandTests.live(["--plan", LiveCommandTests.plan, "--dry-run", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let requests = try #require(object["requests"] as? [[String: Any]])
        #expect(requests.count == 2)
        #expect(requests.first?["willSend"] as? Bool == false)
        #expect(!result.stdout.contains(LiveCommandTests.token))
    }

    @Test("fault 11: --token-env given the token itself never prints it")
    func tokenEnvIsTheToken() async throws {
        let token = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig"
        for extra in [[String](), ["--dry-run"]] {
            let result = try await LiveCommandTests.live(["--plan", LiveCommandTests.plan, "--token-env", token] + extra)
            #expect(!result.stdout.contains(token) && !result.stderr.contains(token), "\(result.stdout)\(result.stderr)")
        }
        let alnum = "a1b2c3d4e5f6SecretTok"
        let result = try await LiveCommandTests.live(["--plan", LiveCommandTests.plan, "--token-env", alnum, "--dry-run"])
        #expect(!result.stdout.contains(alnum) && !result.stderr.contains(alnum))
    }
}
