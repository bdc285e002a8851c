import AWGenerator
import AWSchema
import Foundation
import Testing

/// `Sources/AWModels/Generated` is what the generator makes of the built-in schemas today, byte
/// for byte (as swift-protobuf checks its generated code).
@Suite struct GeneratedSourcesTests {
    /// The command that refreshes the checked-in models, as the README gives it.
    static let refreshCommand =
        "swift run awkit generate --schemas Sources/AWConformance/Schemas --naming Sources/AWModels/ModelNames.json --import DataContractXML --import Foundation -o Sources/AWModels/Generated"

    @Test func theCheckedInModelsAreCurrent() throws {
        let root = SchemaFixtures.repository
        let schemas = try ModelGenerator.loadSchemas(
            files: [], directories: [root.appendingPathComponent("Sources/AWConformance/Schemas")])
        let naming = try ModelNaming.load(root.appendingPathComponent("Sources/AWModels/ModelNames.json"))
        let options = ModelGenerator.Options(
            naming: naming, command: String(Self.refreshCommand.dropFirst("swift run ".count)),
            imports: ["DataContractXML", "Foundation"])
        let files = try ModelGenerator(options: options).generate(schemas)
        let directory = root.appendingPathComponent("Sources/AWModels/Generated")
        let stale = "the generated models are stale; refresh them with: \(Self.refreshCommand)"
        #expect(ModelGenerator.generatedFiles(in: directory) == files.map(\.path), Comment(rawValue: stale))
        for file in files {
            let checkedIn = try? String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8)
            #expect(checkedIn == file.contents, Comment(rawValue: "\(file.path): \(stale)"))
        }
    }

    @Test func writingTwiceChangesNothingAndRemovesOnlyGeneratedFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-generate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = SchemaFixtures.objectEndpoint(properties: [SchemaFixtures.property("A", "integer")])
        let files = try ModelGenerator().generate([schema])
        let first = try ModelGenerator.write(files, to: directory)
        #expect(first.written.count == files.count)
        let second = try ModelGenerator.write(files, to: directory)
        #expect(second.written.isEmpty)
        #expect(second.unchanged.count == files.count)
        // A hand-written file beside the output stays; a generated file no longer produced goes.
        let handWritten = directory.appendingPathComponent("Test/Test+Extras.swift")
        try Data("extension Test {}\n".utf8).write(to: handWritten)
        let third = try ModelGenerator.write(files.filter { $0.path != "Test/Test.Thing.swift" }, to: directory)
        #expect(third.removed == ["Test/Test.Thing.swift"])
        #expect(FileManager.default.fileExists(atPath: handWritten.path))
        // Generated files deeper down (another output) and in hidden folders are not this output's.
        let deeper = directory.appendingPathComponent("Other/Nested/Other.Thing.swift")
        let hidden = directory.appendingPathComponent(".build/outputs/GeneratedModels.swift")
        for url in [deeper, hidden] {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(files[0].contents.utf8).write(to: url)
        }
        let fourth = try ModelGenerator.write([], to: directory)
        #expect(Set(fourth.removed) == Set(files.map(\.path)).subtracting(["Test/Test.Thing.swift"]))
        #expect(FileManager.default.fileExists(atPath: deeper.path))
        #expect(FileManager.default.fileExists(atPath: hidden.path))
    }
}
