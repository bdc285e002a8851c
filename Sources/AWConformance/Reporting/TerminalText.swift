/// Text made safe to print on a terminal: strings that came from a response, a plan or a page
/// (values, property names, source lines, raw bodies) must not move the cursor, change colours,
/// set the window title or ring the bell.
///
/// Every control character is written as a visible escape: C0 controls (U+0000–U+001F) other than
/// the tab, DEL (U+007F) and the C1 controls (U+0080–U+009F) as `\u{1B}`; the bidirectional
/// embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), which reorder what
/// a reader sees, likewise. Line breaks are kept only where ``escape(_:keepingLineBreaks:)`` is
/// asked to keep them (a multi-line message); in a one-line field they are escaped too, so a
/// value cannot forge a report line.
public enum TerminalText {
    /// `text` with every control character written as `\u{…}` (see the type's discussion).
    ///
    /// - Parameters:
    ///   - text: the text to print.
    ///   - keepingLineBreaks: keep U+000A (for text that is printed as several lines).
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `scalar` is written as an escape.
    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
