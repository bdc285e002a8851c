import Foundation

/// Writing to standard error, for messages that must not mix with a command's output.
enum Terminal {
    /// Writes `message` and a line break to standard error; a closed standard error is ignored
    /// (there is nowhere left to say anything).
    static func printError(_ message: String) {
        try? FileHandle.standardError.write(contentsOf: Data((message + "\n").utf8))
    }
}
