/// What an endpoint's documentation page promises, as one JSON file per endpoint in
/// `Sources/AWConformance/Schemas/` (made by `awkit import-docs` from the page text).
public struct EndpointSchema: Codable, Hashable, Sendable {
    /// How request parameters are passed.
    public enum ParameterPassing: String, Codable, Hashable, Sendable {
        /// In the query string of the URI (GET).
        case queryString = "query-string"
        /// As serialized JSON in the request body (POST).
        case jsonBody = "json-body"
        /// The page does not say.
        case unspecified
    }

    /// What the page's XML response sample shows.
    public struct XMLSample: Codable, Hashable, Sendable {
        /// The root element's local name (`ReceivedBooking`).
        public var rootName: String
        /// The root element's namespace URI.
        public var rootNamespace: String
        /// Whether the sample is well-formed XML as published.
        public var wellFormed: Bool
        /// What is wrong with it when it is not (messages with line numbers).
        public var problems: [String]

        public init(rootName: String, rootNamespace: String, wellFormed: Bool, problems: [String]) {
            self.rootName = rootName
            self.rootNamespace = rootNamespace
            self.wellFormed = wellFormed
            self.problems = problems
        }
    }

    /// The version of this file format; 1.
    public var formatVersion: Int
    /// `Group/Operation` (`PhoneChat/AcceptReceivedBooking`).
    public var endpoint: String
    /// The page's title (`Accept Received PhoneChat Booking`).
    public var title: String
    /// The HTTP method (`POST`).
    public var method: String
    /// The path (`/v1/PhoneChat/AcceptReceivedBooking`).
    public var path: String
    /// The group-manager path (`/v1/Groups/PhoneChat/GetSettings`) when the page has one.
    public var groupManagerPath: String?
    /// The extra parameters of the group-manager form (`UserID`).
    public var groupManagerParameters: [PropertySchema]
    /// The OAuth scopes the endpoint needs.
    public var scopes: [String]
    /// How parameters are passed.
    public var parameterPassing: ParameterPassing
    /// The request properties.
    public var request: [PropertySchema]
    /// The prerequisites the server checks on the current record.
    public var prerequisites: [PropertySchema]
    /// The response's root object.
    public var response: TypeSchema?
    /// Nested `aws:` types by name.
    public var types: [String: TypeSchema]
    /// The page's JSON response sample text, as published.
    public var responseJSONSample: String?
    /// The page's XML response sample text, as published.
    public var responseXMLSample: String?
    /// What the XML sample shows (root, namespaces, well-formedness).
    public var xml: XMLSample?
    /// Things the importer noticed and could not turn into facts (unknown type spellings,
    /// missing sections, samples that disagree with the tables).
    public var notes: [String]

    public init(
        endpoint: String, title: String, method: String, path: String,
        groupManagerPath: String? = nil, groupManagerParameters: [PropertySchema] = [],
        scopes: [String] = [], parameterPassing: ParameterPassing = .unspecified,
        request: [PropertySchema] = [], prerequisites: [PropertySchema] = [],
        response: TypeSchema? = nil, types: [String: TypeSchema] = [:],
        responseJSONSample: String? = nil, responseXMLSample: String? = nil,
        xml: XMLSample? = nil, notes: [String] = []
    ) {
        self.formatVersion = 1
        self.endpoint = endpoint
        self.title = title
        self.method = method
        self.path = path
        self.groupManagerPath = groupManagerPath
        self.groupManagerParameters = groupManagerParameters
        self.scopes = scopes
        self.parameterPassing = parameterPassing
        self.request = request
        self.prerequisites = prerequisites
        self.response = response
        self.types = types
        self.responseJSONSample = responseJSONSample
        self.responseXMLSample = responseXMLSample
        self.xml = xml
        self.notes = notes
    }

    /// The object type a property of type `aws:Name` (or `array of aws:Name`) refers to.
    public func objectType(of property: PropertySchema) -> TypeSchema? {
        switch property.type.value {
        case .object(let name), .array(.object(let name)): types[name]
        default: nil
        }
    }
}
