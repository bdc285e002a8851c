/// The lines of one source text, found once: where each line starts, so that quoting line `n`
/// costs the length of that line, not a scan from the start of the file (a report quoting
/// thousands of lines of one file stays linear).
public struct SourceLines: Sendable {
    private let utf8: [UInt8]
    /// The UTF-8 offset of each line's first byte; line 1 starts at 0.
    private let starts: [Int]

    /// Indexes the line starts of `text` (line breaks: LF; a CR before it is dropped from the line).
    public init(_ text: String) {
        utf8 = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The number of lines (a final line break ends the last line; it does not start another).
    public var count: Int { starts.count }

    /// The text of line `line` (1-based) without its line break and without any carriage return,
    /// or `nil` when there is no such line.
    public subscript(line: Int) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] - 1 : utf8.count
        guard start <= end else { return nil }
        return String(decoding: utf8[start..<end].filter { $0 != 0x0D }, as: UTF8.self)
    }
}
