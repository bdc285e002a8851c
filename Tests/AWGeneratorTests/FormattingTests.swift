import AWGenerator
import AWSchema
import Foundation
import Testing

/// The generated code is laid out as `swift format` (shipped with the toolchain) lays it out with
/// AWKit's settings: formatting it changes nothing.
@Suite struct FormattingTests {
    /// swift-format's settings for AWKit's generated code: four-space indents, 100 columns.
    static let configuration = #"""
        { "version": 1, "lineLength": 100, "indentation": { "spaces": 4 }, "maximumBlankLines": 1,
          "respectsExistingLineBreaks": true, "lineBreakBeforeEachArgument": false }
        """#

    @Test func formattingTheGeneratedCodeChangesNothing() throws {
        guard Self.swiftFormatRuns() else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("`swift format` is not available; it ships with the Swift toolchain")
            }
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-format-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = SchemaFixtures.repository
        let schemas = try ModelGenerator.loadSchemas(
            files: [root.appendingPathComponent("Tests/Fixtures/ModelsPlugin/Sources/BlogModels/Schemas/Blogs_GetBlogEntries.json")],
            directories: [root.appendingPathComponent("Sources/AWConformance/Schemas")])
        let naming = try ModelNaming.load(root.appendingPathComponent("Sources/AWModels/ModelNames.json"))
        let files = try ModelGenerator(options: .init(naming: naming)).generate(schemas)
        try ModelGenerator.write(files, to: directory)
        let configuration = directory.appendingPathComponent("swift-format.json")
        try Data(Self.configuration.utf8).write(to: configuration)
        let status = try Self.run(["format", "format", "--configuration", configuration.path, "-r", "-i", directory.path])
        #expect(status == 0)
        for file in files {
            let formatted = try String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8)
            #expect(formatted == file.contents, Comment(rawValue: "swift format changes \(file.path)"))
        }
    }

    static func swiftFormatRuns() -> Bool {
        (try? run(["format", "--version"])) == 0
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
