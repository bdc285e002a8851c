import Foundation
import PackagePlugin

/// Generates Swift models at build time from the endpoint schemas in a target's `Schemas/`
/// folder (the files `awkit import-docs -o Sources/<Target>/Schemas` writes), with
/// `awkit-generate`: one file, `GeneratedModels.swift`, in the build folder, compiled into the
/// target. A `ModelNames.json` beside the schemas (in `Schemas/`' parent, the target folder) is
/// used as the naming file. The target must depend on the `AWModels` product.
@main
struct AWModelsGeneratorPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let schemas = target.sourceFiles.filter { file in
            file.url.pathExtension == "json" && file.url.deletingLastPathComponent().lastPathComponent == "Schemas"
        }.map(\.url).sorted { $0.path < $1.path }
        guard !schemas.isEmpty else {
            Diagnostics.warning("\(target.name): no endpoint schemas in Schemas/ (awkit import-docs PAGE -o Sources/\(target.name)/Schemas)")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        var arguments = schemas.map(\.path) + [
            "-o", output.path, "--single-file", "GeneratedModels.swift", "--access", "public", "--quiet",
            // The header tells a reader how to refresh the file: build again.
            "--header-command", "swift build",
        ]
        var inputs = schemas
        let naming = target.directoryURL.appending(path: "ModelNames.json")
        if FileManager.default.fileExists(atPath: naming.path) {
            arguments += ["--naming", naming.path]
            inputs.append(naming)
        }
        return [
            .buildCommand(
                displayName: "Generating models of \(schemas.count) AdultWork endpoint schema(s) for \(target.name)",
                executable: try context.tool(named: "awkit-generate").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output.appending(path: "GeneratedModels.swift")])
        ]
    }
}
