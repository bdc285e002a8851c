/// One `PropertyTypeDescription` table of a documentation page, read into rows.
///
/// Row heuristic (documented in ``DocPageImporter``):
/// - A row starts with a property name: ASCII letters, digits and `_`, starting with a letter or
///   `_`, and not an English sentence opener ("This", "The", "Note", "A" …, see ``sentenceOpeners``).
/// - The type follows: a known spelling (``TypeSpelling``, longest first). When the text after a
///   known spelling starts with a lowercase word, the type goes on (an unknown spelling such as
///   `string or null`) up to the first word that starts a description.
/// - A description starts with a word whose first character is an uppercase letter, a digit or a
///   quote/parenthesis ("The", "Required.", "True", "A", "One", "15"). When no known spelling
///   matches, the type is the first word after the name plus the following words up to such a
///   word; the line is a row with that unknown type only if the name starts with an uppercase
///   letter, the type does not end in sentence punctuation and a description follows.
/// - Any other non-blank line continues the description of the row above (joined with a line
///   break, as published), or, before the first row, is a remark ("This operation does not accept
///   any parameters.").
/// - The table ends at a blank line, a section heading, another table header or the page's end.
struct PropertyTable {
    /// One row: the property name, its Type column as written, and its description lines.
    struct Row {
        let line: Int
        let name: String
        let typeText: String
        /// Whether ``typeText`` is a spelling ``TypeSpelling`` knows.
        let knownSpelling: Bool
        var description: String
    }

    /// The line number of the `PropertyTypeDescription` header.
    let headerLine: Int
    /// What the table documents: a section heading (`Request`, `Response` …), or the type name
    /// written alone on the line before the table (`aws:PhoneChatBookingUser`).
    let label: String
    /// Whether ``label`` names an `aws:` type rather than a section.
    let labelIsTypeName: Bool
    var rows: [Row]
    /// Lines before the first row that are not rows.
    var remarks: [DocPage.Line]
    /// The sub-heading that stands alone before the table inside its section (`Top views` under
    /// "Request"), when the section documents several forms; `nil` otherwise.
    var variant: String?
    /// Continuation lines that look like a row without a type (a lone name): folded into the
    /// description above, as the grammar says, and reported.
    var suspectContinuations: [DocPage.Line] = []

    /// The header line that starts every table.
    static let header = "PropertyTypeDescription"

    /// Whether a line is the table header: `PropertyTypeDescription`, also with the cells
    /// separated by tabs or spaces (`Property<TAB>Type<TAB>Description`, as a browser copies an
    /// HTML table).
    static func isHeader(_ text: Substring) -> Bool {
        text == Substring(header) || text.filter { !$0.isWhitespace } == header
    }

