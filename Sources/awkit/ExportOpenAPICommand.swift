import AWConformance
import ArgumentParser
import Foundation

/// `awkit export openapi`: the catalog as an OpenAPI document.
struct ExportOpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Write the schema catalog as an OpenAPI 3.1 (or 3.0) document, JSON or YAML.",
        discussion: """
            Every endpoint of the built-in catalog (or, with --schemas DIR, of the schema files \
            in DIR instead) becomes an operation at its method and path, and its Group-manager \
            form another (operation IDs Group_Operation and Group_Operation_GroupManager): \
            query parameters or a JSON body typed as documented, the success response's JSON \
            Schema for application/json and application/xml (with xml objects for the \
            DataContract side), the bearer-token or API-key security scheme with the documented \
            scopes, the page's samples as examples, and where each fact came from in \
            x-awkit-source. A response the stored page does not show has no schema \
            (x-awkit-response: not-shown).

            The output is YAML when -o names a .yaml or .yml file, else JSON (--format \
            overrides); the same schemas always give the same bytes.

            Exit codes: 0 written; 1 the schemas load but make no valid document; 2 usage or \
            I/O error (a schema folder or file that does not load, an output that cannot be \
            written).
            """
    )

    @Option(name: .long, help: ArgumentHelp("Export the schema files in this directory instead of the built-in catalog.", valueName: "dir"))
    var schemas: String?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The OpenAPI version: 3.1 or 3.0.", valueName: "3.0|3.1"))
    var version: OpenAPIExportOptions.Version = .v3_1

    @Option(name: .long, help: ArgumentHelp("json or yaml (default: by the output file's extension, else json).", valueName: "format"))
    var format: OpenAPIExportOptions.Format?

    func run() throws {
        try ReportOutput.checkWritable(output, option: "--output", command: "export openapi")
        let loaded: [EndpointSchema]
        do {
            if let schemas {
                loaded = try SchemaCatalog.loadDirectory(URL(fileURLWithPath: schemas))
                guard !loaded.isEmpty else {
                    Terminal.printError("awkit export openapi: \(schemas) holds no schema file (*.json)")
                    throw ExitStatus.usage.exitCode
                }
            } else {
                loaded = try BuiltInSchemas.load()
            }
        } catch let error as SchemaLoadingError {
            Terminal.printError("awkit export openapi: \(error) [\(error.code)]")
            throw ExitStatus.usage.exitCode
        }
        var options = OpenAPIExportOptions()
        options.version = version
        options.format = format ?? output.map(OpenAPIExportOptions.Format.init(path:)) ?? .json
        let data: Data
        do {
            data = try OpenAPIExporter(options: options).export(loaded)
        } catch {
            Terminal.printError("awkit export openapi: \(error)")
            throw ExitStatus.failure.exitCode
        }
        try ReportOutput.write(data, to: output, command: "export openapi")
    }
}

extension OpenAPIExportOptions.Version: ExpressibleByArgument {}
extension OpenAPIExportOptions.Format: ExpressibleByArgument {}
