import AWSchema

/// What the generator will write, decided before any text is made: the types of each API group
/// with their Swift names, and the endpoints. Built by ``ModelPlanner``; written by the
/// `ModelGenerator+…` emitters.
struct ModelPlan {
    /// One API group (`PhoneChat`): a Swift namespace enumeration holding its types.
    struct Group {
        /// The API's group name (`PhoneChat`), as in the endpoint identifiers.
        var apiName: String
        /// The Swift namespace's name: the API's name when it is a valid, free type name.
        var name: String
        var structs: [Structure] = []
        var enums: [Enumeration] = []
        var requests: [Request] = []
        var endpoints: [String] = []
    }

    /// A property of a struct or request.
    struct Property {
        var wireName: String
        var swiftName: String
        /// The Swift type without `?` (`Int`, `[PricePlans]`, `BookingStatus`).
        var swiftType: String
        var isOptional: Bool
        /// The page's format for a date or time (`dd-MM-YYYY`), when documented.
        var format: String?
        var schema: PropertySchema
    }

    /// The DataContract of a struct.
    struct Contract {
        var name: String
        var namespace: String
        /// Member groups, most-base first.
        var groups: [(namespace: String, members: [String])]
        /// Whether the names come from the page's XML sample (else assumed).
        var fromSample: Bool
    }

    /// Where a struct's type comes from on its page.
    enum Role {
        /// The response's root object, or a list's items.
        case response
        /// A nested `aws:` type.
        case nested
    }

    /// An object type (`aws:Name`) or a response root.
    struct Structure {
        var swiftName: String
        var apiName: String
        /// The endpoints whose pages use it, sorted; `sourcePage` is the one whose facts it has.
        var pages: [String]
        var sourcePage: String
        var type: TypeSchema
        var properties: [Property]
        var contract: Contract
        var role: Role
    }

    /// An enumeration made from a property's documented values.
    struct Enumeration {
        enum Raw: String { case string = "String", int = "Int" }
        var swiftName: String
        var raw: Raw
        var isFlags: Bool
        /// (case name, wire value), in documentation order.
        var cases: [(name: String, value: String)]
        /// `Owner.Property` of every property that uses it, sorted.
        var owners: [String]
        var pages: [String]
        /// The distinct descriptions of the properties that use it, in page order.
        var descriptions: [String]
    }

    /// The request type of one endpoint.
    struct Request {
        var swiftName: String
        /// The name of the endpoint's static property in the catalog (`phoneChatGetSettings`).
        var endpointName: String
        var schema: EndpointSchema
        var properties: [Property]
        /// The Group-manager parameters (optional members; setting one sends the call as a Group
        /// manager).
        var groupManagerProperties: [Property]
        var passesParametersInBody: Bool
    }

    /// One endpoint of the catalog.
    struct Endpoint {
        var staticName: String
        var schema: EndpointSchema
        /// The Swift type expression of the response (`PhoneChat.ReceivedBooking`, `[Lists.RateBreaks]`).
        var responseType: String
        var requestType: String
    }

    var groups: [Group]
    var endpoints: [Endpoint]
}
