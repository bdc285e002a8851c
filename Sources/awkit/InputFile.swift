import Foundation

/// Reads a command's input: a file path, or `-` for standard input.
enum InputFile {
    /// The whole content of `path` (`-` reads standard input to its end). Regular files, pipes,
    /// FIFOs and process substitutions (`<(…)`) are all read the same way.
    ///
    /// - Throws: ``InputFileError`` naming the path and the reason (missing, a directory,
    ///   unreadable, standard input closed).
    static func read(_ path: String) throws(InputFileError) -> Data {
        if path == "-" {
            do {
                return try FileHandle.standardInput.readToEnd() ?? Data()
            } catch {
                throw InputFileError(path: "standard input", reason: "cannot be read (\(error.localizedDescription))")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFileError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputFileError(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputFileError(path: path, reason: "cannot be opened for reading (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw InputFileError(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
    }
}

/// A command input that cannot be read.
struct InputFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "\(path): \(reason)" }
}
