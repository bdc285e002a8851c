import Foundation

/// Reads a command's input: a file path, or `-` for standard input.
enum InputFile {
    /// The whole content of `path` (`-` reads standard input to its end).
    ///
    /// - Throws: ``InputFileError`` naming the path and the reason.
    static func read(_ path: String) throws(InputFileError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFileError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputFileError(path: path, reason: "is a directory") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
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
