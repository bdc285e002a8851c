/// How a request proves who sends it, as the page's "Authentication" section says.
public enum Authentication: String, Codable, Hashable, Sendable, CaseIterable {
    /// `Authorization: bearer {access_token}`: the user's OAuth access token ("Each request must
    /// carry an Authorization header holding the user's access_token").
    case accessToken = "access-token"
    /// The developer's API key, in a header or as the `apiKey` query-string parameter ("Each
    /// request must carry the developer's API key").
    case apiKey = "api-key"
    /// The page does not say (its stored copy may end before the section).
    case unspecified
}
