import Foundation
import Testing

/// A copy of the bundled samples in a new temporary folder, each file's text changed by `edit`
/// (given its name).
private func samplesCopy(_ edit: (String, String) -> String = { $1 }) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-diff-cli-\(UUID().uuidString)")
    let endpoint = folder.appendingPathComponent("PhoneChat/AcceptReceivedBooking")
    try FileManager.default.createDirectory(at: endpoint, withIntermediateDirectories: true)
    let source = AWKitProcess.repositoryRoot.appendingPathComponent("Samples/PhoneChat/AcceptReceivedBooking")
    for name in ["response.json", "response.xml"] {
        let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
        try Data(edit(name, text).utf8).write(to: endpoint.appendingPathComponent(name))
    }
    return folder
}

@Suite("awkit diff")
struct DiffCommandTests {
    @Test("the samples against themselves: no change, exit 0")
    func unchanged() throws {
        let result = try AWKitProcess.run(["diff", "Samples", "Samples"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("no changes\n0 changes: 0 breaking, 0 non-breaking\n"))
    }

    @Test("BookingID sent as a JSON string where the model reads an Int breaks: exit 1, in text, JSON and SARIF")
    func breaking() throws {
        let new = try samplesCopy { name, text in
            name == "response.json" ? text.replacingOccurrences(of: "\"BookingID\": 1", with: "\"BookingID\": \"1\"") : text
        }
        defer { try? FileManager.default.removeItem(at: new) }
        // The one endpoint copied unchanged, so only the edit differs.
        let old = try samplesCopy()
        defer { try? FileManager.default.removeItem(at: old) }
        let result = try AWKitProcess.run(["diff", old.path, new.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("PhoneChat/AcceptReceivedBooking json\n  breaking      BookingID  property.type-changed\n"))
        #expect(result.stdout.contains("BookingID is string, was integer; the model reads integer and fails on it"))

        let json = try AWKitProcess.run(["diff", old.path, new.path, "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["summary"] as? [String: Int] == ["changes": 1, "breaking": 1, "nonBreaking": 0])

        let sarif = try AWKitProcess.run(["diff", old.path, new.path, "--format", "sarif"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let result0 = try #require(((document["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        #expect(result0["ruleId"] as? String == "diff.property.type-changed")
        #expect(result0["level"] as? String == "error")
    }

    @Test("a lexical-form change only: exit 0")
    func nonBreaking() throws {
        let new = try samplesCopy { name, text in
            name == "response.xml" ? text.replacingOccurrences(of: "<Credits>8.0000</Credits>", with: "<Credits>8.00</Credits>") : text
        }
        defer { try? FileManager.default.removeItem(at: new) }
        // The one endpoint copied unchanged, so only the edit differs.
        let old = try samplesCopy()
        defer { try? FileManager.default.removeItem(at: old) }
        let result = try AWKitProcess.run(["diff", old.path, new.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("non-breaking  Credits  property.lexical-form-changed"))
        #expect(result.stdout.contains("Credits is written scale 2, was scale 4"))
    }

    @Test("a missing path, or a run against schemas: exit 2 with the reason")
    func usage() throws {
        let missing = try AWKitProcess.run(["diff", "Samples", "/nonexistent/run"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("awkit diff: /nonexistent/run: no such file or directory"))
        let mixed = try AWKitProcess.run(["diff", "Samples", "Sources/AWConformance/Schemas"])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("is schemas, but Samples is recorded run"))
        let noArguments = try AWKitProcess.run(["diff"])
        #expect(noArguments.status == 2)
    }
}

@Suite("awkit check --format sarif")
struct CheckSARIFCommandTests {
    @Test("one run, results at files relative to the working directory, exit 1")
    func sarif() throws {
        let result = try AWKitProcess.run(["check", "--format", "sarif"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let runs = try #require(document["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        let uris = Set(results.compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap {
                ($0["artifactLocation"] as? [String: String])?["uri"]
            }
        })
        // The JSON sample passes; every finding (parity included) is on the XML sample.
        #expect(uris == ["Samples/PhoneChat/AcceptReceivedBooking/response.xml"])
        #expect(results.count == 8, "the 8 errors of the text report")
    }
}
