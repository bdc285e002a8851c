import Foundation

/// One HTTP call of an operation, independent of any HTTP client: what
/// ``EndpointRequest/httpRequest()`` builds.
///
/// Add the authentication the endpoint needs (``Endpoint/authentication``: an
/// `Authorization: Bearer …` header, or the API key) and an `Accept` header choosing JSON or
/// XML (``ResponseFormat/mediaType``) before sending it.
public struct EndpointHTTPRequest: Hashable, Sendable {
    /// The HTTP method, uppercase (`GET`).
    public var method: String
    /// The path below the host (`/v1/PhoneChat/AcceptReceivedBooking`).
    public var path: String
    /// The query items, percent-encoded only when a URL is made.
    public var queryItems: [URLQueryItem]
    /// The JSON body, for operations that take one.
    public var body: Data?
    /// The body's media type (`application/json`), or `nil` without a body.
    public var contentType: String?

    /// - Parameters:
    ///   - method: the HTTP method.
    ///   - path: the path below the host.
    ///   - queryItems: the query items.
    ///   - body: the body.
    ///   - contentType: the body's media type.
    public init(
        method: String, path: String, queryItems: [URLQueryItem] = [], body: Data? = nil,
        contentType: String? = nil
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.body = body
        self.contentType = contentType
    }

    /// The full URL on a host (`https://api-sandbox.adultwork.com`), query included; `nil` when
    /// the base URL cannot take the path.
    ///
    /// - Parameter baseURL: the scheme and host, optionally with a path prefix.
    public func url(relativeTo baseURL: URL) -> URL? {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else { return nil }
        var prefix = components.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        components.path = prefix + path
        components.queryItems = queryItems.isEmpty ? nil : queryItems
        // `+` is a space to ASP.NET's query parser: send it escaped.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.url
    }
}
