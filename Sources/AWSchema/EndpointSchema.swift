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
        /// For a list (`ArrayOfBlockedSendersList`): the item element's local name
        /// (`BlockedSendersList`), the .NET class name, which often differs from the page's
        /// `aws:` name; `nil` for an object or scalar root.
        public var itemName: String?
        /// The item element's namespace URI, for a list.
        public var itemNamespace: String?

        public init(
            rootName: String, rootNamespace: String, wellFormed: Bool, problems: [String],
            itemName: String? = nil, itemNamespace: String? = nil
        ) {
            self.rootName = rootName
            self.rootNamespace = rootNamespace
            self.wellFormed = wellFormed
            self.problems = problems
            self.itemName = itemName
            self.itemNamespace = itemNamespace
        }
    }

    /// One of several request forms a page documents under "Request", each with its own table
    /// under a sub-heading (`Top views`, `Top ratings`).
    public struct RequestVariant: Codable, Hashable, Sendable {
        /// The sub-heading, as published.
        public var name: String
        /// Its properties.
        public var properties: [PropertySchema]

        public init(name: String, properties: [PropertySchema]) {
            self.name = name
            self.properties = properties
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
    /// How a request authenticates (access token or API key), from the "Authentication" section;
    /// `nil` in schema files written before it was recorded.
    public var authentication: Fact<Authentication>?
    /// The request properties. When the page documents several request forms
    /// (``requestVariants``), every property of any form, the first form's first.
    public var request: [PropertySchema]
    /// The request forms, when the page documents more than one; `nil` otherwise.
    public var requestVariants: [RequestVariant]?
    /// The page's JSON request body sample (under "Samples"), as published.
    public var requestJSONSample: String?
    /// The prerequisites the server checks on the current record.
    public var prerequisites: [PropertySchema]
    /// What the response body is at its root (object, array of X, scalar, empty), and where
    /// that was learnt; `nil` when the page does not show it.
    public var responseShape: Fact<ResponseShape>?
    /// The response's root object, or for an array of `aws:` objects the item type; `nil` for a
    /// scalar or empty response, or when the page has no response table or sample.
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
        authentication: Fact<Authentication>? = nil,
        request: [PropertySchema] = [], requestVariants: [RequestVariant]? = nil,
        requestJSONSample: String? = nil, prerequisites: [PropertySchema] = [],
        responseShape: Fact<ResponseShape>? = nil,
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
        self.authentication = authentication
        self.request = request
        self.requestVariants = requestVariants
        self.requestJSONSample = requestJSONSample
        self.prerequisites = prerequisites
        self.responseShape = responseShape
        self.response = response
        self.types = types
        self.responseJSONSample = responseJSONSample
        self.responseXMLSample = responseXMLSample
        self.xml = xml
        self.notes = notes
    }

    /// The response's shape: ``responseShape``, or for schema files that predate it, an object
    /// when the schema has a ``response`` type; `nil` when not known.
    public var shape: ResponseShape? {
        responseShape?.value ?? (response != nil ? .object : nil)
    }

    /// The documented type of the whole body, for walking it: `aws:Root` for an object,
    /// `array of X` for a bare array, the scalar's type, `nil` for an empty or unknown body.
    public var rootType: DocumentedType? {
        switch shape {
        case .object?: response.map { .object($0.name) }
        case .array(let element)?: .array(element)
        case .scalar(let type)?: type
        case .empty?, nil: nil
        }
    }

    /// The object type a property of type `aws:Name` (or `array of aws:Name`) refers to.
    public func objectType(of property: PropertySchema) -> TypeSchema? {
        switch property.type.value {
        case .object(let name), .array(.object(let name)): objectType(named: name)
        default: nil
        }
    }

    /// The object type `aws:Name`: the response type when it has that name (the root object, or
    /// a list's items), else the nested type.
    public func objectType(named name: String) -> TypeSchema? {
        if let response, response.name == name { return response }
        return types[name]
    }
}
