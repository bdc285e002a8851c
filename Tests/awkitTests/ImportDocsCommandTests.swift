import Foundation
import Testing

@Suite("awkit import-docs")
struct ImportDocsCommandTests {
    let seedPage = "Docs/Pages/PhoneChat_AcceptReceivedBooking.txt"
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
        let result = try AWKitProcess.run(["import-docs", "Docs/Pages/PhoneChat_GetSettings.txt", "-o", output.path, "--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("\n  \"endpoint\" : \"PhoneChat/GetSettings\",\n"))
        #expect(written.contains("\"groupManagerPath\" : \"/v1/Groups/PhoneChat/GetSettings\""))
        #expect(written.hasSuffix("}\n"))
    }

    @Test("reads standard input with -")
    func standardInput() throws {
        let page = try Data(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent("Docs/Pages/PhoneChat_MadeBookingDetails.txt"))
        let result = try AWKitProcess.run(["import-docs", "-"], stdin: page)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"endpoint\" : \"PhoneChat/MadeBookingDetails\""))
        #expect(result.stderr.contains("warning: -: the page has no JSON response sample"))
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
        ["import-docs", "Docs/Pages"],
        ["import-docs", "Docs/Pages/PhoneChat_GetSettings.txt", "-o", "no/such/folder/x.json"],
        ["import-docs", "Docs/Pages/PhoneChat_GetSettings.txt", "--no-such-option"],
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
        #expect(result.stdout.contains("USAGE: awkit import-docs <page> [--output <path>] [--all] [--samples <folder>] [--quiet]"))
        #expect(result.stdout.contains("Exit codes"))
        #expect(result.stdout.contains("-o, --output <path>"))
        #expect(result.stdout.contains("import.navigation-only"))
    }

    @Test("bad pages are refused with their stable code, exit 1, and no schema file is written", arguments: [
        ("", "import.empty"),
        ("  \n\t\n", "import.empty"),
        ("\u{0}\u{1}\u{2}PNG", "import.not-text"),
        ("API Methods\nAccount ...\nBlogs ...\nWebcam ...\n", "import.navigation-only"),
        ("Get Something\n\nThis API operation returns something.\n", "import.missing-endpoint"),
        ("Escape\n\nURL / Endpoint\n\nGET /v1/../../escaped/X\n", "import.invalid-endpoint"),
    ])
    func badPages(text: String, code: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-bad-\(UUID().uuidString).json")
        let result = try AWKitProcess.run(["import-docs", "-", "-o", output.path], stdin: Data(text.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("[\(code)]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("binary bytes that are not UTF-8 are refused as import.not-text")
    func binaryBytes() throws {
        let result = try AWKitProcess.run(["import-docs", "-"], stdin: Data([0xFF, 0xFE, 0x00, 0x89, 0x50]))
        #expect(result.status == 1)
        #expect(result.stderr.contains("[import.not-text]"))
    }

    @Test("--all writes one schema per page and the samples, and they equal the checked-in ones")
    func all() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-all-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AWKitProcess.run([
            "import-docs", "--all", "Docs/Pages", "-o", folder.appendingPathComponent("Schemas").path,
            "--samples", folder.appendingPathComponent("Samples").path, "--quiet",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.contains("52 schemas written"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Schemas").path)
        #expect(written.count == 52)
        let root = AWKitProcess.repositoryRoot
        let sample = "Lists/GetEscortRateBreaks/response.json"
        #expect(try Data(contentsOf: folder.appendingPathComponent("Samples/" + sample))
            == Data(contentsOf: root.appendingPathComponent("Samples/" + sample)))
    }

    @Test("--all needs -o; --samples needs --all", arguments: [
        ["import-docs", "--all", "Docs/Pages"],
        ["import-docs", "Docs/Pages/Lists_GetTopList.txt", "--samples", "/tmp/x"],
    ])
    func allUsage(arguments: [String]) throws {
        let result = try AWKitProcess.run(arguments)
        #expect(result.status == 2)
    }
}

@Suite("awkit schemas")
struct SchemasCommandTests {
    @Test("the README shows the table awkit schemas prints for the built-in catalog")
    func readmeTable() throws {
        let result = try AWKitProcess.run(["schemas"])
        #expect(result.status == 0)
        let readme = try String(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- awkit schemas -->\n```\n"))
        let end = try #require(readme.range(of: "```\n<!-- /awkit schemas -->"))
        #expect(String(readme[start.upperBound..<end.lowerBound]) == result.stdout,
            "README's catalog table is stale: paste the output of swift run awkit schemas")
        #expect(result.stdout.contains("52 endpoints"))
        #expect(result.stdout.contains("Lists/GetEscortRateBreaks                GET     api-key"))
    }

    @Test("--format json lists every endpoint with its shape and notes")
    func json() throws {
        let result = try AWKitProcess.run(["schemas", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let endpoints = try #require(object["endpoints"] as? [[String: Any]])
        #expect(endpoints.count == 52)
        let credit = try #require(endpoints.first { $0["endpoint"] as? String == "CreditHistory/GetCurrentCreditBalance" })
        #expect(credit["responseShape"] as? String == "scalar decimal")
        #expect(credit["hasXMLSample"] as? Bool == true)
        #expect((credit["notes"] as? [String])?.isEmpty == false)
    }

    @Test("a schema folder that does not load exits 2")
    func badFolder() throws {
        let result = try AWKitProcess.run(["schemas", "--schemas", "no/such/folder"])
        #expect(result.status == 2)
    }
}
