/// A documentation page's text split into numbered lines and into sections by its headings.
///
/// The page format is the text of the API's documentation pages as saved in the project's
/// `shared/docs/` (for example `PhoneChat_AcceptReceivedBooking.txt`): a navigation menu, the
/// title, then sections whose headings stand alone on a line after a blank line ("URL / Endpoint",
/// "Request", "Prerequisites", "Group manager", "Request Information", "HTTP Method / Verb",
/// "Headers", "Authentication", "Scopes", "Samples", "Response", "Response Sample").
struct DocPage {
    /// One line of the page: its 1-based number and its text without the line break.
    struct Line: Hashable {
        let number: Int
        let text: String

        /// The text without leading and trailing spaces and tabs.
        var trimmed: Substring { text.trimmedSpaces }
        /// Whether the line holds nothing but spaces and tabs.
        var isBlank: Bool { trimmed.isEmpty }
    }

    /// A heading and the lines up to the next heading (or the end of the page).
    struct Section {
        let heading: String
        let headingLine: Int
        let lines: [Line]
    }

    /// The section headings the page format uses, exactly as written.
    static let headings: Set<String> = [
        "URL / Endpoint", "Request", "Prerequisites", "Group manager", "Request Information",
        "HTTP Method / Verb", "Headers", "Authentication", "Scopes", "Samples", "Response",
        "Response Sample",
    ]

    let lines: [Line]
    /// The lines before the first heading (menu, title, summary).
    let preamble: [Line]
    let sections: [Section]

    init(text: String) {
        var numbered: [Line] = []
        var number = 0
        // "\r\n" is one Character in Swift, so split on each line-break spelling.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            numbered.append(Line(number: number, text: String(line)))
        }
        // A final line break does not start an empty last line.
        if numbered.count > 1, numbered.last?.text.isEmpty == true { numbered.removeLast() }
        lines = numbered

        var preamble: [Line] = []
        var sections: [Section] = []
        var current: (heading: String, line: Int, lines: [Line])?
        for (index, line) in numbered.enumerated() {
            let previousBlank = index == 0 || numbered[index - 1].isBlank
            if previousBlank, Self.headings.contains(String(line.trimmed)) {
                if let current { sections.append(Section(heading: current.heading, headingLine: current.line, lines: current.lines)) }
                current = (String(line.trimmed), line.number, [])
            } else if current != nil {
                current!.lines.append(line)
            } else {
                preamble.append(line)
            }
        }
        if let current { sections.append(Section(heading: current.heading, headingLine: current.line, lines: current.lines)) }
        self.preamble = preamble
        self.sections = sections
    }

    /// The first section with this heading, or `nil`.
    func section(_ heading: String) -> Section? {
        sections.first { $0.heading == heading }
    }

    /// The group names of the navigation menu (`Account ...` → `Account`), in menu order.
    var menuGroups: [String] {
        preamble.compactMap { line in
            let text = line.trimmed
            guard text.hasSuffix(" ..."), !text.dropLast(4).contains(" ") else { return nil }
            return String(text.dropLast(4))
        }
    }

    /// Whether every non-blank line of the page belongs to the navigation menu ("API Methods" and
    /// the "Group ..." entries).
    var isNavigationOnly: Bool {
        lines.allSatisfy { $0.isBlank || $0.trimmed == "API Methods" || $0.trimmed.hasSuffix("...") }
    }

    /// The page title: the first line of the preamble that is not the navigation menu
    /// ("API Methods" and the "Group ..." entries).
    var title: String? {
        preamble.first { line in
            !line.isBlank && line.trimmed != "API Methods" && !line.trimmed.hasSuffix("...")
        }.map { String($0.trimmed) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    var trimmedSpaces: SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex..<endIndex] }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
