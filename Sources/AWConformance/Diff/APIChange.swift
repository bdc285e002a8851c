/// One difference between two snapshots of the API (``APIDiff``), and whether it breaks a client
/// that decodes with AWKit's models.
public struct APIChange: Hashable, Sendable {
    /// What changed, as a stable identifier (`property.type-changed`), with the rule `awkit diff
    /// --format sarif` reports it under.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// An answer (endpoint and format) or schema only the new side has.
        public static let endpointAdded = Kind(rawValue: "endpoint.added")
        /// An answer or schema only the old side has.
        public static let endpointRemoved = Kind(rawValue: "endpoint.removed")
        /// A property only the new side has (models skip unknown members).
        public static let propertyAdded = Kind(rawValue: "property.added")
        /// A property only the old side has.
        public static let propertyRemoved = Kind(rawValue: "property.removed")
        /// A property that was always present (or required) and no longer is.
        public static let propertyBecameOptional = Kind(rawValue: "property.became-optional")
        /// Another value type (`integer` → `decimal`, `datetime` → `string`).
        public static let typeChanged = Kind(rawValue: "property.type-changed")
        /// The same type in another lexical form (`8` → `8.0000`, 3 → 7 DateTime fraction digits,
        /// no offset → `Z`).
        public static let lexicalFormChanged = Kind(rawValue: "property.lexical-form-changed")
        /// Null where there was none (or nullable where it was not).
        public static let becameNullable = Kind(rawValue: "property.became-nullable")
        /// An enum value the old side did not have.
        public static let enumValueAdded = Kind(rawValue: "property.enum-value-added")
        /// A documented enum value the new schema no longer lists.
        public static let enumValueRemoved = Kind(rawValue: "property.enum-value-removed")
        /// Another XML root element name.
        public static let xmlRootName = Kind(rawValue: "xml.root-name-changed")
        /// Another XML root namespace.
        public static let xmlRootNamespace = Kind(rawValue: "xml.root-namespace-changed")
        /// A member element in another namespace.
        public static let xmlMemberNamespace = Kind(rawValue: "xml.member-namespace-changed")
        /// The members of an object in another order.
        public static let xmlMemberOrder = Kind(rawValue: "xml.member-order-changed")
        /// Another HTTP status.
        public static let httpStatus = Kind(rawValue: "http.status-changed")
        /// Another `Content-Type`.
        public static let httpContentType = Kind(rawValue: "http.content-type-changed")

        /// Every kind, in report order.
        public static let all: [Kind] = [
            .endpointAdded, .endpointRemoved, .propertyAdded, .propertyRemoved, .propertyBecameOptional, .typeChanged,
            .lexicalFormChanged, .becameNullable, .enumValueAdded, .enumValueRemoved, .xmlRootName, .xmlRootNamespace,
            .xmlMemberNamespace, .xmlMemberOrder, .httpStatus, .httpContentType,
        ]

        /// The rule of this kind in a SARIF report: default level error for the kinds that can
        /// break a client, note for the others.
        public var rule: Rule {
            let summaries: [Kind: String] = [
                .endpointAdded: "an answer or schema is new", .endpointRemoved: "an answer or schema is gone",
                .propertyAdded: "a property was added", .propertyRemoved: "a property was removed",
                .propertyBecameOptional: "a property is no longer always present",
                .typeChanged: "a property's value type changed", .lexicalFormChanged: "a value's lexical form changed",
                .becameNullable: "a property is null where it was not", .enumValueAdded: "a new enum value",
                .enumValueRemoved: "an enum value is no longer documented", .xmlRootName: "the XML root element name changed",
                .xmlRootNamespace: "the XML root namespace changed", .xmlMemberNamespace: "an XML member's namespace changed",
                .xmlMemberOrder: "XML members are in another order", .httpStatus: "the HTTP status changed",
                .httpContentType: "the Content-Type changed",
            ]
            let canBreak: Set<Kind> = [.endpointRemoved, .propertyRemoved, .propertyBecameOptional, .typeChanged, .becameNullable, .httpStatus, .httpContentType]
            return Rule(id: "diff." + rawValue, defaultSeverity: canBreak.contains(self) ? .error : .note, summary: summaries[self] ?? rawValue)
        }
    }

    public var kind: Kind
    /// Whether a client decoding with AWKit's models (`ResponseDecoder` defaults) fails on the
    /// new side, or reads another value, where it read the old one.
    public var breaking: Bool
    /// `Group/Operation`.
    public var endpoint: String
    /// `json`, `xml`, or `schema`.
    public var format: String
    /// The place inside the document (`Client.Negative`, `Items[].Status`; empty for the whole
    /// answer).
    public var path: String
    /// The old and the new value of what changed, when it has one (`integer` / `decimal`).
    public var old: String?
    public var new: String?
    /// One line saying what changed and why it breaks or not.
    public var message: String
    /// The file the change is seen in: the new side's, or the old side's for something removed.
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(
        kind: Kind, breaking: Bool, endpoint: String, format: String, path: String, old: String? = nil,
        new: String? = nil, message: String, file: String, line: Int? = nil, column: Int? = nil
    ) {
        self.kind = kind
        self.breaking = breaking
        self.endpoint = endpoint
        self.format = format
        self.path = path
        self.old = old
        self.new = new
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }
}
