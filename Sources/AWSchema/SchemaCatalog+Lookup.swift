/// Finding an endpoint's schema the way the server routes a request: case-insensitively, by id,
/// by path, or by Group-manager path.
extension SchemaCatalog {
    /// An endpoint found by ``lookup(_:)``.
    public struct Match: Hashable, Sendable {
        /// The endpoint's schema.
        public let schema: EndpointSchema
        /// Whether the name given was the Group-manager form (`/v1/Groups/PhoneChat/GetSettings`),
        /// which takes ``EndpointSchema/groupManagerParameters`` besides the request's.
        public let isGroupManager: Bool
    }

    /// The endpoint a name stands for, or `nil`. Accepted, in any letter case: the id
    /// (`Lists/GetCountries`, `lists/getCountries`), the path (`/v1/lists/getCountries`), a URL
    /// (`https://api-sandbox.adultwork.com/v1/lists/getCountries?apiKey=…`: host and query are
    /// ignored), and the Group-manager path or id (`/v1/Groups/PhoneChat/GetSettings`,
    /// `Groups/PhoneChat/GetSettings`).
    public func lookup(_ name: String) -> Match? {
        Self.lookup(name, in: schemas)
    }

    /// ``lookup(_:)`` over a dictionary of schemas by id.
    public static func lookup(_ name: String, in schemas: [String: EndpointSchema]) -> Match? {
        if let exact = schemas[name] { return Match(schema: exact, isGroupManager: false) }
        let key = routeKey(name)
        for id in schemas.keys.sorted() {
            let schema = schemas[id]!
            if routeKey(schema.endpoint) == key || routeKey(schema.path) == key {
                return Match(schema: schema, isGroupManager: false)
            }
            if let groupPath = schema.groupManagerPath, routeKey(groupPath) == key {
                return Match(schema: schema, isGroupManager: true)
            }
        }
        return nil
    }

    /// `https://host/v1/Lists/GetCountries?x=1` → `lists/getcountries`: no scheme and host, no
    /// query or fragment, no `/v1/` prefix, no leading or trailing slash, lowercase.
    static func routeKey(_ name: String) -> String {
        var text = Substring(name)
        if let scheme = text.range(of: "://") {
            text = text[scheme.upperBound...]
            text = text.firstIndex(of: "/").map { text[$0...] } ?? ""
        }
        text = text.prefix { $0 != "?" && $0 != "#" }
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        if text.lowercased().hasPrefix("v1/") { text = text.dropFirst(3) }
        return text.lowercased()
    }
}
