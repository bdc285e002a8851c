import Foundation

/// The one redaction function of AWKit: every text or byte string that `awkit live`,
/// `awkit mock` or a library user writes anywhere (reports, recorded files, dry-run output, log
/// lines, error messages) goes through ``redact(_:)-(String)`` first.
///
/// Two things are replaced with ``placeholder``:
/// - every occurrence of a known secret (the access token), wherever it appears; in bodies
///   (``redact(_:)-(Data)``) also its escaped forms: JSON (`\/`, `\u0041`), XML (`&amp;`,
///   `&#47;`, `&#x2F;`) and percent-encoded (`%2F`), even mixed;
/// - the credential after an HTTP `bearer` scheme (`Authorization: bearer abc` →
///   `Authorization: bearer [REDACTED]`, case-insensitive), in text and in bodies, so that even
///   a redactor that knows no secret (the stand-in's request log) never shows a token. The
///   credential ends at white space, a quote, a backslash, `<`, `&` or a comma, so JSON and XML
///   around it stay intact; an auth-param (`Bearer error="invalid_token"`) is not a credential.
///
/// **Short tokens.** A secret shorter than ``wholeWordLength`` (8) characters (a placeholder
/// token such as `x`) is redacted only where it stands as a whole word (not next to a letter,
/// digit or `_`), and only as written (not in escaped forms), so that it does not eat into
/// ordinary words (`xml`). Real access tokens are much longer.
///
/// Redact values before serialising them (a report's strings, a header's value), never the
/// serialised text: replacing inside JSON or XML text can break its escapes.
///
/// ```swift
/// let redactor = SecretRedactor(secrets: [token])
/// print(redactor.redact("sent with bearer \(token)"))   // sent with bearer [REDACTED]
/// ```
public struct SecretRedactor: Hashable, Sendable {
    /// What a secret is replaced with: `[REDACTED]`.
    public static let placeholder = "[REDACTED]"

    /// The secrets to hide (empty strings are ignored), longest first so that a secret that
    /// contains another is replaced whole.
    public let secrets: [String]

