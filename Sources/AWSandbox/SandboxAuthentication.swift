import AWConformance

/// How the stand-in checks that a request authenticates, as the endpoint's page says
/// (`EndpointSchema.authentication`):
/// - **access token**: `Authorization: bearer <any token>`;
/// - **API key**: any non-empty key in the `apiKey` query-string parameter (name in any case,
///   as the page's sample URLs send it) or in an `apiKey` or `X-API-Key` header (the pages say
///   "in a header" without naming it; these two names are the stand-in's assumption);
/// - **unspecified** (the stored page ends before the section): either.
///
/// Without a ``SandboxScopeTable`` any value is accepted: the stand-in checks that a credential is
/// there, not whose it is. With one, only the tokens and API keys it knows are.
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
    ///   - table: the known tokens and API keys; `nil` accepts any.
    static func isAuthenticated(
        _ authentication: Authentication?, authorization: String?, header: (String) -> String?, query: [String: String],
        table: SandboxScopeTable? = nil
    ) -> Bool {
        let token = bearerToken(authorization).map { table?.knows(token: $0) ?? true } ?? false
        let key = apiKeys(header: header, query: query).contains { table?.knows(apiKey: $0) ?? true }
        switch authentication ?? .unspecified {
        case .accessToken: return token
        case .apiKey: return key
        case .unspecified: return token || key
        }
    }

    /// `bearer <token>`, the scheme in any case, the token not empty.
    static func hasBearer(_ authorization: String?) -> Bool {
        bearerToken(authorization) != nil
    }

    /// The token of `bearer <token>` (the scheme in any case), or `nil` when there is none.
    static func bearerToken(_ authorization: String?) -> String? {
        let parts = (authorization ?? "").split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// The non-empty API keys the request carries, in the headers and the query string.
    static func apiKeys(header: (String) -> String?, query: [String: String]) -> [String] {
        let headers = apiKeyHeaders.compactMap { header($0)?.trimmingCharacters(in: .whitespaces) }
        let parameters = query.filter { $0.key.lowercased() == apiKeyParameter.lowercased() }.map(\.value)
        return (headers + parameters).filter { !$0.isEmpty }
    }
}
