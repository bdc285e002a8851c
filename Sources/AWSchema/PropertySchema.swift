/// One property of a request, a response or a nested `aws:` type, as the documentation states it.
public struct PropertySchema: Codable, Hashable, Sendable {
    /// The wire name, case-sensitive (`BookingID`).
    public var name: String
    /// The documented type, and whether it came from the table or only from a sample.
    public var type: Fact<DocumentedType>
    /// Whether the property must be present: "Required." in a request description (prose);
    /// response properties documented in a table are expected present (table).
    public var required: Fact<Bool>
    /// Whether `null` / `i:nil` is allowed: from prose ("This will be null if…", "can be null"),
    /// from a sample that shows null, or `false` by default.
    public var nullable: Fact<Bool>
    /// The documented values of an enum-like property ("This can be A, B or C", "1 if …, 2 if …"),
    /// or `nil` when the docs list none.
    public var enumValues: Fact<[String]>?
    /// The namespace of the property's XML element, learnt from the page's XML sample.
    public var xmlNamespace: Fact<String>?
    /// Whether ``enumValues`` are bit flags to add up ("add the values together"), so a value
    /// may be any sum of them; `nil` (not flags) otherwise.
    public var enumIsFlags: Bool?
    /// The condition under which the property is required or present, as the prose words it
    /// ("Required if Nickname is not given" → `Nickname is not given`; "Required (Group manager
    /// only)" → `Group manager only`; "only returned when OfferDirectChat is true" →
    /// `OfferDirectChat is true`); `nil` when the prose states none.
    public var condition: String?
    /// The default the prose states ("Defaults to 50." → `50`).
    public var defaultValue: Fact<String>?
    /// The lexical format the prose writes for the value ("Format dd-MM-YYYY." → `dd-MM-YYYY`),
    /// as published; request values must be sent in it.
    public var format: Fact<String>?
    /// The description text as published.
    public var description: String

    public init(
        name: String, type: Fact<DocumentedType>, required: Fact<Bool>, nullable: Fact<Bool>,
        enumValues: Fact<[String]>? = nil, xmlNamespace: Fact<String>? = nil, enumIsFlags: Bool? = nil,
        condition: String? = nil, defaultValue: Fact<String>? = nil, format: Fact<String>? = nil,
        description: String = ""
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.nullable = nullable
        self.enumValues = enumValues
        self.xmlNamespace = xmlNamespace
        self.enumIsFlags = enumIsFlags
        self.condition = condition
        self.defaultValue = defaultValue
        self.format = format
        self.description = description
    }
}

/// An object type: the response root, or a nested `aws:` type.
public struct TypeSchema: Codable, Hashable, Sendable {
    /// The API's type name (`PhoneChatBookingUser`), or for the response root its XML root
    /// element name when known (`ReceivedBooking`).
    public var name: String
    /// Whether the properties were inferred from samples because the page has no table for them.
    public var inferred: Bool
    /// The properties in documentation order.
    public var properties: [PropertySchema]
    /// The order of the members' XML elements in the docs' XML sample, which is the order
    /// DataContractSerializer writes and its reader expects (base contracts first, then ordinal
    /// or `Order`); `nil` when no XML sample shows this type. Learnt from the sample.
    public var xmlMemberOrder: [String]?
    /// `true` when the page names the type but neither a table nor a sample shows its properties:
    /// they are not known (not "none"), so checks do not report members as undocumented.
    public var propertiesUnknown: Bool?

    public init(
        name: String, inferred: Bool, properties: [PropertySchema], xmlMemberOrder: [String]? = nil,
        propertiesUnknown: Bool? = nil
    ) {
        self.name = name
        self.inferred = inferred
        self.properties = properties
        self.xmlMemberOrder = xmlMemberOrder
        self.propertiesUnknown = propertiesUnknown
    }

    /// The property with this wire name (exact), or `nil`.
    public func property(named name: String) -> PropertySchema? {
        properties.first { $0.name == name }
    }
}
