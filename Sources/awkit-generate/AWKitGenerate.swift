import AWGenerateCommand
import ArgumentParser
import Foundation

/// `awkit-generate`: `awkit generate` alone, so the build-tool plugin builds the generator
/// without the checks, the stand-in or an HTTP client.
@main
struct AWKitGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awkit-generate",
        abstract: "Generate Swift models from AdultWork endpoint schemas (the same as awkit generate).",
        discussion: "Exit codes: 0 written; 1 an invalid schema or naming file; 2 a usage or I/O error."
    )

    @OptionGroup var options: GenerateOptions

    func run() throws {
        try options.run(commandName: "awkit-generate")
    }

    /// Runs the command line, with the exit codes `awkit` uses: a usage error is 2
    /// (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
