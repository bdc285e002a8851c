import AWModels

/// What one side of `awkit diff` shows of the API: per endpoint and response format, the
/// properties with their types and lexical forms, nulls, enum values, XML names, namespaces and
/// member order, and the HTTP status and `Content-Type`.
///
/// Made from a recorded run (``recordedRun(at:schemas:)``: the `Group/Endpoint/response.*`
/// layout `awkit live --record` writes) or from endpoint schemas (``schemas(_:files:)``).
public struct APISnapshot: Hashable, Sendable {
    /// Where a snapshot was made from.
    public enum Origin: String, Hashable, Sendable {
        /// Saved answers (`response.json`, `response.xml`, their `.http` files).
        case recordedRun = "recorded run"
        /// Endpoint schema files (what the documentation promises).
        case schemas
    }

    /// What one answer (or one schema) shows.
    public struct Surface: Hashable, Sendable {
        /// The file it was read from (a response or a schema file), for reports.
        public var file: String
        /// The endpoint (`Group/Operation`).
        public var endpoint: String
        /// The HTTP status, from the `.http` file beside a recorded answer.
        public var status: Int?
        /// The `Content-Type`, from the `.http` file beside a recorded answer.
        public var contentType: String?
        /// The XML root element's local name and namespace URI.
        public var rootName: String?
        public var rootNamespace: String?
        /// The properties by path: `Client.Negative`, `Items[].Status` (the items of an array as
        /// one path).
        public var properties: [String: Property]
        /// For XML, the member order of each object by its path (`""` for the root).
        public var memberOrder: [String: [String]]

        public init(file: String, endpoint: String) {
            self.file = file
            self.endpoint = endpoint
            self.properties = [:]
            self.memberOrder = [:]
        }
    }

    /// What a property looks like.
    public struct Property: Hashable, Sendable {
        /// The value type: a `DocumentedType` spelling (`integer`, `decimal`, `string`,
        /// `datetime`, `boolean`, `aws:Name`, `array of X`, …), `object` / `array` for shapes
        /// without a type name, or `null` when only null was seen.
        public var type: String
        /// The lexical forms seen (`scale 4` for `8.0000`, `scale 0` for `8`; `3 fraction digits`,
        /// `no fraction`, `+ offset`, `Z` for DateTime values); empty for a schema.
        public var forms: Set<String>
        /// Whether null (`null`, `i:nil="true"`) was seen, or is documented.
        public var nullable: Bool
        /// Whether the property was in every record that could hold it, or is documented
        /// required.
        public var alwaysPresent: Bool
        /// Enum values: documented, or, for a property with documented values, those seen.
        public var values: Set<String>?
        /// The XML element's namespace.
        public var namespace: String?
        /// Where it was first seen (1-based), when known.
        public var line: Int?
        public var column: Int?

        public init(
            type: String, forms: Set<String> = [], nullable: Bool = false, alwaysPresent: Bool = true,
            values: Set<String>? = nil, namespace: String? = nil, line: Int? = nil, column: Int? = nil
        ) {
            self.type = type
            self.forms = forms
            self.nullable = nullable
            self.alwaysPresent = alwaysPresent
            self.values = values
            self.namespace = namespace
            self.line = line
            self.column = column
        }
    }

    public var origin: Origin
    /// The surfaces by key: for a recorded run the answer's folder below the run and its format
    /// (`PhoneChat/AcceptReceivedBooking json`, `accept-pending/PhoneChat/AcceptReceivedBooking
    /// xml`); for schemas the endpoint (`PhoneChat/AcceptReceivedBooking schema`).
    public var surfaces: [String: Surface]
    /// The schemas the properties were typed with (documented types decide whether a change
    /// breaks a model), by endpoint.
    public var schemas: [String: EndpointSchema]

    public init(origin: Origin, surfaces: [String: Surface] = [:], schemas: [String: EndpointSchema] = [:]) {
        self.origin = origin
        self.surfaces = surfaces
        self.schemas = schemas
    }
}
