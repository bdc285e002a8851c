import AWConformance
import Foundation

/// Writing to standard error, for messages that must not mix with a command's output.
enum Terminal {
    /// Writes `message` and a line break to standard error, control characters escaped
    /// (``TerminalText``: a message may quote a response or a plan); a closed standard error is
    /// ignored (there is nowhere left to say anything).
    static func printError(_ message: String) {
        let text = TerminalText.escape(message, keepingLineBreaks: true)
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress lines go there only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Rewrites the progress line on standard error (carriage return, erase line); `nil` erases it.
    static func progress(_ line: String?) {
        let text = "\r\u{1B}[2K" + (line.map { TerminalText.escape(String($0.prefix(120))) } ?? "")
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
