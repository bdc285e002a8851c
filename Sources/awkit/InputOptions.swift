import ArgumentParser

/// The input option `awkit check`, `decode` and `encode` share: how large one input may be.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The largest input file (or standard input) read, in bytes; default 16777216 (16 MiB).", valueName: "n"))
    var maxInputBytes: Int = InputFile.defaultLimit

    func validate() throws {
        guard maxInputBytes >= 1 else { throw ValidationError("--max-input-bytes must be at least 1") }
    }
}
