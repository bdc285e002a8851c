import Foundation

/// Writing to standard error, for messages that must not mix with a command's output.
enum Terminal {
    /// Writes `message` and a line break to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
