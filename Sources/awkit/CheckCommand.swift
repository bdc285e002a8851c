import AWConformance
import AWModels
import ArgumentParser
import Foundation

/// `awkit check`: check saved responses against what the API's documentation promises.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check saved responses against the API's documentation.",
        discussion: """
            Each PATH is a folder in the Samples layout (one that holds Group/Endpoint/ \
            folders with response.json and response.xml, or a group or endpoint folder itself), \
            or one response file. A file's endpoint is read from its Group/Endpoint/response.* \
            path, or given with --endpoint (which applies to files only). A response whose \
            endpoint has no schema is an error (input.unknown-endpoint). Every documented property must be \
            present and of its documented type and lexical form; nulls, enum values, XML \
            namespaces and member order are checked; the typed model must decode it; a JSON and \
            an XML answer in the same folder must carry the same values.

            Rules: \(Rule.all.map(\.id).joined(separator: ", ")).
            Severities can be changed per rule, endpoint and path in a JSON configuration file \
            (--config; else .awkit.json in the one folder checked, as awkit live --record writes \
            it; else .awkit.json in the working directory).

            Exit codes: 0 no finding of severity error; 1 at least one; 2 usage or I/O error.
            """
    )

    @Argument(help: ArgumentHelp("Response files or directories; - reads one response from standard input (with --endpoint).", valueName: "path"))
    var paths: [String] = ["Samples"]

    @Option(name: .long, help: ArgumentHelp("The endpoint of single files, as Group/Operation.", valueName: "id"))
    var endpoint: String?

    @OptionGroup var reportOptions: ReportOptions

    @OptionGroup var inputOptions: InputOptions

    /// The one folder given, when exactly one path is given and it is a folder.
    private var singleDirectory: String? {
        guard paths.count == 1 else { return nil }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory) && isDirectory.boolValue ? paths[0] : nil
    }

    func run() throws {
        try ReportOutput.checkWritable(reportOptions.output, option: "--output", command: "check")
        let runner: ConformanceRunner
        var files: [ResponseFile] = []
        /// The files given one by one, read once when their format was told.
        var read: [String: Data] = [:]
        do {
            runner = ConformanceRunner(
                schemas: try SchemaOptions.load(extraDirectory: reportOptions.schemas),
                configuration: try SchemaOptions.configuration(path: reportOptions.config, checkedDirectory: singleDirectory))
            // The server routes case-insensitively, by id or path: so does --endpoint.
            let endpoint = try endpoint.map { given in
                guard let match = SchemaCatalog.lookup(given, in: runner.schemas) else {
                    throw ValidationError(
                        "no schema for --endpoint \(given); known: \(runner.schemas.keys.sorted().joined(separator: ", "))")
                }
                return match.schema.endpoint
            }
            for path in paths {
                var isDirectory: ObjCBool = false
                if path == "-" {
                    let data = try readResponse("-")
                    files.append(try ResponseFile.single(Self.standardInputName, endpoint: endpoint, data: data))
                    read[Self.standardInputName] = data
                    continue
                }
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    throw ResponseFileError(path: path, message: "no such file or directory")
                }
                if isDirectory.boolValue {
                    let found = try ResponseFile.discover(in: path)
                    if found.isEmpty {
                        throw ResponseFileError(path: path, message: "has no Group/Endpoint/response.json or response.xml")
                    }
                    files += found
                } else {
                    // Read once: a pipe or FIFO (`<(cat f)`) cannot be read a second time.
                    let data = try readResponse(path)
                    files.append(try ResponseFile.single(path, endpoint: endpoint, data: data))
                    read[path] = data
                }
            }
            // The same file named twice (`check Samples Samples`) is checked once.
            var seen: Set<String> = []
            files = files.filter { seen.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
        } catch {
            Terminal.printError("awkit check: \(error)")
            throw ExitStatus.usage.exitCode
        }
        let report: CheckReport
        do {
            report = try runner.check(files) { path in
                try read[path] ?? InputFile.read(path, limit: inputOptions.maxInputBytes)
            }
        } catch {
            Terminal.printError("awkit check: \(error)")
            throw ExitStatus.usage.exitCode
        }
        try ReportOutput.write(reportOptions.format.render(report), to: reportOptions.output, command: "check")
        if report.hasErrors { throw ExitStatus.failure.exitCode }
    }

    /// The name standard input (`-`) has in the report.
    static let standardInputName = "<stdin>"

    /// One response file (or `-`), capped by `--max-input-bytes`. Bytes that begin neither XML
    /// nor JSON are kept (the first piece read) and checked as JSON, whose syntax finding names
    /// them: exit 1, as `awkit decode` gives.
    private func readResponse(_ path: String) throws(InputFileError) -> Data {
        do {
            return try InputFile.read(path, limit: inputOptions.maxInputBytes, response: true)
        } catch where !error.isUsageError {
            return error.head
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
