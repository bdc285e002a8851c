import Foundation

/// Writes a report to standard output or a file.
enum ReportOutput {
    /// Writes `text` to `path`, or to standard output when `path` is `nil` or `-`.
    ///
    /// - Throws: `ExitStatus.usage` (after printing why) when the file cannot be written.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Terminal.printError("awkit: cannot write \(path): \(error.localizedDescription)")
            throw ExitStatus.usage.exitCode
        }
    }
}
