import ArgumentParser
import Foundation

/// `awkit`: check AdultWork API responses against the documentation, decode them, and more.
///
/// Exit codes, for every subcommand: 0 success; 1 the input was read but fails (a decoding error,
/// a finding of severity error); 2 a usage or I/O error; `awkit live` also 3 when the host cannot
/// be reached at all.
@main
struct AWKitCommand: AsyncParsableCommand {
    /// The version `awkit --version` prints.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "awkit",
        abstract: "Decode, check and encode AdultWork.com REST API v1 responses, JSON or XML.",
        discussion: """
            Exit codes: 0 success; 1 the input was read but does not decode or has a finding of \
            severity error; 2 a usage or I/O error; 3 (awkit live only) the host cannot be reached.
            """,
        version: "awkit \(version)",
        subcommands: [
            CheckCommand.self, LiveCommand.self, DiffCommand.self, MockCommand.self, DecodeCommand.self,
            EncodeCommand.self, ImportDocsCommand.self, SchemasCommand.self, GenerateCommand.self, ExportCommand.self,
        ]
    )

    /// Runs the command line, mapping argument errors to exit code 2 (ArgumentParser's default
    /// is 64) so every subcommand keeps the documented codes.
    static func main() async {
        // `awkit help X` for a command that does not exist is a usage error, not the main help.
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help", arguments.count > 1 {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName }
            if !names.contains(arguments[1]) {
                Terminal.printError("awkit help: no command named '\(arguments[1])'; the commands are \(names.joined(separator: ", "))")
                Foundation.exit(ExitStatus.usage.rawValue)
            }
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Terminal.printError(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }
}
