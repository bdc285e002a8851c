import AWGenerator
import AWSchema
import ArgumentParser
import Foundation

/// The arguments of `awkit generate` and of `awkit-generate` (the same generator without the rest
/// of awkit, for the build-tool plugin), and what they do.
public struct GenerateOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Endpoint schema files (from awkit import-docs).", valueName: "schema.json"))
    var schemaFiles: [String] = []

    @Option(name: .long, help: ArgumentHelp("A folder of endpoint schemas (every *.json in it); repeatable.", valueName: "dir"))
    var schemas: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the Swift sources to (created when missing).", valueName: "dir"))
    var output: String

    @Option(name: .long, help: ArgumentHelp(
        "swift (default): the Swift models; csharp: their .NET mirrors for the oracle tests (one .cs file per object type, Oracle/Models/Generated).",
        valueName: "language"))
    var language: Language = .swift

    @Option(name: .long, help: ArgumentHelp("The name of the enumeration that lists the endpoints, and of its file.", valueName: "name"))
    var catalog: String = "GeneratedEndpoints"

    @Option(name: .long, help: "The access level of the generated declarations: public or internal.")
    var access: ModelGenerator.Access = .public

    @Option(name: .long, help: ArgumentHelp("A naming file mapping documented names to Swift names (JSON).", valueName: "file"))
    var naming: String?

    @Option(name: .long, help: ArgumentHelp("Write everything to this one file in the output folder instead of one file per type.", valueName: "name"))
    var singleFile: String?

    @Option(name: .customLong("import"), help: ArgumentHelp("A module every file imports (default AWModels and Foundation); repeatable.", valueName: "module"))
    var imports: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "The command the files' header tells a reader to run again (default: this command).", visibility: .hidden))
    var headerCommand: String?

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    public init() {}

    public mutating func validate() throws {
        if schemaFiles.isEmpty && schemas.isEmpty {
            throw ValidationError("give schema files or --schemas DIR (the schemas awkit import-docs writes)")
        }
        if language == .csharp, singleFile != nil || !imports.isEmpty || access != .public || catalog != "GeneratedEndpoints" {
            throw ValidationError("--language csharp writes one .cs file per type: --single-file, --import, --access and --catalog are Swift options")
        }
        if let singleFile, singleFile.contains("/") || !singleFile.hasSuffix(".swift") || singleFile.hasPrefix(".") {
            throw ValidationError("--single-file takes a file name ending in .swift, without a folder")
        }
        guard ModelGenerator.isFreeTypeName(catalog) else {
            throw ValidationError(
                "--catalog \(catalog): not an UpperCamelCase Swift type name that Swift and AWModels leave free")
        }
    }

    /// Loads the schemas, generates and writes the sources.
    ///
    /// - Parameter commandName: how the tool is called (`awkit generate`), for the files' header.
    /// - Throws: `ExitCode(2)` after printing the message for unreadable inputs or outputs;
    ///   `ExitCode(1)` for invalid schemas or names.
    public func run(commandName: String) throws {
        do {
            var options = ModelGenerator.Options(
                catalogName: catalog, access: access, command: headerCommand ?? commandLine(commandName),
                layout: singleFile.map { .singleFile($0) } ?? .filePerType)
            if !imports.isEmpty { options.imports = imports }
            if let naming { options.naming = try ModelNaming.load(URL(fileURLWithPath: naming)) }
            let loaded = try ModelGenerator.loadSchemas(
                files: schemaFiles.map { URL(fileURLWithPath: $0) }, directories: schemas.map { URL(fileURLWithPath: $0) })
            guard !loaded.isEmpty else {
                Self.fail("\(commandName): generate.no-schemas: \(schemas.joined(separator: ", ")): no endpoint schema (*.json) there", status: 1)
            }
            let files: [GeneratedFile]
            switch language {
            case .swift: files = try ModelGenerator(options: options).generate(loaded)
            case .csharp: files = try CSharpGenerator(options: options).generate(loaded)
            }
            let summary = try ModelGenerator.write(
                files, to: URL(fileURLWithPath: output), fileExtension: language == .swift ? "swift" : "cs")
            if !quiet {
                print("\(commandName): \(loaded.count) endpoint\(loaded.count == 1 ? "" : "s"), \(files.count) files in \(output): \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.removed.count) removed")
            }
        } catch let error as SchemaLoadingError {
            Self.fail("\(commandName): \(error.code): \(error)", status: error.code == .unreadable ? 2 : 1)
        } catch let error as GeneratorError {
            Self.fail("\(commandName): \(error.code): \(error)", status: error.code == .unreadable ? 2 : 1)
        }
    }

    /// The command for the header: the tool name and the arguments, paths as given, inputs
    /// sorted (so the header does not depend on their order).
    private func commandLine(_ commandName: String) -> String {
        var parts = [commandName]
        if language != .swift { parts += ["--language", language.rawValue] }
        for directory in schemas.sorted() { parts += ["--schemas", directory] }
        parts += schemaFiles.sorted()
        if let naming { parts += ["--naming", naming] }
        if catalog != "GeneratedEndpoints" { parts += ["--catalog", catalog] }
        if access != .public { parts += ["--access", access.rawValue] }
        for module in imports { parts += ["--import", module] }
        if let singleFile { parts += ["--single-file", singleFile] }
        parts += ["-o", output]
        return parts.joined(separator: " ")
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(status)
    }
}

extension ModelGenerator.Access: ExpressibleByArgument {}

extension GenerateOptions {
    /// What `--language` generates.
    enum Language: String, CaseIterable, ExpressibleByArgument {
        /// The Swift models (``ModelGenerator``).
        case swift
        /// Their C# mirrors for the .NET oracle (``CSharpGenerator``).
        case csharp
    }
}
