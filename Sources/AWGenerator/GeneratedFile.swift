import Foundation

/// One Swift source file the generator writes: its path below the output folder and its text.
public struct GeneratedFile: Hashable, Sendable {
    /// The path below the output folder, with `/` (`PhoneChat/ReceivedBooking.swift`).
    public var path: String
    /// The file's text, UTF-8, ending with a line break.
    public var contents: String

    /// - Parameters:
    ///   - path: the path below the output folder.
    ///   - contents: the file's text.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
