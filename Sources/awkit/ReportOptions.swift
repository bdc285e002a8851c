import AWConformance
import ArgumentParser

/// The options `awkit check` and `awkit live` share: where schemas and severities come from, and
/// how and where the report is written.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A directory of extra schema files (from awkit import-docs).", valueName: "dir"))
    var schemas: String?

    @Option(name: .long, help: ArgumentHelp("A severity configuration file (JSON).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: "The report format: text, json, junit or sarif.")
    var format: ReportFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to this file instead of standard output (- for standard output).", valueName: "file"))
    var output: String?
}
