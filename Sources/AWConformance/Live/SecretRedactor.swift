import Foundation

/// The one redaction function of AWKit: every text or byte string that `awkit live`,
/// `awkit mock` or a library user writes anywhere (reports, recorded files, dry-run output, log
/// lines, error messages) goes through ``redact(_:)-(String)`` first.
///
/// Two things are replaced with ``placeholder``:
/// - every occurrence of a known secret (the access token), wherever it appears; a secret shorter
///   than ``wholeWordLength`` characters (a placeholder token such as `x`) only where it stands
///   as a whole word, so that it does not eat into ordinary words (`xml`);
/// - the credential after an HTTP `bearer` scheme (`Authorization: bearer abc` →
///   `Authorization: bearer [REDACTED]`, case-insensitive), so that even a redactor that knows
///   no secret (the stand-in's request log) never shows a token.
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

    /// `text` with every secret and every bearer credential replaced by ``placeholder``.
    public func redact(_ text: String) -> String {
        var out = text
        for secret in secrets where out.contains(secret) {
            if secret.count >= Self.wholeWordLength {
                out = out.replacingOccurrences(of: secret, with: Self.placeholder)
            } else {
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

    /// `data` with every secret (as UTF-8 bytes) replaced by ``placeholder``; other bytes are
    /// kept as they are (the data need not be UTF-8). Used for response bodies. Secrets shorter
    /// than ``wholeWordLength`` are left alone here (a body is not prose).
    public func redact(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        for secret in secrets where secret.count >= Self.wholeWordLength {
            bytes = Self.replace(Array(secret.utf8), in: bytes, with: Array(Self.placeholder.utf8))
        }
        return Data(bytes)
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

    /// Replaces the word after each `bearer ` (case-insensitive) up to white space, a quote or a
    /// comma.
    static func redactBearerCredentials(_ text: String) -> String {
        guard text.range(of: "bearer ", options: .caseInsensitive) != nil else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "bearer ", options: .caseInsensitive) {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let end = rest.firstIndex { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "," } ?? rest.endIndex
            if end != rest.startIndex, rest[rest.startIndex..<end] != Self.placeholder {
                out += Self.placeholder
            } else {
                out += rest[rest.startIndex..<end]
            }
            rest = rest[end...]
        }
        return out + rest
    }

    private static func replace(_ needle: [UInt8], in haystack: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return haystack }
        var out: [UInt8] = []
        out.reserveCapacity(haystack.count)
        var index = 0
        while index < haystack.count {
            if index + needle.count <= haystack.count, haystack[index] == needle[0],
                haystack[index..<index + needle.count].elementsEqual(needle)
            {
                out += replacement
                index += needle.count
            } else {
                out.append(haystack[index])
                index += 1
            }
        }
        return out
    }
}
