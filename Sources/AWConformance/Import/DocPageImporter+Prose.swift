/// Facts read from a description's prose: required, nullable, enum values.
extension DocPageImporter {
    /// Whether the description says `Required.` (as a word, anywhere; `Required,` and
    /// `Required:` too).
    static func saysRequired(_ description: String) -> Bool {
        words(of: description).contains { ["Required.", "Required", "Required,", "Required:", "Required;"].contains($0) }
    }

    /// Phrases that say a documented response property may be left out ("which are only returned
    /// when OfferDirectChat is true"), so it is not required.
    static let optionalPresencePhrases = [
        "only returned when", "only returned if", "only included when", "only included if",
        "only provided when", "only provided if", "only present when", "only present if",
        "not returned", "omitted", "may be absent", "not always returned",
    ]

    /// Phrases that start a condition on a property's presence, longest first: "Required if
    /// Nickname is not given", "Only required if Method is 1", "only returned when
    /// OfferDirectChat is true", "only provided if …".
    static let conditionPhrases = [
        "only required if ", "only required when ", "required if ", "required when ",
        "only returned when ", "only returned if ", "only included when ", "only included if ",
        "only provided when ", "only provided if ", "only present when ", "only present if ",
    ]

    /// The condition the description puts on the property's presence, or `nil`:
    /// "Required (Group manager only)" → `Group manager only`; "Required if GroupName is null." →
    /// `GroupName is null`; "… which are only returned when OfferDirectChat is true." →
    /// `OfferDirectChat is true` (up to the end of the sentence or clause).
    static func condition(in description: String) -> String? {
        // Every phrase has "required" or "only": most descriptions have neither.
        let lowerDescription = description.lowercased()
        guard lowerDescription.hasPhrase("required") || lowerDescription.hasPhrase("only ") else { return nil }
        for sentence in sentences(of: description) {
            let lower = sentence.lowercased()
            if let range = lower.firstPhrase("required (") {
                let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))
                if let close = sentence[start...].firstIndex(of: ")") { return String(sentence[start..<close]) }
            }
            for phrase in conditionPhrases {
                guard let range = lower.firstPhrase(phrase) else { continue }
                let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))
                var clause = sentence[start...]
                if let comma = clause.firstIndex(where: { $0 == "," || $0 == ";" }) { clause = clause[..<comma] }
                let text = clause.trimmingCharacters(" .")
                if !text.isEmpty { return String(text) }
            }
        }
        return nil
    }

    /// The default the prose states: "Defaults to 50." → `50`, "Defaults to date-asc." →
    /// `date-asc`, "Default: false" → `false`.
    static func defaultValue(in description: String) -> String? {
        guard description.hasPhrase("efault") else { return nil }
        for sentence in sentences(of: description) {
            let lower = sentence.lowercased()
            for phrase in ["defaults to ", "default is ", "default: ", "by default "] {
                guard let range = lower.firstPhrase(phrase) else { continue }
                let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
                let value = Substring(sentence.dropFirst(offset)).trimmingCharacters(" .\"'`“”")
                if !value.isEmpty, !value.contains(" ") { return String(value) }
            }
        }
        return nil
    }

    /// The lexical format the prose writes: "Format dd-MM-YYYY." → `dd-MM-YYYY`, "Format:
    /// YYYY-MM-DD HH:MM" → `YYYY-MM-DD HH:MM`, "Format YYYY-MM-dd HH:mm." → `YYYY-MM-dd HH:mm`.
    /// Only date and time patterns count (letters from `yMdHhms`, digits none).
    static func format(in description: String) -> String? {
        guard description.hasPhrase("ormat") else { return nil }
        for sentence in sentences(of: description) {
            let lower = sentence.lowercased()
            guard let range = lower.firstPhrase("format") else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            var value = Substring(sentence.dropFirst(offset))
            if value.hasPrefix(":") { value = value.dropFirst() }
            if value.lowercased().hasPrefix(" is ") { value = value.dropFirst(4) }
            value = value.trimmingCharacters(" .\"'`“”")
            let letters = value.filter(\.isLetter)
            guard !letters.isEmpty, letters.allSatisfy({ "yYmMdDhHsS".contains($0) }),
                  value.allSatisfy({ $0.isLetter || "-/:. T".contains($0) })
            else { continue }
            return String(value)
        }
        return nil
    }

    /// Phrases that make listed values bit flags to add up.
    static let flagPhrases = [
        "add the values", "added together", "add them together", "add up", "sum of", "bit flag",
        "bitwise", "combination of",
    ]

    /// Whether the description says its values are flags to add up.
    static func saysFlags(_ description: String) -> Bool {
        let lower = description.lowercased()
        return flagPhrases.contains { lower.hasPhrase($0) }
    }

    /// Whether the description says the property is only sometimes present.
    static func saysSometimesAbsent(_ description: String) -> Bool {
        let lower = description.lowercased()
        return optionalPresencePhrases.contains { lower.hasPhrase($0) }
    }

    /// Phrases that make a sentence say the property can be null.
    static let nullPhrases = ["be null", "null if", "null when", "nullable", "or null"]
    /// Phrases that make a sentence say the opposite; a sentence with one of them does not count.
    static let notNullPhrases = [
        "not be null", "never be null", "cannot be null", "can't be null", "never null", "not null",
        "non-null",
    ]

    /// Whether a sentence of the description says the value can be null ("This will be null if…",
    /// "This can be null if…", "Note: This will be null if…", "can be null") and does not say it
    /// cannot ("never be null", "cannot be null").
    static func saysNullable(_ description: String) -> Bool {
        sentences(of: description).contains { sentence in
            let lower = sentence.lowercased()
            return nullPhrases.contains { lower.hasPhrase($0) } && !notNullPhrases.contains { lower.hasPhrase($0) }
        }
    }

    /// Enum values listed in the description, or `nil`:
    /// - "This can be A, B, C or D." → `["A", "B", "C", "D"]` (also after "may be", "is one of",
    ///   "are one of", "values are", "either"; each value one word, at least two, none `null`);
    /// - "This can be 1 if …, 2 if …, or 3 if …" / "The methods are 1 if …, 2 if …, or 3 if …" →
    ///   `["1", "2", "3"]` (a number or capitalised word before `if`, after "be", "are", "is",
    ///   "or" or a comma; at least two in one sentence, `null` never counts).
    static func enumValues(in description: String) -> [String]? {
        let sentences = sentences(of: description)
        for sentence in sentences {
            if let values = listedValues(in: sentence) { return values }
        }
        for sentence in sentences {
            if let values = conditionalValues(in: sentence) { return values }
        }
        return nil
    }

    /// "This can be A, B, C or D."
    static func listedValues(in sentence: String) -> [String]? {
        let triggers = ["can be ", "may be ", "is one of ", "are one of ", "values are ", "either "]
        let lower = sentence.lowercased()
        for trigger in triggers {
            guard let range = lower.firstPhrase(trigger) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            var list = Substring(sentence.dropFirst(offset))
            while let last = list.last, ".:;".contains(last) { list = list.dropLast() }
            var items: [String] = []
            for part in list.split(separator: ",") {
                for item in splitOnWord(part, "or").flatMap({ splitOnWord($0, "and") }) {
                    var value = item.trimmedSpaces
                    for connector in ["or ", "and "] where value.hasPrefix(connector) {
                        value = value.dropFirst(connector.count).trimmedSpaces
                    }
                    value = value.trimmingCharacters("\"'`“”‘’")
                    if !value.isEmpty { items.append(String(value)) }
                }
            }
            let valid = items.count >= 2 && items.allSatisfy { item in
                item.lowercased() != "null"
                    && item.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-+".contains($0)) }
            }
            if valid { return items }
        }
        return nil
    }

    /// "This can be 1 if …, 2 if …, or 3 if …."
    static func conditionalValues(in sentence: String) -> [String]? {
        let words = words(of: sentence)
        var values: [String] = []
        for index in words.indices.dropFirst()
        where index + 1 < words.count && ["if", "for", "=", "means", "when"].contains(words[index + 1]) {
            let value = words[index]
            let previous = words[index - 1]
            guard ["be", "are", "is", "or", "and"].contains(previous.lowercased()) || previous.hasSuffix(",")
                || previous.hasSuffix(":") || previous.hasSuffix(";")
            else { continue }
            guard value.lowercased() != "null", let first = value.first,
                  first.isNumber || first.isUppercase,
                  value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else { continue }
            if !values.contains(value) { values.append(value) }
        }
        return values.count >= 2 ? values : nil
    }

    /// The description's sentences: split after `.`, `!` or `?` followed by white space, and at
    /// line breaks.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character == "\n" || ((character == " " || character == "\t") && previous.map { ".!?".contains($0) } == true) {
                if !current.trimmedSpaces.isEmpty { sentences.append(String(current.trimmedSpaces)) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.trimmedSpaces.isEmpty { sentences.append(String(current.trimmedSpaces)) }
        return sentences
    }

    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// Splits at ` word ` (a whole word between spaces).
    private static func splitOnWord(_ text: Substring, _ word: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = text
        while let range = rest.firstPhrase(" \(word) ") {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}

extension Substring {
    /// The text without leading and trailing characters from `set`.
    func trimmingCharacters(_ set: String) -> Substring {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return text
    }
}
