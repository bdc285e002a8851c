import Foundation
import Testing

/// `awkit mock`'s options that stop it before it serves.
@Suite("awkit mock options")
struct MockCommandTests {
    @Test("A scope table that cannot be read, or is not token → scopes, is a usage error (exit 2)")
    func badScopeTable() throws {
        let missing = try AWKitProcess.run(["mock", "--port", "0", "--scopes", "/nonexistent/scopes.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("the scope table /nonexistent/scopes.json cannot be read [sandbox.bad-scopes]"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scopes-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"tok-SECRET-1": "profile_services"}"#.utf8).write(to: file)
        let wrong = try AWKitProcess.run(["mock", "--port", "0", "--scopes", file.path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("is not a JSON object of token → list of scopes, or of \"tokens\""))
        // The message never quotes a token from the file.
        #expect(!wrong.stderr.contains("tok-SECRET-1"))
    }

    @Test("--random-seed takes a number")
    func badSeed() throws {
        let result = try AWKitProcess.run(["mock", "--random-seed", "x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--random-seed"))
    }

    @Test("A --seed file that cannot be read or is not a seed file is a usage error (exit 2) naming the line and member")
    func badSeedFile() throws {
        let missing = try AWKitProcess.run(["mock", "--port", "0", "--seed", "/nonexistent/seed.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("awkit mock: --seed /nonexistent/seed.yaml: cannot be read [sandbox.bad-seed-file]"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("webcam:\n  received:\n    - BookingID: 1\n      Credits: lots\n".utf8).write(to: file)
        let wrong = try AWKitProcess.run(["mock", "--port", "0", "--seed", file.path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("\(file.path): line 4: webcam.received[0].Credits: "))
    }
}
