/// Property tables: finding them, and turning their rows into `PropertySchema` values.
extension DocPageImporter {
    /// Every `PropertyTypeDescription` table of the page, in page order, labelled with its
    /// section heading, or with the type name when a lone `aws:Name` / `Name` line stands right
    /// before the table (how a page documents a nested type's properties).
    static func tables(of page: DocPage) -> [PropertyTable] {
        var tables: [PropertyTable] = []
        for section in page.sections {
            for (index, line) in section.lines.enumerated() where PropertyTable.isHeader(line.trimmed) {
                var label = section.heading
                var labelIsTypeName = false
                var variant: String?
                // The line before the header, when it stands alone (a blank line or the section's
                // start before it): a type name, or a sub-heading naming one form of the request.
                var previous = index - 1
                while previous >= 0, section.lines[previous].isBlank { previous -= 1 }
                if previous >= 0, previous == 0 || section.lines[previous - 1].isBlank {
                    let text = section.lines[previous].trimmed
                    if let name = typeName(labelling: text) {
                        label = name
                        labelIsTypeName = true
                    } else if isSubHeading(text) {
                        variant = String(text)
                    }
                }
                tables.append(PropertyTable(lines: section.lines, headerIndex: index, label: label,
                                            labelIsTypeName: labelIsTypeName, variant: variant))
            }
        }
        return tables
    }

    /// `aws:PhoneChatBookingUser`, `aws: PhoneChatBookingUser` or `PhoneChatBookingUser` alone on
    /// a line → `PhoneChatBookingUser`; anything else → `nil`.
    static func typeName(labelling text: Substring) -> String? {
        var name = text
        if name.lowercased().hasPrefix("aws:") { name = name.dropFirst(4).trimmedSpaces }
        guard let first = name.first, first.isUppercase, PropertyTable.isPropertyName(name) else { return nil }
        return String(name)
    }

    /// A short title-like line (`Top views`, `Top movie views`): one to six words, the first
    /// capitalised, no sentence punctuation at its end, not a table header.
    static func isSubHeading(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), let first = text.first, first.isUppercase, let last = text.last,
              !".:;,!?".contains(last), text != Substring(PropertyTable.header)
        else { return false }
        return true
    }

    /// The properties of a table's rows.
    ///
    /// - required: "Required." in the description → `true` (prose); "only returned when…",
    ///   "omitted" … → `false` (prose); otherwise, when `documentedMeansPresent` (response and
    ///   type tables), `true` (table); else `false` (default).
    /// - nullable: prose ("This will be null if…", "can be null") → `true` (prose); else `false`
    ///   (default). Samples may change this later.
    /// - enum values from prose, source prose; not for arrays of `aws:` objects, whose prose
    ///   describes a member of the item type, not the array.
    /// - An unknown type spelling is kept (`DocumentedType.unknown(_:)`) and noted; so is an
    ///   `aws: Type` with a stray space, a repeated name, and any line of an empty table that is
    ///   not a row (except "does not accept any parameters").
    static func properties(of table: PropertyTable, documentedMeansPresent: Bool, notes: inout [String]) -> [PropertySchema] {
        if table.rows.isEmpty {
            for remark in table.remarks {
                let lower = remark.text.lowercased()
                if lower.hasPhrase("does not accept any parameters") || lower.hasPhrase("no parameters") { continue }
                notes.append("line \(remark.number): \(table.label) table: not a property row, ignored: \(remark.trimmed)")
            }
        }
        for line in table.suspectContinuations {
            notes.append("line \(line.number): \(table.label) table: `\(line.trimmed)` stands alone like a row without a type; kept as part of the description above")
        }
        var seen: Set<String> = []
        return table.rows.map { row in
            if !seen.insert(row.name).inserted {
                notes.append("line \(row.line): \(table.label) table documents `\(row.name)` more than once")
            }
            let type = DocumentedType(documented: row.typeText)
            if row.typeText.isEmpty {
                notes.append("line \(row.line): \(table.label) table: `\(row.name)` has no type; kept as unknown")
            } else if type.isUnknown || !row.knownSpelling {
                notes.append("line \(row.line): \(table.label) table: `\(row.name)` has the unknown type spelling `\(row.typeText)`, kept as written")
            } else if row.typeText.lowercased().hasPhrase("aws: ") {
                notes.append("line \(row.line): \(table.label) table: `\(row.name)` type written `\(row.typeText)` (stray space), read as \(type)")
            }
            let condition = condition(in: row.description)
            // "Required (Group manager only)" holds in the Group manager table itself.
            let groupManagerOnly = condition?.lowercased().hasPhrase("group manager") == true && saysRequired(row.description)
            let required: Fact<Bool> = groupManagerOnly && table.label == "Group manager"
                ? Fact(true, from: .prose)
                : condition != nil
                ? Fact(false, from: .prose)
                : saysRequired(row.description)
                    ? Fact(true, from: .prose)
                    : saysSometimesAbsent(row.description)
                        ? Fact(false, from: .prose)
                        : documentedMeansPresent ? Fact(true, from: .table) : Fact(false, from: .default)
            var enumValues = enumValues(in: row.description).map { Fact($0, from: .prose) }
            if case .array(.object) = type, let values = enumValues?.value {
                notes.append("line \(row.line): \(table.label) table: `\(row.name)` lists the values \(values.joined(separator: ", ")) for its items' members, not kept as enum values of the array")
                enumValues = nil
            }
            let nullable: Fact<Bool> = saysNullable(row.description) ? Fact(true, from: .prose) : Fact(false, from: .default)
            let flags = enumValues != nil && saysFlags(row.description) ? true : nil
            return PropertySchema(
                name: row.name, type: Fact(type, from: .table), required: required, nullable: nullable,
                enumValues: enumValues, enumIsFlags: flags, condition: condition,
                defaultValue: defaultValue(in: row.description).map { Fact($0, from: .prose) },
                format: format(in: row.description).map { Fact($0, from: .prose) },
                description: row.description)
        }
    }
}
