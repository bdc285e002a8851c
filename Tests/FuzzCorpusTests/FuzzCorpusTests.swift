import Foundation
import Testing

/// Replays every input FuzzTesting keeps, the minimized corpus (`FuzzTesting/Corpus/<target>`)
/// and every input that ever failed (`FuzzTesting/Failures/<target>`), through the same
/// property code the libFuzzer harnesses run (`Properties/` and `ParserProperties/`, symbolic
/// links to FuzzTesting's property modules).
@Suite struct FuzzCorpusTests {
    /// Every target, by name.
    static let targets: [String: any FuzzProperty.Type] = {
        let all: [any FuzzProperty.Type] = [
            XMLDocumentProperty.self, XMLStreamingProperty.self, JSONProperty.self, XMLTreeProperty.self,
            RoundTripProperty.self, ParsersProperty.self,
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting")

    static func inputs(_ folder: String, _ target: String) -> [URL] {
        let directory = root.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test("the minimized corpus keeps every property", arguments: targets.keys.sorted())
    func corpus(_ name: String) throws {
        let target = try #require(Self.targets[name])
        let files = Self.inputs("Corpus", name)
        #expect(files.count >= 10, "the corpus of \(name) is missing or nearly empty")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try target.check(bytes) }
        }
    }

    @Test("every input that ever failed now keeps every property", arguments: targets.keys.sorted())
    func failures(_ name: String) throws {
        let target = try #require(Self.targets[name])
        for file in Self.inputs("Failures", name) {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try target.check(bytes) }
        }
    }

    /// Inputs that show a limitation not fixed yet (FuzzTesting/README.md, "Found, not fixed"):
    /// replayed so that they still cannot crash; a property they break is a known issue.
    @Test("known failures do not crash", arguments: targets.keys.sorted())
    func knownFailures(_ name: String) throws {
        let target = try #require(Self.targets[name])
        for file in Self.inputs("KnownFailures", name) {
            let bytes = [UInt8](try Data(contentsOf: file))
            withKnownIssue("\(file.lastPathComponent)", isIntermittent: true) { try target.check(bytes) }
        }
    }
}
