import AWConformance
import ArgumentParser
import Foundation

/// `awkit import-docs`: read an API documentation page's text and write its endpoint schema.
struct ImportDocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-docs",
        abstract: "Turn an API documentation page (saved as text) into an endpoint schema (JSON).",
        discussion: """
            The page is the text of an AdultWork.com REST API v1 documentation page, as copied \
            from the browser (menu, title, "URL / Endpoint", "Request", "Response", \
            "Response Sample" …). The schema records the endpoint (Group/Operation, method, path, \
            group-manager path), scopes, how parameters are passed, the request, prerequisite and \
            response properties (type, required, nullable, enum values, description), nested \
            aws: types (from a table, or inferred from the JSON sample and marked inferred) and \
            the response samples as published. Each fact says where it came from: table, prose, \
            sample or default.

            The schema is written as pretty-printed JSON with sorted keys, so importing the same \
            page always gives the same bytes. What the page lacks or gets wrong (no response \
            table, no sample, a type spelling the importer does not know, a sample that \
            disagrees with a table) is printed on standard error as warnings and kept in the \
            schema's "notes".

            Example: awkit import-docs PhoneChat_AcceptReceivedBooking.txt \
            -o Sources/AWConformance/Schemas/PhoneChat_AcceptReceivedBooking.json

            Exit codes: 0 written (warnings or not); 1 the text is not an endpoint's \
            documentation page (no "POST /v1/…" line); 2 usage or I/O error.
            """
    )

    @Argument(help: ArgumentHelp("The documentation page as text, or - for standard input.", valueName: "page"))
    var page: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the schema to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .shortAndLong, help: "Do not print the notes as warnings.")
    var quiet = false

    func run() throws {
        let data: Data
        do {
            data = try InputFile.read(page)
        } catch {
            Terminal.printError("awkit import-docs: \(error)")
            throw ExitStatus.usage.exitCode
        }
        let schema: EndpointSchema
        do {
            schema = try DocPageImporter().importPage(contentsOf: data)
        } catch {
            Terminal.printError("awkit import-docs: \(page): \(error.message) [\(error.code)]")
            throw ExitStatus.failure.exitCode
        }
        if !quiet {
            for note in schema.notes { Terminal.printError("warning: \(page): \(note)") }
        }
        let json: Data
        do {
            json = try schema.encodedJSON()
        } catch {
            Terminal.printError("awkit import-docs: cannot encode the schema: \(error)")
            throw ExitStatus.usage.exitCode
        }
        try ReportOutput.write(json, to: output, command: "import-docs")
    }
}
