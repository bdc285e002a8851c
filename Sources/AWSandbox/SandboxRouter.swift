import AWConformance

/// Finds the endpoint of a request the way ASP.NET Web API routes the API: by path, letter case
/// ignored, a trailing slash ignored, each endpoint at its documented path and, when its page has
/// one, at its Group-manager path (`/v1/Groups/PhoneChat/GetSettings`), which takes the page's
/// Group-manager parameters (`UserID`) besides the request's.
struct SandboxRouter: Sendable {
    /// Where a request goes.
    enum Route: Sendable {
        /// An endpoint, in its Group-manager form or not.
        case endpoint(EndpointSchema, groupManager: Bool)
        /// A known path asked with another method: `405` with `Allow` (the methods, sorted).
        case methodNotAllowed(allow: [String])
        /// No endpoint has the path: `404`.
        case notFound
    }

    private var byPath: [String: [(schema: EndpointSchema, groupManager: Bool)]] = [:]

    /// A router over these schemas (by endpoint id).
    init(schemas: [String: EndpointSchema]) {
        for id in schemas.keys.sorted() {
            let schema = schemas[id]!
            byPath[Self.key(schema.path), default: []].append((schema, false))
            if let groupPath = schema.groupManagerPath {
                byPath[Self.key(groupPath), default: []].append((schema, true))
            }
        }
    }

    /// The route of `method` (any case) on `path` (the URI's path, without the query).
    func route(method: String, path: String) -> Route {
        guard let candidates = byPath[Self.key(path)], !candidates.isEmpty else { return .notFound }
        let upper = method.uppercased()
        if let match = candidates.first(where: { $0.schema.method.uppercased() == upper }) {
            return .endpoint(match.schema, groupManager: match.groupManager)
        }
        return .methodNotAllowed(allow: Array(Set(candidates.map { $0.schema.method.uppercased() })).sorted())
    }

    /// The path as routing compares it: lowercase, without trailing slashes.
    static func key(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return text.lowercased()
    }
}
