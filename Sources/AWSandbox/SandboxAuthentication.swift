import AWConformance

/// How the stand-in checks that a request authenticates, as the endpoint's page says
/// (`EndpointSchema.authentication`):
/// - **access token**: `Authorization: bearer <any token>`;
/// - **API key**: any non-empty key in the `apiKey` query-string parameter (name in any case,
///   as the page's sample URLs send it) or in an `apiKey` or `X-API-Key` header (the pages say
///   "in a header" without naming it; these two names are the stand-in's assumption);
/// - **unspecified** (the stored page ends before the section): either.
///
/// Any value is accepted: the stand-in checks that a credential is there, not whose it is.
enum SandboxAuthentication {
    /// The header names an API key is read from (compared case-insensitively).
    static let apiKeyHeaders = ["apiKey", "X-API-Key"]
    /// The query-string parameter an API key is read from (compared case-insensitively).
    static let apiKeyParameter = "apiKey"

    /// Whether the request carries what `authentication` asks for.
    ///
    /// - Parameters:
    ///   - authentication: the page's authentication; `nil` for a schema without one (as
    ///     unspecified).
    ///   - authorization: the `Authorization` header, if any.
    ///   - header: reads a request header by name.
    ///   - query: the query-string parameters.
    static func isAuthenticated(
        _ authentication: Authentication?, authorization: String?, header: (String) -> String?, query: [String: String]
    ) -> Bool {
        switch authentication ?? .unspecified {
        case .accessToken: hasBearer(authorization)
        case .apiKey: hasAPIKey(header: header, query: query)
        case .unspecified: hasBearer(authorization) || hasAPIKey(header: header, query: query)
        }
    }

    /// `bearer <token>`, the scheme in any case, the token not empty.
    static func hasBearer(_ authorization: String?) -> Bool {
        let parts = (authorization ?? "").split(separator: " ", maxSplits: 1)
        return parts.count == 2 && parts[0].lowercased() == "bearer" && !parts[1].trimmingCharacters(in: .whitespaces).isEmpty
    }

    static func hasAPIKey(header: (String) -> String?, query: [String: String]) -> Bool {
        if apiKeyHeaders.contains(where: { !(header($0) ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) { return true }
        return query.contains { $0.key.lowercased() == apiKeyParameter.lowercased() && !$0.value.isEmpty }
    }
}
