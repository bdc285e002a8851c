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

    /// `/v1/PhoneChat/AcceptReceivedBooking` → `PhoneChat/AcceptReceivedBooking`, as written.
    static func endpointID(forPath path: String) -> String {
        var id = Substring(path)
        if id.lowercased().hasPrefix("/v1/") { id = id.dropFirst(4) }
        while id.hasPrefix("/") { id = id.dropFirst() }
        return String(id)
    }

    /// The endpoint's identifier in the API's own casing, since paths on the pages are written in
    /// several (`/v1/lists/getEscortRateBreaks`, `/v1/WebCam/…`) and the server routes
    /// case-insensitively: the group as the page's navigation menu spells it (`Lists`, `Webcam`,
    /// `FieldReport`; the path's spelling with its first letter capitalised when the menu lacks
    /// it), the operation with its first letter capitalised (`GetEscortRateBreaks`).
    static func canonicalEndpointID(forPath path: String, menuGroups: [String]) -> String {
        let parts = endpointID(forPath: path).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return endpointID(forPath: path) }
        let group = menuGroups.first { $0.lowercased() == parts[0].lowercased() } ?? capitalisingFirst(parts[0])
        return "\(group)/\(capitalisingFirst(parts[1]))"
    }

    private static func capitalisingFirst(_ text: Substring) -> String {
        guard let first = text.first else { return "" }
        return first.uppercased() + text.dropFirst()
    }

    /// Whether `id` is a safe `Group/Operation` identifier: two names of ASCII letters, digits and
    /// `_`, each starting with a letter, and one slash, so that it can name a folder and a file
    /// (`Samples/Group/Operation/`, `Group_Operation.json`) and never climb out of one.
    public static func isSafeEndpointID(_ id: String) -> Bool {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            guard let first = part.first, first.isASCII, first.isLetter else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
    }

    /// How a request authenticates, from the "Authentication" section: the developer's API key
    /// ("API key", "apiKey") or the user's access token ("access_token", "Authorization header").
    /// Without the section, a sample URL with `apiKey=` or an `Authorization: bearer` line says so
    /// (source `sample`, with a note); else `Authentication.unspecified` (source `default`).
    static func authentication(of page: DocPage, notes: inout [String]) -> Fact<Authentication> {
        if let section = page.section("Authentication") {
            let text = section.lines.map { $0.text.lowercased() }.joined(separator: " ")
            let apiKey = text.hasPhrase("api key") || text.hasPhrase("apikey")
            let token = text.hasPhrase("access_token") || text.hasPhrase("access token") || text.hasPhrase("authorization header")
            switch (apiKey, token) {
            case (true, false): return Fact(.apiKey, from: .prose)
            case (false, true): return Fact(.accessToken, from: .prose)
            case (true, true):
                notes.append("line \(section.headingLine): Authentication names both an API key and an access token; left unspecified")
                return Fact(.unspecified, from: .prose)
            case (false, false):
                notes.append("line \(section.headingLine): Authentication names neither an API key nor an access token")
            }
        }
        let samples = page.section("Samples")?.lines ?? []
        if let line = samples.first(where: { $0.text.contains("apiKey=") }) {
            notes.append("line \(line.number): authentication not stated; API key taken from the sample URL")
            return Fact(.apiKey, from: .sample)
        }
        if let line = samples.first(where: { $0.trimmed.lowercased().hasPrefix("authorization: bearer") }) {
            notes.append("line \(line.number): authentication not stated; access token taken from the sample's Authorization line")
            return Fact(.accessToken, from: .sample)
        }
        if page.section("Authentication") == nil { notes.append("the page does not say how requests authenticate") }
        return Fact(.unspecified, from: .default)
    }

    /// The JSON request body under "Samples" (a block starting at a line beginning with `{` or
    /// `[` after a `POST method` / `PUT method` heading), as published, with its first line.
    static func requestSample(of page: DocPage) -> (text: String, line: Int)? {
        guard let samples = page.section("Samples") else { return nil }
        var block: [DocPage.Line] = []
        for line in samples.lines {
            if block.isEmpty {
                if line.text.hasPrefix("{") || line.text.hasPrefix("[") { block.append(line) }
            } else if line.isBlank || Self.isSampleHeading(line.trimmed) || line.text.hasPrefix("https://") {
                break
            } else {
                block.append(line)
            }
        }
        guard let first = block.first else { return nil }
        return (block.map(\.text).joined(separator: "\n"), first.number)
    }

    /// `GET method`, `POST as Group manager` …: a heading inside "Samples".
    static func isSampleHeading(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && methods.contains(String(words[0])) && (words[1] == "method" || words[1] == "as")
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
    /// Verb": "query string" → `EndpointSchema.ParameterPassing.queryString`; "request body"
    /// or "JSON body" → `EndpointSchema.ParameterPassing.jsonBody`. When the prose says
    /// neither, a sample URL with a `?query` line gives the query string (with a note).
    static func parameterPassing(of page: DocPage, notes: inout [String]) -> EndpointSchema.ParameterPassing {
        let prose = ["Request Information", "HTTP Method / Verb"]
            .compactMap { page.section($0) }
            .flatMap(\.lines)
            .map { $0.text.lowercased() }
            .joined(separator: " ")
        let query = prose.hasPhrase("query string")
        let body = prose.hasPhrase("request body") || prose.hasPhrase("json body")
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
