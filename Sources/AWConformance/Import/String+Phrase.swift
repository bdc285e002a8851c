/// Searching page text for ASCII phrases byte by byte: the importer asks dozens of such questions
/// per table row ("be null", "Required if", "Format"), and Foundation's `range(of:)` bridges to
/// `NSString` for each, which made a 5 MB page take seconds.
extension StringProtocol {
    /// The first range where the text has `phrase`, byte for byte (the importer lowercases the
    /// text first where case does not matter). `phrase` must start with an ASCII character, so a
    /// match never starts or ends inside a multi-byte character.
    func firstPhrase(_ phrase: String) -> Range<Index>? {
        let needle = Array(phrase.utf8)
        guard let first = needle.first else { return startIndex..<startIndex }
        let bytes = utf8
        var start = bytes.startIndex
        while start != bytes.endIndex {
            if bytes[start] == first {
                var index = start
                var matched = 0
                while matched < needle.count, index != bytes.endIndex, bytes[index] == needle[matched] {
                    bytes.formIndex(after: &index)
                    matched += 1
                }
                if matched == needle.count { return start..<index }
            }
            bytes.formIndex(after: &start)
        }
        return nil
    }

    /// Whether the text has `phrase` (see ``firstPhrase(_:)``).
    func hasPhrase(_ phrase: String) -> Bool {
        firstPhrase(phrase) != nil
    }

    /// Whether the text starts with the ASCII `prefix`, ignoring ASCII letter case.
    func hasASCIIPrefixIgnoringCase(_ prefix: String) -> Bool {
        var text = utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = text.next() else { return false }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != expected { return false }
        }
        return true
    }
}
