import AWModels

/// Reads a page's JSON sample leniently, so that a sample broken as published still teaches what
/// it can, and says what was wrong and where.
///
/// The docs' samples are hand-written, and some are broken in ways a person reads past: a missing
/// comma between members or items, a raw line break inside a string. Parsing stops at each such
/// error (``JSONTree/parse(_:)`` is strict); this reader repairs exactly that one spot and parses
/// again, at most ``maximumRepairs`` times:
/// - `expected "," or "}"` / `"," or "]"` before the next member or item → a `,` is inserted;
/// - a raw control character inside a string → its JSON escape (`\n`, `\r`, `\t`, `\u00XX`).
/// Any other error (a cut sample, a stray token, nesting past ``JSONTree/maximumDepth``) ends the
/// attempt: the sample is not used for facts. Duplicate keys parse as they are (the importer
/// notes them). Every repair and the final error become ``problems``, with the page line.
struct LenientJSONSample {
    /// One thing wrong with the sample as published.
    struct Problem: Hashable {
        /// The line on the page.
        let line: Int
        let column: Int
        let message: String
    }

    /// How many spots are repaired before giving up.
    static let maximumRepairs = 64

    /// The tree read from the sample (repaired where needed), or `nil` when it cannot be read.
    let root: JSONTree.Node?
    /// What was wrong (each repair, or the error that stopped reading), in page lines.
    let problems: [Problem]
    /// Whether the sample parsed as published, with no repair.
    var wellFormed: Bool { root != nil && problems.isEmpty }

    /// Reads `text`, whose first line is line `firstLine` of the page.
    init(_ text: String, firstLine: Int) {
        var bytes = Array(text.utf8)
        var problems: [Problem] = []
        var root: JSONTree.Node?
        // Repairs shift later offsets but not earlier lines: a line break is replaced by an escape
        // (the text after it moves up one line), so count the lines removed to report page lines.
        var linesRemoved = 0
        for _ in 0...Self.maximumRepairs {
            do {
                root = try JSONTree.parse(bytes).root
                break
            } catch {
                let pageLine = firstLine + error.line - 1 + linesRemoved
                let offset = error.offset
                if error.code == .controlCharacterInString, offset < bytes.count, problems.count < Self.maximumRepairs {
                    let byte = bytes[offset]
                    let escape: String = switch byte {
                    case 0x0A: "\\n"
                    case 0x0D: "\\r"
                    case 0x09: "\\t"
                    default: "\\u" + String(repeating: "0", count: 4 - String(byte, radix: 16).count) + String(byte, radix: 16)
                    }
                    if byte == 0x0A { linesRemoved += 1 }
                    problems.append(Problem(
                        line: pageLine, column: error.column,
                        message: "a raw \(byte == 0x0A ? "line break" : "control character") inside a string (read as \(escape))"))
                    bytes.replaceSubrange(offset...offset, with: Array(escape.utf8))
                } else if error.code == .unexpectedCharacter, error.message.hasPrefix("expected \",\" or"),
                          offset < bytes.count, problems.count < Self.maximumRepairs {
                    problems.append(Problem(line: pageLine, column: error.column, message: "a comma is missing before this (read as if it were there)"))
                    bytes.insert(UInt8(ascii: ","), at: offset)
                } else {
                    problems.append(Problem(line: pageLine, column: error.column, message: "\(error.message); the sample cannot be read past this"))
                    root = nil
                    break
                }
            }
        }
        self.root = root
        self.problems = problems
    }
}
