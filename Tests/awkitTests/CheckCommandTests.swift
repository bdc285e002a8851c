import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The expected reports of `awkit check` on the bundled samples, kept in `Tests/Golden/`.
/// After an intended change, regenerate them from the repository root with
/// `swift run awkit check --format text > Tests/Golden/check-samples.txt` (and json, junit).
private func golden(_ name: String) throws -> String {
    try String(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent("Tests/Golden/\(name)"), encoding: .utf8)
}

@Suite("awkit check on the bundled samples")
struct CheckCommandTests {
    @Test("text: the golden report, exit 1")
    func text() throws {
        let result = try AWKitProcess.run(["check"])
        #expect(result.status == 1)
        #expect(result.stdout == (try golden("check-samples.txt")))
    }

    @Test("the report names what the issue promises: line 4 ActionCandidate, Comments, and the six parity paths")
    func content() throws {
        let result = try AWKitProcess.run(["check"])
        #expect(result.stdout.contains("4:50    error   xml.syntax"))
        #expect(result.stdout.contains("<ActionCandidate> opened at line 4, column 5 is never closed"))
        #expect(result.stdout.contains("a \"/\" looks missing (</Comments>)"))
        for path in ["Client.Negative", "Client.Positive", "Client.Ratings", "Client.Total", "ConfirmedDate", "Comments"] {
            #expect(result.stdout.contains("parity.value  \(path)\n"), "\(path)")
        }
    }

    @Test("json: the golden versioned document")
    func json() throws {
        let result = try AWKitProcess.run(["check", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout == (try golden("check-samples.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect((object["summary"] as? [String: Int])?["errors"] == 8)
    }

    @Test("junit: the golden file, which parses as XML")
    func junit() throws {
        let result = try AWKitProcess.run(["check", "--format", "junit"])
        #expect(result.status == 1)
        #expect(result.stdout == (try golden("check-samples.junit.xml")))
        // FoundationXML crashes on empty input rather than throwing.
        try #require(result.stdout.hasPrefix("<?xml"))
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        #expect(document.rootElement()?.attribute(forName: "failures")?.stringValue == "2")
    }

    @Test("a clean file exits 0; --output writes the report to a file")
    func clean() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("report.json").path
        let result = try AWKitProcess.run([
            "check", "--endpoint", "PhoneChat/AcceptReceivedBooking", "--format", "json", "--output", output,
            "Samples/PhoneChat/AcceptReceivedBooking/response.json",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let report = try String(contentsOfFile: output, encoding: .utf8)
        #expect(report.contains(#""errors" : 0"#))
    }

    @Test("a configuration file can accept a known deviation at one path only")
    func configuration() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("awkit.json")
        try Data(#"{"overrides":[{"rule":"parity.value","path":"Client.*","severity":"ignore"}]}"#.utf8).write(to: config)
        let result = try AWKitProcess.run(["check", "--config", config.path])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("Client.Negative"))
        #expect(result.stdout.contains("parity.value  ConfirmedDate"))
    }

    @Test("usage and I/O errors exit 2 and say why", arguments: [
        (["check", "no/such/folder"], "no/such/folder: no such file or directory"),
        (["check", "--format", "yaml"], "yaml"),
        (["check", "--schemas", "no/such/schemas"], "no/such/schemas"),
        (["check", "--config", "no/such/config.json"], "no/such/config.json"),
        (["check", "README.md"], "needs --endpoint"),
        (["check", "--endpoint", "Nope/Nothing", "README.md"], "no schema for --endpoint Nope/Nothing"),
    ])
    func usage(arguments: [String], reason: String) throws {
        let result = try AWKitProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(reason))
    }

    @Test("the same folder given twice is checked once")
    func deduplicated() throws {
        let result = try AWKitProcess.run(["check", "Samples", "Samples/"])
        #expect(result.stdout.hasSuffix("6 files checked: 8 errors, 0 warnings, 0 notes\n"))
    }

    @Test("--endpoint is found as the server routes: any casing, or the path", arguments: [
        "Lists/GetEscortRateBreaks", "lists/getEscortRateBreaks", "/v1/lists/getescortratebreaks",
    ])
    func endpointLookup(endpoint: String) throws {
        let result = try AWKitProcess.run(["check", "--endpoint", endpoint, "Samples/Lists/GetEscortRateBreaks/response.json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Lists/GetEscortRateBreaks"))
    }
}
