/// The endpoint's identity and how it is called: method, paths, scopes, parameter passing.
extension DocPageImporter {
    /// The HTTP methods an endpoint line may start with.
    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    /// An endpoint line: `POST /v1/PhoneChat/AcceptReceivedBooking`, or
    /// `GET /v1/Groups/PhoneChat/GetSettings (See Group manager)`.
    struct EndpointLine {
        let line: Int
        let method: String
        let path: String
        var isGroupManager: Bool { path.hasPrefix("/v1/Groups/") }
    }

    /// Every `METHOD /path…` line of the page, in page order.
    static func endpointLines(of page: DocPage) -> [EndpointLine] {
        page.lines.compactMap { line in
            let words = line.trimmed.split(separator: " ", maxSplits: 2)
            guard words.count >= 2, methods.contains(String(words[0])), words[1].hasPrefix("/") else { return nil }
            return EndpointLine(line: line.number, method: String(words[0]), path: stripQuery(words[1]))
        }
    }

    /// `/v1/PhoneChat/AcceptReceivedBooking` → `PhoneChat/AcceptReceivedBooking`.
    static func endpointID(forPath path: String) -> String {
        var id = Substring(path)
        if id.hasPrefix("/v1/") { id = id.dropFirst(4) }
        while id.hasPrefix("/") { id = id.dropFirst() }
        return String(id)
    }

    /// The group-manager path from the "GET as Group manager" sample URL
    /// (`https://api-sandbox.adultwork.com/v1/Groups/PhoneChat/GetSettings`), or `nil`.
    static func groupManagerPathFromSamples(of page: DocPage) -> (path: String, line: Int)? {
        guard let samples = page.section("Samples") else { return nil }
        var afterHeading = false
        for line in samples.lines {
            let text = line.trimmed
            if text.hasSuffix("as Group manager"), methods.contains(String(text.prefix { $0 != " " })) {
                afterHeading = true
            } else if afterHeading, !text.isEmpty {
                guard let range = text.range(of: "/v1/Groups/") else { return nil }
                return (stripQuery(text[range.lowerBound...]), line.number)
            }
        }
        return nil
    }

    /// The scopes listed under "Scopes": the lines that are a lowercase scope identifier
    /// (`account_phonechat_bookings`), below the "Scope" column header.
    static func scopes(of page: DocPage) -> [String] {
        guard let section = page.section("Scopes") else { return [] }
        return section.lines.compactMap { line in
            let text = line.trimmed
            guard let first = text.first, first.isLowercase,
                  text.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "_.:-".contains($0)) })
            else { return nil }
            return String(text)
        }
    }

    /// How parameters are passed, from the prose under "Request Information" / "HTTP Method /
    /// Verb": "query string" → ``EndpointSchema/ParameterPassing/queryString``; "request body"
    /// or "JSON body" → ``EndpointSchema/ParameterPassing/jsonBody``. When the prose says
    /// neither, a sample URL with a `?query` line gives the query string (with a note).
    static func parameterPassing(of page: DocPage, notes: inout [String]) -> EndpointSchema.ParameterPassing {
        let prose = ["Request Information", "HTTP Method / Verb"]
            .compactMap { page.section($0) }
            .flatMap(\.lines)
            .map { $0.text.lowercased() }
            .joined(separator: " ")
        let query = prose.contains("query string")
        let body = prose.contains("request body") || prose.contains("json body")
        switch (query, body) {
        case (true, false): return .queryString
        case (false, true): return .jsonBody
        case (true, true):
            notes.append("Request Information mentions both the query string and the request body; parameter passing left unspecified")
            return .unspecified
        case (false, false):
            if let line = page.section("Samples")?.lines.first(where: { $0.trimmed.hasPrefix("?") }) {
                notes.append("line \(line.number): Request Information does not say how parameters are passed; query string inferred from the sample URL")
                return .queryString
            }
            notes.append("Request Information does not say how parameters are passed")
            return .unspecified
        }
    }

    private static func stripQuery(_ text: Substring) -> String {
        String(text.prefix { $0 != "?" && $0 != " " && $0 != "#" })
    }
}
