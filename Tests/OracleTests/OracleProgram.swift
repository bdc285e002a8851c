import Foundation
import Testing

/// The C# oracle in `Oracle/` (DataContractSerializer from Mono, Json.NET), compiled once per
/// test run with `mcs` into a temporary folder and run with `mono`.
///
/// Where Mono is missing the oracle tests are skipped, saying how to install it; under `CI=true`
/// a missing Mono is a failure instead.
enum OracleProgram {
    /// Debian/Ubuntu packages that give `mcs`, `mono`, DataContractSerializer, C14N and Json.NET.
    static let installHint =
        "apt-get install -y mono-mcs mono-runtime libmono-system-runtime-serialization4.0-cil libmono-system-xml4.0-cil libmono-system-security4.0-cil libnewtonsoft-json5.0-cil"
    static let jsonNETFolder = "/usr/lib/cli/Newtonsoft.Json-5.0"
    /// The time zone the oracle runs in, so that `DateTimeKind.Local` values carry an offset
    /// that is not whole hours (+10:30, +11:00 in summer; +10:36 for local mean time before 1895).
    static let timeZone = "Australia/Lord_Howe"

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// What is missing to run the oracle, or `nil` when everything is there.
    static var missing: String? {
        var missing: [String] = []
        if tool("mcs") == nil { missing.append("mcs") }
        if tool("mono") == nil { missing.append("mono") }
        if !FileManager.default.fileExists(atPath: jsonNETFolder + "/Newtonsoft.Json.dll") { missing.append("Json.NET") }
        return missing.isEmpty ? nil : missing.joined(separator: ", ")
    }

    /// Whether the oracle tests run: Mono is there, or `CI=true` (where its absence must fail).
    static var shouldRun: Bool { missing == nil || isCI }
    static var skipMessage: Comment {
        "Mono is not installed (\(missing ?? "")): the .NET oracle tests are skipped. Install it with: \(installHint)"
    }

    /// The repository's `Oracle/` folder (this file is Tests/OracleTests/OracleProgram.swift).
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Oracle")

    /// The folder of this test process's oracle files (the compiled program, each model's
    /// documents: about 3 GB at 10,000 records), removed when the process exits.
    static let scratch: URL = {
        atexit { try? FileManager.default.removeItem(atPath: OracleProgram.scratchPath) }
        return URL(fileURLWithPath: scratchPath)
    }()
    private static let scratchPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("awkit-oracle-\(UUID().uuidString)").path

    /// The compiled `oracle.exe`, built on first use.
    static func executable() async throws -> URL { try await compiled.value }

    private static let compiled = Task<URL, any Error> {
        if let missing {
            throw OracleFailure("Mono is not installed (\(missing)); with CI=true the oracle tests must run. Install it with: \(installHint)")
        }
        let folder = OracleProgram.scratch.appendingPathComponent("program")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var sources = try FileManager.default.subpathsOfDirectory(atPath: sourceFolder.path)
            .filter { $0.hasSuffix(".cs") }.sorted()
        sources = sources.map { sourceFolder.appendingPathComponent($0).path }
        let output = folder.appendingPathComponent("oracle.exe")
        try run(
            tool("mcs")!,
            ["-nologo", "-nowarn:169,649", "-out:" + output.path, "-r:System.Runtime.Serialization", "-r:System.Xml",
             "-r:System.Security", "-r:\(jsonNETFolder)/Newtonsoft.Json.dll"] + sources)
        return output
    }

    /// Runs the oracle with `arguments`.
    static func oracle(_ arguments: [String]) async throws {
        let exe = try await executable()
        // At the lowest priority: the other suites' timeouts (the stand-in, live runs) run
        // beside it and must not starve on a 2-core machine.
        let mono = tool("mono")!
        let environment = ["MONO_PATH": jsonNETFolder, "TZ": timeZone]
        if let nice = tool("nice") {
            try run(nice, ["-n", "19", mono, exe.path] + arguments, environment: environment)
        } else {
            try run(mono, [exe.path] + arguments, environment: environment)
        }
    }

    private static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OracleFailure(
                "\(URL(fileURLWithPath: path).lastPathComponent) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(String(decoding: text, as: UTF8.self))")
        }
    }
}

struct OracleFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
