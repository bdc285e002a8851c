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

            Examples:
              awkit import-docs PhoneChat_AcceptReceivedBooking.txt -o PhoneChat_AcceptReceivedBooking.json
              awkit import-docs --all Docs/Pages -o Sources/AWConformance/Schemas --samples Samples

            With --all, every *.txt page of the folder becomes Group_Operation.json in the -o \
            folder (how the built-in schemas are made), and --samples writes each page's \
            samples as Group/Operation/response.json, response.xml and request.json, byte for \
            byte as the page prints them.

            A page that is not an operation's documentation page is refused with a stable code \
            and no schema is written: import.empty, import.not-text (binary bytes), \
            import.navigation-only (only the site's menu), import.missing-endpoint (no \
            "POST /v1/…" line), import.invalid-endpoint (a path that is not /v1/Group/Operation).

            Exit codes: 0 written (warnings or not); 1 a page was refused; 2 usage or I/O error.
            """
    )

    @Argument(help: ArgumentHelp(
        "The documentation page as text, or - for standard input; with --all, a folder of pages.", valueName: "page"))
    var page: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the schema to this file instead of standard output; with --all, the folder for the schema files (required).",
        valueName: "path"))
    var output: String?

    @Flag(help: "Import every *.txt page of the folder given as <page>.")
    var all = false

    @Option(help: ArgumentHelp(
        "With --all: also write each page's samples into this folder, in the Samples layout.", valueName: "folder"))
    var samples: String?

    @Flag(name: .shortAndLong, help: "Do not print the notes as warnings.")
    var quiet = false

    func validate() throws {
        if all, output == nil || output == "-" {
            throw ValidationError("--all needs -o FOLDER, the folder to write the schema files into")
        }
        if samples != nil, !all { throw ValidationError("--samples goes with --all") }
    }

    func run() throws {
        if all { return try runAll() }
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

    /// `--all`: every page of a folder.
    private func runAll() throws {
        let folder: DocPageFolder
        do {
            folder = try DocPageFolder(directory: URL(fileURLWithPath: page))
        } catch {
            Terminal.printError("awkit import-docs: \(error)")
            throw ExitStatus.usage.exitCode
        }
        var refused = 0
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(atPath: output!, withIntermediateDirectories: true)
            for entry in folder.pages {
                switch entry.result {
                case .failure(let error):
                    refused += 1
                    Terminal.printError("awkit import-docs: \(entry.file): \(error.message) [\(error.code)]")
                case .success(let schema):
                    if !quiet {
                        for note in schema.notes { Terminal.printError("warning: \(entry.file): \(note)") }
                    }
                    let url = URL(fileURLWithPath: output!).appendingPathComponent(schema.fileName)
                    try schema.encodedJSON().write(to: url, options: .atomic)
                    if let samples {
                        for file in schema.sampleFiles {
                            let target = URL(fileURLWithPath: samples).appendingPathComponent(file.path)
                            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                            try Data(file.text.utf8).write(to: target, options: .atomic)
                        }
                    }
                }
            }
        } catch {
            Terminal.printError("awkit import-docs: cannot write: \(error.localizedDescription)")
            throw ExitStatus.usage.exitCode
        }
        let written = folder.pages.count - refused
        Terminal.printError("awkit import-docs: \(written) schema\(written == 1 ? "" : "s") written to \(output!)\(refused > 0 ? ", \(refused) page\(refused == 1 ? "" : "s") refused" : "")")
        if refused > 0 { throw ExitStatus.failure.exitCode }
    }
}