    /// A redactor for these secrets (e.g. the access token).
    public init(secrets: [String] = []) {
        self.secrets = secrets.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// Secrets shorter than this (8) are replaced only as whole words (not next to a letter,
    /// digit or `_`).
    public static let wholeWordLength = 8

    /// `text` with every secret (a long one in its escaped forms too) and every bearer
    /// credential replaced by ``placeholder``.
    public func redact(_ text: String) -> String {
        var out = text
        for secret in secrets {
            if secret.count >= Self.wholeWordLength {
                let bytes = Array(out.utf8)
                let replaced = Self.replaceEncoded(Array(secret.utf8), in: bytes)
                if replaced != bytes { out = String(decoding: replaced, as: UTF8.self) }
            } else if out.contains(secret) {
                out = Self.replaceWholeWords(secret, in: out)
            }
        }
        return Self.redactBearerCredentials(out)
    }

    private static func replaceWholeWords(_ secret: String, in text: String) -> String {
        func isWordCharacter(_ c: Character?) -> Bool {
            guard let c else { return false }
            return c.isLetter || c.isNumber || c == "_"
        }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: secret) {
            let before = range.lowerBound == rest.startIndex ? out.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            out += rest[..<range.lowerBound]
            out += isWordCharacter(before) || isWordCharacter(after) ? secret : placeholder
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// `data` with every secret and every bearer credential replaced by ``placeholder``; other
    /// bytes are kept as they are (the data need not be UTF-8). Used for response bodies.
    ///
    /// A secret of ``wholeWordLength`` characters or more is found as written and in its JSON-,
    /// XML- and percent-escaped forms; a shorter one only as written, as a whole word.
    public func redact(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        for secret in secrets {
            let needle = Array(secret.utf8)
            if secret.count >= Self.wholeWordLength {
                bytes = Self.replaceEncoded(needle, in: bytes)
            } else if bytes.count >= needle.count {
                bytes = Self.replaceWholeWords(needle, in: bytes)
            }
        }
        return Data(Self.redactBearerCredentials(bytes))
    }

    /// The value to show for a header: the credential of `Authorization` (and
    /// `Proxy-Authorization`) replaced, keeping the scheme (`bearer [REDACTED]`); any other
    /// header's value through ``redact(_:)-(String)``.
    public func redactHeader(name: String, value: String) -> String {
        let lower = name.lowercased()
        if lower == "authorization" || lower == "proxy-authorization" {
            let scheme = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            return scheme.isEmpty || scheme == value ? Self.placeholder : "\(scheme) \(Self.placeholder)"
        }
        return redact(value)
    }

    /// Replaces the word after each `bearer ` (case-insensitive) up to white space, a quote, a
    /// backslash, `<`, `&` or a comma; a word that is an auth-param (`error=` before a quote) is
    /// kept.
    static func redactBearerCredentials(_ text: String) -> String {
        guard text.range(of: "bearer ", options: .caseInsensitive) != nil else { return text }
        return String(decoding: redactBearerCredentials(Array(text.utf8)), as: UTF8.self)
    }

    static func redactBearerCredentials(_ bytes: [UInt8]) -> [UInt8] {
        let scheme = Array("bearer ".utf8)
        let placeholderBytes = Array(placeholder.utf8)
        func lower(_ b: UInt8) -> UInt8 { (65...90).contains(b) ? b + 32 : b }
        func ends(_ b: UInt8) -> Bool {
            b <= 0x20 || b == 0x7F || [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "<"),
                UInt8(ascii: "&"), UInt8(ascii: ",")].contains(b)
        }
        var out: [UInt8] = []
        var index = 0
        var found = false
        while index < bytes.count {
            if index + scheme.count <= bytes.count, lower(bytes[index]) == scheme[0],
                zip(bytes[index..<index + scheme.count], scheme).allSatisfy({ lower($0) == $1 })
            {
                if !found {
                    out.reserveCapacity(bytes.count)
                    found = true
                }
                out += bytes[index..<index + scheme.count]
                index += scheme.count
                var end = index
                while end < bytes.count, !ends(bytes[end]) { end += 1 }
                let word = bytes[index..<end]
                let isParam = word.last == UInt8(ascii: "=") && end < bytes.count
                    && [UInt8(ascii: "\""), UInt8(ascii: "\\")].contains(bytes[end])
                if word.isEmpty || word.elementsEqual(placeholderBytes) || isParam {
                    out += word
                } else {
                    out += placeholderBytes
                }
                index = end
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return found ? out : bytes
    }

    /// `bytes` with each whole-word occurrence of `needle` (not next to an ASCII letter, digit
    /// or `_`) replaced.
    private static func replaceWholeWords(_ needle: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        func isWord(_ b: UInt8) -> Bool {
            (48...57).contains(b) || (65...90).contains(b) || (97...122).contains(b) || b == 95 || b >= 0x80
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + needle.count <= bytes.count, bytes[index..<index + needle.count].elementsEqual(needle),
                index == 0 || !isWord(bytes[index - 1]),
                index + needle.count == bytes.count || !isWord(bytes[index + needle.count])
            {
                out += placeholder.utf8
                index += needle.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// `bytes` with every occurrence of `needle` replaced, whether each of its characters is
    /// written as is or escaped (JSON `\/` / `\uXXXX`, XML `&amp;` / `&#NN;` / `&#xHH;`,
    /// percent `%HH`), and even when XML CDATA section boundaries (`]]><![CDATA[`, `<![CDATA[`,
    /// `]]>`) split it: an XML reader joins those pieces into the token. The boundaries inside a
    /// match are written back after the placeholder, so the XML stays well-formed.
    private static func replaceEncoded(_ needle: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard !needle.isEmpty else { return bytes }
        var out: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if let end = matchEncoded(needle, in: bytes, at: index) {
                if !changed {
                    out.reserveCapacity(bytes.count)
                    out += bytes[..<index]
                    changed = true
                }
                out += placeholder.utf8
                out += cdataBoundaries(in: bytes[index..<end])
                index = end
            } else {
                if changed { out.append(bytes[index]) }
                index += 1
            }
        }
        return changed ? out : bytes
    }

    /// Where a match of `needle` starting at `start` ends, if there is one. Each character may
    /// be written as is or escaped; both readings are tried (a `%` or `&` of the secret itself).
    private static func matchEncoded(_ needle: [UInt8], in bytes: [UInt8], at start: Int) -> Int? {
        func match(_ k: Int, _ position: Int) -> Int? {
            if k == needle.count { return position }
            guard position < bytes.count else { return nil }
            // A CDATA boundary between two characters of the secret (not before the first).
            if k > 0, let length = cdataBoundaryLength(bytes, at: position), let end = match(k, position + length) {
                return end
            }
            let expected = needle[k]
            if let (value, length) = decodeEscape(bytes, at: position), value == UInt32(expected),
                let end = match(k + 1, position + length)
            {
                return end
            }
            return bytes[position] == expected ? match(k + 1, position + 1) : nil
        }
        guard start < bytes.count, bytes[start] == needle[0] || [0x5C, 0x25, 0x26].contains(bytes[start]) else { return nil }
        return match(0, start)
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)

    /// The length of the CDATA boundary at `index` (`<![CDATA[` or `]]>`), or `nil`.
    private static func cdataBoundaryLength(_ bytes: [UInt8], at index: Int) -> Int? {
        for marker in [cdataOpen, cdataClose]
        where index + marker.count <= bytes.count && bytes[index..<index + marker.count].elementsEqual(marker) {
            return marker.count
        }
        return nil
    }

    /// The CDATA boundaries in a matched range, in order.
    private static func cdataBoundaries(in match: ArraySlice<UInt8>) -> [UInt8] {
        guard match.contains(UInt8(ascii: "[")) || match.contains(UInt8(ascii: "]")) else { return [] }
        var out: [UInt8] = []
        let bytes = Array(match)
        var offset = 0
        while offset < bytes.count {
            if let length = cdataBoundaryLength(bytes, at: offset) {
                out += bytes[offset..<offset + length]
                offset += length
            } else {
                offset += 1
            }
        }
        return out
    }

    /// The character an escape at `index` stands for and the escape's length: JSON `\x` and
    /// `\uXXXX`, XML named and numeric references, percent-encoding.
    private static func decodeEscape(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        func hex(_ range: Range<Int>) -> UInt32? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            return UInt32(String(decoding: bytes[range], as: UTF8.self), radix: 16)
        }
        switch bytes[index] {
        case UInt8(ascii: "\\"):
            guard index + 1 < bytes.count else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "u"), index + 6 <= bytes.count,
                bytes[index + 2..<index + 6].allSatisfy({ $0.isHexDigitASCII }), let value = hex(index + 2..<index + 6)
            {
                return (value, 6)
            }
            if [UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\"")].contains(next) { return (UInt32(next), 2) }
            return nil
        case UInt8(ascii: "%"):
            guard index + 2 < bytes.count, bytes[index + 1..<index + 3].allSatisfy({ $0.isHexDigitASCII }),
                let value = hex(index + 1..<index + 3)
            else { return nil }
            return (value, 3)
        case UInt8(ascii: "&"):
            guard let semicolon = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";")) else { return nil }
            let name = String(decoding: bytes[index + 1..<semicolon], as: UTF8.self)
            let length = semicolon - index + 1
            switch name {
            case "amp": return (0x26, length)
            case "lt": return (0x3C, length)
            case "gt": return (0x3E, length)
            case "quot": return (0x22, length)
            case "apos": return (0x27, length)
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), name.count > 2, name.dropFirst(2).utf8.allSatisfy({ $0.isHexDigitASCII }) {
                    return UInt32(name.dropFirst(2), radix: 16).map { ($0, length) }
                }
                if name.hasPrefix("#"), name.count > 1, name.dropFirst().utf8.allSatisfy({ (48...57).contains($0) }) {
                    return UInt32(name.dropFirst()).map { ($0, length) }
                }
                return nil
            }
        default:
            return nil
        }
    }
}

extension UInt8 {
    fileprivate var isHexDigitASCII: Bool {
        (48...57).contains(self) || (65...70).contains(self) || (97...102).contains(self)
    }
}
