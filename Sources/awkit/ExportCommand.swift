import ArgumentParser

/// `awkit export`: write what AWKit knows in another ecosystem's format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the schema catalog in another format (OpenAPI).",
        subcommands: [ExportOpenAPICommand.self]
    )
}
