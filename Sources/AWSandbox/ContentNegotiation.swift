import AWModels

/// Picks the answer's format from an `Accept` header the way ASP.NET Web API does with its two
/// formatters (JSON first, then XML): media ranges with q-values, `*/*`, `application/*` and
/// `text/*` allowed; the highest q wins, JSON on a tie; no header (or an empty one) means JSON.
/// (reference/datacontract-format.md §10)
public enum ContentNegotiation {
    /// The media types each formatter writes.
    static let mediaTypes: [(String, ResponseFormat)] = [
        (ResponseFormat.json.mediaType, .json), ("text/json", .json), (ResponseFormat.xml.mediaType, .xml), ("text/xml", .xml),
    ]

    /// The format for `accept`, or `nil` when no range in it matches a type the formatters
    /// write (the caller answers 406, or JSON per ``SandboxOptions/UnsupportedAccept``).
    public static func format(accept: String?) -> ResponseFormat? {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return .json }
        var best: (q: Double, format: ResponseFormat)?
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first, !type.isEmpty else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            guard q > 0 else { continue }
            for (mediaType, format) in mediaTypes where matches(range: type, mediaType: mediaType) {
                if best == nil || q > best!.q { best = (q, format) }
            }
        }
        return best?.format
    }

    private static func matches(range: String, mediaType: String) -> Bool {
        if range == "*/*" || range == mediaType { return true }
        if range.hasSuffix("/*") { return mediaType.hasPrefix(range.dropLast()) }
        return false
    }

    /// The `Content-Type` the stand-in answers with: `application/json; charset=utf-8` or
    /// `application/xml; charset=utf-8`.
    public static func contentType(_ format: ResponseFormat) -> String {
        "\(format.mediaType); charset=utf-8"
    }
}
