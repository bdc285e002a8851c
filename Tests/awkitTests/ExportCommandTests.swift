import Foundation
import Testing

/// A new temporary folder holding these files (name → text).
private func folder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
    return url
}

@Suite("awkit export openapi")
struct ExportCommandTests {
    @Test("writes YAML for a .yaml file, JSON to standard output; --version 3.0 writes openapi: 3.0.3")
    func formats() throws {
        let out = try folder([:])
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("aw.yaml")
        let yaml = try AWKitProcess.run(["export", "openapi", "-o", file.path])
        #expect(yaml.status == 0)
        #expect(yaml.stdout.isEmpty)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\nopenapi: 3.1.0\n"))
        #expect(text.contains("operationId: PhoneChat_AcceptReceivedBooking\n"))

        let json = try AWKitProcess.run(["export", "openapi", "--version", "3.0"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["openapi"] as? String == "3.0.3")
        #expect((object?["paths"] as? [String: Any])?["/v1/Groups/PhoneChat/GetSettings"] != nil)
    }

    @Test("--schemas DIR exports that folder's schemas only")
    func schemasFolder() throws {
        let schemas = AWKitProcess.repositoryRoot.appendingPathComponent("Sources/AWConformance/Schemas")
        let text = try String(contentsOf: schemas.appendingPathComponent("CreditHistory_GetCurrentCreditBalance.json"), encoding: .utf8)
        let dir = try folder(["CreditHistory_GetCurrentCreditBalance.json": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try AWKitProcess.run(["export", "openapi", "--schemas", dir.path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["paths"] as? [String: Any])?.keys.sorted() == ["/v1/CreditHistory/GetCurrentCreditBalance"])
    }

    @Test("an unreadable schema folder exits 2 with schema.unreadable; an invalid schema file with schema.invalid")
    func schemaErrors() throws {
        let missing = try AWKitProcess.run(["export", "openapi", "--schemas", "/nonexistent/awkit-schemas"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("/nonexistent/awkit-schemas: not a readable folder [schema.unreadable]"))

        let dir = try folder(["Broken.json": #"{"formatVersion": 1}"#])
        defer { try? FileManager.default.removeItem(at: dir) }
        let invalid = try AWKitProcess.run(["export", "openapi", "--schemas", dir.path])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("Broken.json: not an endpoint schema"))
        #expect(invalid.stderr.contains("[schema.invalid]"))

        let empty = try folder([:])
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try AWKitProcess.run(["export", "openapi", "--schemas", empty.path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("holds no schema file"))
    }

    @Test("an output in a missing folder exits 2 before anything is written; a bad --version is a usage error")
    func usageErrors() throws {
        let result = try AWKitProcess.run(["export", "openapi", "-o", "/nonexistent/awkit/aw.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--output /nonexistent/awkit/aw.yaml cannot be written: its folder /nonexistent/awkit does not exist"))
        let version = try AWKitProcess.run(["export", "openapi", "--version", "2.0"])
        #expect(version.status == 2)
        #expect(version.stdout.isEmpty)
    }
}
