import AWConformance
import AWModels
import ArgumentParser
import Foundation

/// `awkit live`: send a plan's calls to the API (or the stand-in) in JSON and in XML, and check
/// every answer as `awkit check` checks saved files.
struct LiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Send a plan of API calls (JSON and XML each) and check every answer against the docs.",
        discussion: """
            Each call of the plan (--plan, JSON or YAML) is sent twice, with Accept: \
            application/json and Accept: application/xml, with Authorization: bearer and the token \
            from the environment variable --token-env (never from the command line; it appears in \
            no output, report, recorded file or error message); endpoints whose page asks for the \
            developer's API key also get it as an apiKey header, from --api-key-env when that \
            variable is set (kept as secret as the token), and are reported as live.not-sent \
            when it is not. Both answers go through every \
            check of awkit check plus JSON/XML parity; the HTTP status, the Content-Type and its \
            charset, and an answer in another format than asked for become findings.

            Safe by default: calls that change state (POST, PUT, DELETE, such as \
            PhoneChat/AcceptReceivedBooking) are reported as live.not-sent unless --allow-writes \
            is given; --dry-run prints the requests without sending anything. A write call sends \
            two real writes, the JSON request on its first record and the XML request on its \
            second.

            A plan value "${NAME.PATH}" is taken from the answer of the earlier call NAME (its \
            name or 1-based position; PATH is members and list positions: BookingID, \
            [0].BookingID), "${NAME:HEADER}" from one of its headers, "${now+2d}" is a time from \
            now as YYYY-MM-DD HH:MM (UTC); each format takes it from the earlier answer in its own \
            format, and a plan with references runs its calls in order. groupManager: true sends \
            a call to the endpoint's Group-manager path. Samples/plans/booking-workflow.yaml is \
            the booking lifecycle, Samples/plans/read-only.yaml every GET endpoint.

            GET calls are retried on connection errors, 429 and 503 (honouring Retry-After, \
            capped by --max-retry-wait); writes never are. A progress line goes to standard \
            error when it is a terminal and the plan has more than 3 calls.

            Rules: \(Rule.all.map(\.id).joined(separator: ", ")).

            Exit codes: 0 no finding of severity error; 1 at least one; 2 usage or I/O error \
            (no token, a bad plan); 3 the host cannot be reached at all.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The API's base URL.", valueName: "url"))
    var baseURL: String = LiveOptions.sandboxURL.absoluteString

    @Option(name: .long, help: ArgumentHelp("The environment variable holding the access token.", valueName: "name"))
    var tokenEnv: String = "AW_ACCESS_TOKEN"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The environment variable holding the developer's API key, sent as an apiKey header to API-key endpoints (when set).",
            valueName: "name"))
    var apiKeyEnv: String = "AW_API_KEY"

    @Option(name: .long, help: ArgumentHelp("The plan: a JSON or YAML list of calls.", valueName: "file"))
    var plan: String

    @Flag(name: .long, help: "Send calls that change state (POST, PUT, DELETE).")
    var allowWrites = false

    @Flag(name: .long, help: "Print the requests that would be sent (token redacted) and send nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("Save every answer in the Samples layout (then: awkit check DIR).", valueName: "dir"))
    var record: String?

    @OptionGroup var reportOptions: ReportOptions

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for a connection.", valueName: "s"))
    var connectTimeout: Double = 10

    @Option(name: .long, help: ArgumentHelp("Seconds one request may take, body included.", valueName: "s"))
    var timeout: Double = 30

    @Option(name: .long, help: ArgumentHelp("Calls in flight at once.", valueName: "n"))
    var concurrency: Int = 4

    @Option(name: .long, help: ArgumentHelp("Retries of a GET call (connection error, 429, 503).", valueName: "n"))
    var retries: Int = 2

    @Option(name: .long, help: ArgumentHelp("The longest wait before a retry, Retry-After included.", valueName: "s"))
    var maxRetryWait: Double = 30

    @Option(name: .long, help: ArgumentHelp("An extra request header, 'Name: value' (repeatable).", valueName: "header"))
    var header: [String] = []

    func validate() throws {
        let limit = LiveOptions.maximumSeconds
        guard connectTimeout.isFinite, timeout.isFinite, connectTimeout > 0, timeout > 0, connectTimeout <= limit, timeout <= limit else {
            throw ValidationError("--connect-timeout and --timeout must be positive numbers of seconds up to \(Int(limit))")
        }
        guard (1...64).contains(concurrency) else { throw ValidationError("--concurrency must be 1...64") }
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be 0...10") }
        guard maxRetryWait.isFinite, (0...limit).contains(maxRetryWait) else {
            throw ValidationError("--max-retry-wait must be 0...\(Int(limit)) seconds")
        }
        for value in header {
            let name = value.split(separator: ":", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard value.contains(":"), !name.isEmpty else { throw ValidationError("--header must be 'Name: value'") }
            guard LivePlan.isHeaderName(name) else {
                throw ValidationError("--header name '\(TerminalText.escape(name))' is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)")
            }
            guard LivePlan.isHeaderValue(String(value.drop { $0 != ":" }.dropFirst())) else {
                throw ValidationError("--header \(name) has a line break or control character in its value, which would split it into two headers")
            }
            guard !["authorization", "accept", "content-type"].contains(name.lowercased()) else {
                throw ValidationError("--header cannot set \(name); awkit live sets it")
            }
        }
    }

    func run() async throws {
        // Every option is checked before anything is sent: a report or a record folder that
        // cannot be written would otherwise be lost after the writes were made.
        try ReportOutput.checkWritable(reportOptions.output, option: "--output", command: "live")
        if let record { try Self.checkRecordFolder(record) }

        // Token: from the environment only. A dry run works without one.
        var token = ""
        do {
            token = try LiveOptions.token(fromEnvironment: tokenEnv)
        } catch {
            if !dryRun {
                Terminal.printError("awkit live: \(error)")
                throw ExitStatus.usage.exitCode
            }
        }
        // A --token-env that is not a conventional variable name may be the token itself.
        let shownTokenEnv = LiveOptions.displayName(ofVariable: tokenEnv)
        // The API key, when its variable is set: from the environment only, like the token.
        let apiKey = (try? LiveOptions.token(fromEnvironment: apiKeyEnv))
        let redactor = SecretRedactor(
            secrets: (shownTokenEnv == tokenEnv ? [token] : [token, tokenEnv]) + (apiKey.map { [$0] } ?? []))
        func fail(_ message: String) -> ExitCode {
            Terminal.printError(redactor.redact("awkit live: \(message)"))
            return ExitStatus.usage.exitCode
        }

        guard let url = URL(string: baseURL) else { throw fail("--base-url is not a URL") }
        var options = LiveOptions(baseURL: url, token: token)
        options.apiKey = apiKey
        options.allowWrites = allowWrites
        options.connectTimeout = connectTimeout
        options.totalTimeout = timeout
        options.concurrency = concurrency
        options.retry = .init(maxAttempts: retries + 1, maxWait: maxRetryWait)
        for value in header {
            let pair = value.split(separator: ":", maxSplits: 1)
            options.extraHeaders[pair[0].trimmingCharacters(in: .whitespaces)] = pair[1].trimmingCharacters(in: .whitespaces)
        }

        let runner: LiveRunner
        let livePlan: LivePlan
        do {
            runner = LiveRunner(
                options: options, schemas: try SchemaOptions.load(extraDirectory: reportOptions.schemas),
                configuration: try SchemaOptions.configuration(path: reportOptions.config))
            try runner.validateBaseURL()
            livePlan = try LivePlan.load(from: URL(fileURLWithPath: plan))
            try livePlan.validate(against: runner.schemas, path: plan)
        } catch {
            throw fail("\(error)")
        }

        if dryRun {
            let text = runner.dryRun(livePlan, missingToken: token.isEmpty ? shownTokenEnv : nil, format: reportOptions.format)
            try ReportOutput.write(text, to: reportOptions.output, command: "live")
            return
        }

        let showProgress = Terminal.standardErrorIsTerminal && livePlan.calls.count > 3
        let report: LiveReport
        var progress: (@Sendable (LiveProgress) -> Void)?
        if showProgress {
            progress = { (step: LiveProgress) -> Void in
                let line = "awkit live: \(step.completed)/\(step.total) \(step.last)"
                Terminal.progress(redactor.redact(line))
            }
        }
        do {
            report = try await runner.run(livePlan, progress: progress)
        } catch {
            throw fail("\(error)")
        }
        if showProgress { Terminal.progress(nil) }

        // The report first: the requests were sent (writes included), so what they got must
        // be shown even when recording fails. The report's strings are already redacted.
        // SARIF results point at the plan: live findings are about requests, not files.
        let sarif = SARIFReporter.Options(artifact: plan)
        try ReportOutput.write(
            reportOptions.format.render(report.report, sarif: sarif), to: reportOptions.output, command: "live")
        if let record {
            do {
                try LiveRecorder(directory: URL(fileURLWithPath: record), redactor: redactor)
                    .record(report, configuration: runner.configuration)
            } catch {
                throw fail("\(error)")
            }
        }
        if report.hostUnreachable {
            Terminal.printError(redactor.redact("awkit live: \(options.baseURL.absoluteString) cannot be reached"))
            throw ExitStatus.unreachable.exitCode
        }
        if report.report.hasErrors { throw ExitStatus.failure.exitCode }
    }

    /// Checks that `--record DIR` can be written: DIR is a writable folder, or does not exist and
    /// its nearest existing parent is a writable folder.
    ///
    /// - Throws: `ExitStatus.usage` after printing why on standard error.
    static func checkRecordFolder(_ path: String) throws {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        let manager = FileManager.default
        var problem: String?
        while true {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                if !isDirectory.boolValue {
                    problem = "\(url.path) is a file, not a folder"
                } else if !manager.isWritableFile(atPath: url.path) {
                    problem = "\(url.path) is not writable (permission denied)"
                }
                break
            }
            if url.path == "/" { break }
            url.deleteLastPathComponent()
        }
        if let problem {
            Terminal.printError("awkit live: --record \(path) cannot be written: \(problem)")
            throw ExitStatus.usage.exitCode
        }
    }
}
