/// Finds where a property row's Type column ends, by matching the type spellings the API's docs
/// use, longest first.
///
/// A row reads `Name type words Description…` with single spaces and no column separator, and
/// some spellings have several words (`big integer`, `array of aws:Type`, `aws: Type`,
/// `string of comma-separated integers`), so the type cannot be taken as one word.
enum TypeSpelling {
    /// The scalar spellings, longest first so `string of comma-separated integers` wins over
    /// `string` and `datetime` over `date`. Matched case-insensitively.
    static let scalars = [
        "string of comma-separated integers", "string of comma separated integers",
        "string of comma-seperated integers", "string of comma seperated integers",
        "big integer", "datetime", "integer", "decimal", "boolean", "string", "date",
    ]

    /// The known spelling at the start of `text` (`Array of aws:X`, `aws: X`, `big integer` …),
    /// ending at a space or the end of the text, or `nil` when `text` starts with none.
    static func knownPrefix(of text: Substring) -> Substring? {
        var index = text.startIndex
        if hasPrefix(text[index...], "array of ") {
            index = text.index(index, offsetBy: 9)
        }
        let element = text[index...]
        if hasPrefix(element, "aws:") {
            var nameStart = text.index(index, offsetBy: 4)
            if nameStart < text.endIndex, text[nameStart] == " " { nameStart = text.index(after: nameStart) }
            var nameEnd = nameStart
            while nameEnd < text.endIndex, isTypeNameCharacter(text[nameEnd]) { nameEnd = text.index(after: nameEnd) }
            guard nameEnd > nameStart, atBoundary(text, nameEnd) else { return nil }
            return text[text.startIndex..<nameEnd]
        }
        for spelling in scalars where hasPrefix(element, spelling) {
            let end = text.index(index, offsetBy: spelling.count)
            if atBoundary(text, end) { return text[text.startIndex..<end] }
        }
        // A type name without `aws:` (`ProfileUpdateImages The images…`).
        let word = element.prefix { $0 != " " && $0 != "\t" }
        if DocumentedType.isBareTypeName(String(word)) { return text[text.startIndex..<word.endIndex] }
        return nil
    }

    private static func hasPrefix(_ text: Substring, _ prefix: String) -> Bool {
        text.hasASCIIPrefixIgnoringCase(prefix)
    }

    private static func atBoundary(_ text: Substring, _ index: Substring.Index) -> Bool {
        index == text.endIndex || text[index] == " " || text[index] == "\t"
    }

    private static func isTypeNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == ".")
    }
}
