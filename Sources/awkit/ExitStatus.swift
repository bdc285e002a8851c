import ArgumentParser

/// The exit codes every `awkit` subcommand uses.
enum ExitStatus: Int32 {
    /// Everything decoded / no finding of severity error.
    case success = 0
    /// The input was read but does not decode, or a finding has severity error.
    case failure = 1
    /// A usage error, or a file that cannot be read or written.
    case usage = 2
    /// `awkit live` only: the host could not be reached at all (no request got an answer).
    case unreachable = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}
