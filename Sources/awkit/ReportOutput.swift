import AWConformance
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
            Terminal.printError("awkit \(command): cannot write \(path ?? "standard output"): \(Self.reason(error, path: path))")
            throw ExitStatus.usage.exitCode
        }
    }

    /// Why `path` cannot be written, in words: the system's reason ("No such file or
    /// directory", "Permission denied"), else what stands in the way on the path.
    static func reason(_ error: any Error, path: String?) -> String {
        guard let path, path != "-" else { return InputFile.reason(error) }
        return LiveRecorder.reason(error, at: URL(fileURLWithPath: path))
    }

    /// Checks, before any work is done, that `path` can be written: its folder exists and is
    /// writable, and `path` is not a folder. `nil` and `-` (standard output) always can.
    ///
    /// - Throws: `ExitStatus.usage` after printing why on standard error.
    static func checkWritable(_ path: String?, option: String, command: String) throws {
        guard let path, path != "-" else { return }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        let problem: String?
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            problem = "it is a folder"
        } else if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            problem = "its folder \(folder) does not exist"
        } else if !isDirectory.boolValue {
            problem = "\(folder) is a file, not a folder"
        } else if !FileManager.default.isWritableFile(atPath: folder) {
            problem = "its folder \(folder) is not writable (permission denied)"
        } else {
            problem = nil
        }
        if let problem {
            Terminal.printError("awkit \(command): \(option) \(path) cannot be written: \(problem)")
            throw ExitStatus.usage.exitCode
        }
    }

    /// Writes `text` as UTF-8; see ``write(_:to:command:)``.
    static func write(_ text: String, to path: String?, command: String) throws {
        try write(Data(text.utf8), to: path, command: command)
    }
}
