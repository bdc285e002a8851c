import AWConformance
import ArgumentParser
import Foundation

/// `awkit diff OLD NEW`: what changed in the API between two recorded runs or two sets of schemas.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two recorded runs, or two schema folders or files, and say what breaks.",
        discussion: """
            OLD and NEW are both recorded runs (folders in the Group/Endpoint/response.{json,xml} \
            layout awkit live --record writes, with the response.*.http files beside the answers) \
            or both endpoint schemas (a schema file, or a folder of them). Per endpoint, format and \
            path: properties added or removed, type and lexical-form changes, nulls, new enum \
            values, XML root, namespace and member-order changes, HTTP status and Content-Type \
            changes. Each change is breaking or not for a client decoding with AWKit's models.

            Kinds: \(APIChange.Kind.all.map(\.rawValue).joined(separator: ", ")).

            Exit codes: 0 no breaking change; 1 at least one; 2 usage or I/O error.
            """
    )

    @Argument(help: ArgumentHelp("The old run or schemas.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new run or schemas.", valueName: "new"))
    var new: String

    @Option(name: .long, help: ArgumentHelp("A directory of extra schema files, to type recorded values.", valueName: "dir"))
    var schemas: String?

    @Option(name: .long, help: "The report format: text, json or sarif.")
    var format: DiffFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to this file instead of standard output (- for standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let report: DiffReport
        do {
            let catalog = try SchemaOptions.load(extraDirectory: schemas)
            let a = try APISnapshot.load(old, schemas: catalog)
            let b = try APISnapshot.load(new, schemas: catalog)
            guard a.origin == b.origin else {
                throw DiffInputError(
                    code: .mixedInputs, path: new, message: "is \(b.origin.rawValue), but \(old) is \(a.origin.rawValue); compare like with like")
            }
            report = DiffReport(old: old, new: new, comparing: a, with: b)
        } catch {
            Terminal.printError("awkit diff: \(error)")
            throw ExitStatus.usage.exitCode
        }
        try ReportOutput.write(format.render(report), to: output, command: "diff")
        if report.hasBreakingChanges { throw ExitStatus.failure.exitCode }
    }
}

extension DiffFormat: ExpressibleByArgument {}
