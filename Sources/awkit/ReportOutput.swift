import Foundation

/// Writes a command's output to standard output or a file.
enum ReportOutput {
    /// Writes `data` to `path` (atomically), or to standard output when `path` is `nil` or `-`.
    ///
    /// - Throws: `ExitStatus.usage` (after printing why on standard error) when the file or
    ///   standard output cannot be written (a full disk, a closed pipe).
    static func write(_ data: Data, to path: String?, command: String) throws {
        do {
            if let path, path != "-" {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } else {
                try FileHandle.standardOutput.write(contentsOf: data)
            }
        } catch {
            Terminal.printError("awkit \(command): cannot write \(path ?? "standard output"): \(error.localizedDescription)")
            throw ExitStatus.usage.exitCode
        }
    }

    /// Writes `text` as UTF-8; see ``write(_:to:command:)``.
    static func write(_ text: String, to path: String?, command: String) throws {
        try write(Data(text.utf8), to: path, command: command)
    }
}
