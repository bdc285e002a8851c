import Foundation
import Testing

/// Replays every input FuzzTesting keeps, the minimized corpus (`FuzzTesting/Corpus/<target>`)
/// and every input that ever failed (`FuzzTesting/Failures/<target>`), through the same
/// property code the libFuzzer harnesses run (`Properties/`, shared with FuzzTesting).
@Suite struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTesting")

    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        let directory = root.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test("the minimized corpus keeps every property", arguments: FuzzTarget.allCases)
    func corpus(_ target: FuzzTarget) throws {
        let files = Self.inputs("Corpus", target)
        #expect(files.count >= 10, "the corpus of \(target.rawValue) is missing or nearly empty")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try target.check(bytes) }
        }
    }

    @Test("every input that ever failed now keeps every property", arguments: FuzzTarget.allCases)
    func failures(_ target: FuzzTarget) throws {
        for file in Self.inputs("Failures", target) {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try target.check(bytes) }
        }
    }
}
