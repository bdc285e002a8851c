import Foundation
import Testing

@Suite("awkit import-docs")
struct ImportDocsCommandTests {
    let seedPage = "Tests/DocPages/PhoneChat_AcceptReceivedBooking.txt"
    let seedSchema = "Sources/AWConformance/Schemas/PhoneChat_AcceptReceivedBooking.json"

    @Test("prints the checked-in schema for the seed page, notes as warnings on stderr")
    func standardOutput() throws {
        let result = try AWKitProcess.run(["import-docs", seedPage])
        #expect(result.status == 0)
        let expected = try String(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent(seedSchema), encoding: .utf8)
        #expect(result.stdout == expected)
        #expect(result.stderr.contains(
            "warning: \(seedPage): the JSON response sample shows null for `Comments`, which the prose does not call nullable; nullable from the sample\n"))
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("warning: ") })
    }

    @Test("-o writes the file with a final line break; --quiet drops the warnings")
    func outputFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-import-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try AWKitProcess.run(["import-docs", "Tests/DocPages/PhoneChat_GetSettings.txt", "-o", output.path, "--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"endpoint\" : \"PhoneChat/GetSettings\","))
        #expect(written.contains("\"groupManagerPath\" : \"/v1/Groups/PhoneChat/GetSettings\""))
        #expect(written.hasSuffix("}\n"))
    }

    @Test("reads standard input with -")
    func standardInput() throws {
        let page = try Data(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent("Tests/DocPages/PhoneChat_MadeBookingDetails.txt"))
        let result = try AWKitProcess.run(["import-docs", "-"], stdin: page)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"endpoint\" : \"PhoneChat/MadeBookingDetails\""))
        #expect(result.stderr.contains("warning: -: the page has no Response property table"))
    }

    @Test("a text that is not an endpoint page exits 1")
    func notAPage() throws {
        let result = try AWKitProcess.run(["import-docs", "-"], stdin: Data("Just some text.\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[import.missing-endpoint]"))
    }

    @Test("usage and I/O errors exit 2", arguments: [
        ["import-docs"],
        ["import-docs", "no/such/page.txt"],
        ["import-docs", "Tests/DocPages"],
        ["import-docs", "Tests/DocPages/PhoneChat_GetSettings.txt", "-o", "no/such/folder/x.json"],
        ["import-docs", "Tests/DocPages/PhoneChat_GetSettings.txt", "--no-such-option"],
    ])
    func usage(arguments: [String]) throws {
        let result = try AWKitProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("--help explains the schema, the example and the exit codes")
    func help() throws {
        let result = try AWKitProcess.run(["import-docs", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: awkit import-docs <page> [--output <file>] [--quiet]"))
        #expect(result.stdout.contains("Exit codes"))
        #expect(result.stdout.contains("-o, --output <file>"))
    }
}
