import AWGenerateCommand
import ArgumentParser

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
}
