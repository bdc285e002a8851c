import AWConformance
import ArgumentParser
import Foundation

/// `awkit schemas`: the catalog at a glance.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: "List the endpoint schemas: what each documentation page tells, at a glance.",
        discussion: """
            One row per endpoint of the built-in catalog (plus --schemas DIR): method, \
            authentication (access-token, api-key, unspecified), scopes, response shape (object, \
            array of aws:X, scalar X, empty, or unknown when the page does not show it), how many \
            properties the page documents in a table (doc), how many are known only from a \
            sample (inf), how many are unknown (unk: types named but never shown, type spellings \
            not understood), whether a JSON or XML response sample exists, and how many notes \
            the importer wrote. "(+Groups)" marks endpoints with a Group-manager form.

            --notes prints each endpoint's notes below the table; --format json prints every \
            row with its notes, for tools.

            Exit codes: 0 listed; 2 usage or I/O error (a schema folder that does not load).
            """
    )

    @Option(name: .long, help: ArgumentHelp("A directory of extra schema files (from awkit import-docs).", valueName: "dir"))
    var schemas: String?

    @Option(name: .long, help: "The output format: text or json.")
    var format: Format = .text

    @Flag(help: "With the text format: print each endpoint's importer notes below the table.")
    var notes = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let loaded: [String: EndpointSchema]
        do {
            loaded = try SchemaOptions.load(extraDirectory: schemas)
        } catch {
            Terminal.printError("awkit schemas: \(error)")
            throw ExitStatus.usage.exitCode
        }
        let coverage = CatalogCoverage(schemas: Array(loaded.values))
        let data: Data
        switch format {
        case .text: data = Data(coverage.renderedText(withNotes: notes).utf8)
        case .json: data = try coverage.renderedJSON()
        }
        try ReportOutput.write(data, to: nil, command: "schemas")
    }
}