    /// The line with tabs and no-break spaces (U+00A0, U+202F) read as single spaces and runs of
    /// spaces as one, so rows copied with tab-separated cells read like the others.
    static func spacesNormalised(_ line: DocPage.Line) -> DocPage.Line {
        guard line.text.contains(where: { $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{202F}" }) else { return line }
        var text = ""
        var lastWasSpace = false
        for character in line.text {
            let isSpace = character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{202F}"
            if isSpace {
                if !lastWasSpace { text.append(" ") }
            } else {
                text.append(character)
            }
            lastWasSpace = isSpace
        }
        return DocPage.Line(number: line.number, text: text)
    }

    /// First words of sentences that are never property names.
    static let sentenceOpeners: Set<String> = [
        "a", "an", "also", "and", "but", "each", "for", "if", "in", "it", "note", "on", "only",
        "or", "otherwise", "please", "see", "the", "these", "this", "those", "when", "where",
        "which", "while", "with",
    ]

    /// Reads the rows that follow the header at `lines[headerIndex]`.
    init(lines: [DocPage.Line], headerIndex: Int, label: String, labelIsTypeName: Bool, variant: String? = nil) {
        headerLine = lines[headerIndex].number
        self.label = label
        self.labelIsTypeName = labelIsTypeName
        self.variant = variant
        rows = []
        remarks = []
        var index = headerIndex + 1
        while index < lines.count {
            let line = Self.spacesNormalised(lines[index])
            let text = line.trimmed
            if text.isEmpty || Self.isHeader(text) || DocPage.headings.contains(String(text)) { break }
            if let row = Self.namelessRow(from: line) ?? Self.row(from: text, line: line.number) {
                rows.append(row)
            } else if !rows.isEmpty {
                if Self.isPropertyName(text), text.first?.isUppercase == true, !Self.sentenceOpeners.contains(text.lowercased()) {
                    suspectContinuations.append(line)
                }
                rows[rows.count - 1].description += "\n" + text
            } else {
                remarks.append(line)
            }
            index += 1
        }
    }

    /// A row without a name: the raw line starts with a space or tab, or with a lowercase known
    /// type spelling (or `Array of`), followed by nothing or a description word.
    static func namelessRow(from line: DocPage.Line) -> Row? {
        let text = line.trimmed
        guard let known = TypeSpelling.knownPrefix(of: text) else { return nil }
        let indented = line.text.first == " " || line.text.first == "\t"
        guard indented || known.first?.isLowercase == true || known.lowercased().hasPrefix("array of ") else { return nil }
        let afterType = text[known.endIndex...].trimmedSpaces
        if let first = afterType.split(separator: " ").first, !startsDescription(first) { return nil }
        // `Array of` / `aws:` rows must be bare types; a lone scalar word must be indented (a
        // property may be called `Date`).
        guard indented || known.contains(" ") || known.contains(":") else { return nil }
        return Row(line: line.number, name: "", typeText: String(known), knownSpelling: true, description: String(afterType))
    }

    /// The row a line starts, or `nil` when the line is not the start of a row.
    static func row(from text: Substring, line: Int) -> Row? {
        // A name of several words (`Rental movie aws:RentalMovie …`): the pages keep such names
        // as the wire has them; taken only when a known type spelling follows the words.
        let words = text.split(separator: " ", maxSplits: 3)
        if words.count >= 3, isPropertyName(words[0]), words[0].first?.isUppercase == true,
           !sentenceOpeners.contains(words[0].lowercased()),
           TypeSpelling.knownPrefix(of: text[words[0].endIndex...].trimmedSpaces) == nil {
            for count in 2...min(3, words.count - 1) {
                let extra = words[1..<count]
                guard extra.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLowercase } }) else { break }
                let nameEnd = words[count - 1].endIndex
                let rest = text[nameEnd...].trimmedSpaces
                if let known = TypeSpelling.knownPrefix(of: rest), !known.first!.isUppercase || known.contains(":") {
                    let afterType = rest[known.endIndex...].trimmedSpaces
                    return Row(line: line, name: String(text[..<nameEnd]), typeText: String(known), knownSpelling: true,
                               description: String(afterType))
                }
            }
        }
        guard let space = text.firstIndex(of: " ") else { return nil }
        let name = text[..<space]
        guard isPropertyName(name), !sentenceOpeners.contains(name.lowercased()) else { return nil }
        let rest = text[space...].trimmedSpaces
        guard !rest.isEmpty else { return nil }

        if let known = TypeSpelling.knownPrefix(of: rest) {
            let afterType = rest[known.endIndex...].trimmedSpaces
            guard let first = afterType.first, first.isLowercase else {
                return Row(line: line, name: String(name), typeText: String(known), knownSpelling: true,
                           description: String(afterType))
            }
            // `string or null The …`: the type goes on; without a description word after it, the
            // lowercase text is the description of the known type.
            if let (type, description) = splitUnknownType(rest), !description.isEmpty {
                return Row(line: line, name: String(name), typeText: String(type), knownSpelling: false,
                           description: String(description))
            }
            return Row(line: line, name: String(name), typeText: String(known), knownSpelling: true,
                       description: String(afterType))
        }

        guard name.first!.isUppercase else { return nil }
        // `Currency The currency …`: a name, then a description: the Type column is empty.
        if let firstWord = rest.split(separator: " ").first, firstWord.first?.isUppercase == true,
           firstWord.allSatisfy({ $0.isLetter }), !DocumentedType.isBareTypeName(String(firstWord)),
           rest.split(separator: " ").count >= 2 {
            return Row(line: line, name: String(name), typeText: "", knownSpelling: false, description: String(rest))
        }
        guard let (type, description) = splitUnknownType(rest),
              !description.isEmpty, let last = type.last, !".,;:".contains(last)
        else { return nil }
        return Row(line: line, name: String(name), typeText: String(type), knownSpelling: false,
                   description: String(description))
    }

    /// Splits `text` into a type (its first word and the following words up to the first word
    /// that starts a description) and the description.
    static func splitUnknownType(_ text: Substring) -> (type: Substring, description: Substring)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let firstWord = words.first else { return nil }
        var typeEnd = firstWord.endIndex
        for word in words.dropFirst() {
            if startsDescription(word) { break }
            typeEnd = word.endIndex
        }
        return (text[text.startIndex..<typeEnd], text[typeEnd...].trimmedSpaces)
    }

    /// Whether a word can be the first word of a description: it starts with an uppercase
    /// letter, a digit, a quote or an opening parenthesis.
    static func startsDescription(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase || first.isNumber || "\"'“‘(".contains(first)
    }

    /// ASCII letters, digits and `_`, not starting with a digit.
    static func isPropertyName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
