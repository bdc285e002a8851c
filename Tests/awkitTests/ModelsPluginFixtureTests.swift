import Foundation
import Testing

/// A page outside the catalog, as a new user takes it: page → `awkit import-docs` → the
/// build-tool plugin generates the models → a package that compiles (warnings as errors, Swift 6
/// language mode) and decodes the page's samples in both formats.
///
/// Builds `Tests/Fixtures/ModelsPlugin` from a copy whose dependency points at this repository,
/// in `.build/fixtures/ModelsPlugin` (about 3 minutes cold on 2 cores, seconds when built).
@Suite("the models plugin on a user's package", .serialized)
struct ModelsPluginFixtureTests {
    @Test func aPageBecomesAPackageThatDecodesItsSamples() throws {
        let root = AWKitProcess.repositoryRoot
        let fixture = root.appendingPathComponent("Tests/Fixtures/ModelsPlugin")
        let manager = FileManager.default
        // One copy folder, laid anew each run, so the plugin's outputs (kept per package) do not
        // pile up in the scratch folder.
        let copy = root.appendingPathComponent(".build/fixtures/ModelsPlugin-package")
        try? manager.removeItem(at: copy)
        try manager.createDirectory(at: copy, withIntermediateDirectories: true)
        for item in ["Package.swift", "Sources", "Blogs_GetBlogEntries.txt", "response.json", "response.xml"] {
            try manager.copyItem(at: fixture.appendingPathComponent(item), to: copy.appendingPathComponent(item))
        }
        let manifest = copy.appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: #"path: "../../..""#, with: "path: \(String(reflecting: root.path))")
        try Data(text.utf8).write(to: manifest)

        // 1. The page becomes the target's schema, the same bytes as the checked-in one.
        let schemas = copy.appendingPathComponent("Sources/BlogModels/Schemas")
        try manager.removeItem(at: schemas)
        let pages = copy.appendingPathComponent("pages")
        try manager.createDirectory(at: pages, withIntermediateDirectories: true)
        try manager.copyItem(
            at: copy.appendingPathComponent("Blogs_GetBlogEntries.txt"), to: pages.appendingPathComponent("Blogs_GetBlogEntries.txt"))
        let imported = try AWKitProcess.run(["import-docs", "--all", pages.path, "-o", schemas.path])
        #expect(imported.status == 0, Comment(rawValue: imported.stderr))
        let schema = "Blogs_GetBlogEntries.json"
        #expect(
            try Data(contentsOf: schemas.appendingPathComponent(schema))
                == Data(contentsOf: fixture.appendingPathComponent("Sources/BlogModels/Schemas/\(schema)")))

        // 2. The package builds, the plugin generating the models, and decodes both samples.
        let scratch = root.appendingPathComponent(".build/fixtures/ModelsPlugin")
        let build = try Self.swift(["build", "--package-path", copy.path, "--scratch-path", scratch.path])
        #expect(build.status == 0, Comment(rawValue: build.output))
        guard build.status == 0 else { return }
        #expect(build.output.contains("Generating models of 1 AdultWork endpoint schema(s) for BlogModels"))
        let run = try Self.run(
            scratch.appendingPathComponent("debug/BlogDecode"),
            [copy.appendingPathComponent("response.json").path, copy.appendingPathComponent("response.xml").path])
        #expect(run.status == 0, Comment(rawValue: run.output))
        let entries = "Total=2 11|Back from Paris|2018-03-04T10:15:00|Published|4.5; 12|Plans & ideas <draft>|2018-03-05T08:00:00.5|Draft|nil"
        #expect(run.output.contains("response.json: \(entries)\n"))
        #expect(run.output.contains("response.xml: \(entries)\n"))
        #expect(run.output.contains("request: GET /v1/Blogs/GetBlogEntries?FromDate=01-03-2018&Status=Draft\n"))
    }

    /// `swift …` from the toolchain that runs the tests.
    static func swift(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["swift"] + arguments)
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
