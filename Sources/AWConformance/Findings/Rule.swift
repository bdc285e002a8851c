/// A conformance rule: a stable identifier (used in reports and in the configuration file), its
/// default severity and what it checks.
public struct Rule: Hashable, Sendable, CustomStringConvertible {
    /// The stable identifier, e.g. `property.missing`. Never changes once published.
    public let id: String
    /// The severity unless the configuration says otherwise.
    public let defaultSeverity: Severity
    /// One line saying what the rule checks.
    public let summary: String

    public var description: String { id }

    /// The JSON text is not well-formed (RFC 8259).
    public static let jsonSyntax = Rule(id: "json.syntax", defaultSeverity: .error, summary: "JSON is not well-formed")
    /// An object has the same key twice (Json.NET and Foundation keep only one of them).
    public static let jsonDuplicateKey = Rule(id: "json.duplicate-key", defaultSeverity: .error, summary: "an object has the same key twice")
    /// The XML is not well-formed.
    public static let xmlSyntax = Rule(id: "xml.syntax", defaultSeverity: .error, summary: "XML is not well-formed")
    /// The XML root element has another name than the documented one.
    public static let xmlRootName = Rule(id: "xml.root-name", defaultSeverity: .error, summary: "XML root element has the wrong name")
    /// The XML root element is in another namespace than the documented one.
    public static let xmlRootNamespace = Rule(id: "xml.root-namespace", defaultSeverity: .error, summary: "XML root element is in the wrong namespace")
    /// A member element is in another namespace than its declaring contract's.
    public static let xmlMemberNamespace = Rule(id: "xml.member-namespace", defaultSeverity: .error, summary: "XML member is in an unexpected namespace")
    /// Members are not in DataContract order (a .NET DataContractSerializer client would drop them).
    public static let xmlMemberOrder = Rule(id: "xml.member-order", defaultSeverity: .warning, summary: "XML members are out of DataContract order")
    /// A documented property is absent.
    public static let propertyMissing = Rule(id: "property.missing", defaultSeverity: .error, summary: "a documented property is missing")
    /// A property the documentation does not list is present.
    public static let propertyUndocumented = Rule(id: "property.undocumented", defaultSeverity: .warning, summary: "a property the docs do not list is present")
    /// A value is not of its documented type or lexical form.
    public static let valueType = Rule(id: "value.type", defaultSeverity: .error, summary: "a value is not of its documented type or lexical form")
    /// A null where the documentation does not say the property can be null.
    public static let valueNull = Rule(id: "value.null", defaultSeverity: .warning, summary: "null where the docs do not say it can be null")
    /// A value outside the documented set of values.
    public static let valueEnum = Rule(id: "value.enum", defaultSeverity: .error, summary: "a value outside the documented set")
    /// The JSON and XML responses for the same record differ.
    public static let parity = Rule(id: "parity.value", defaultSeverity: .error, summary: "JSON and XML answers for the same record differ")
    /// The typed model (AWModels) does not decode the response.
    public static let modelDecode = Rule(id: "model.decode", defaultSeverity: .error, summary: "the typed model fails to decode the response")
    /// An XML member element appears twice (a .NET DataContractSerializer reader keeps the first
    /// and skips the second).
    public static let xmlDuplicateMember = Rule(id: "xml.duplicate-member", defaultSeverity: .warning, summary: "an XML member appears twice")
    /// A response whose endpoint has no schema (a typo in a folder name, a missing `--schemas`).
    public static let unknownEndpoint = Rule(id: "input.unknown-endpoint", defaultSeverity: .error, summary: "no schema for the response's endpoint")
    /// A response that could only be checked in part because its documentation page lacks what
    /// the check needs (no response table, no XML sample).
    public static let unchecked = Rule(id: "input.unchecked", defaultSeverity: .warning, summary: "the docs lack what a check needs")

    /// Every rule, in the order reports list them.
    public static let all: [Rule] = [
        .jsonSyntax, .jsonDuplicateKey, .xmlSyntax, .xmlRootName, .xmlRootNamespace,
        .xmlMemberNamespace, .xmlMemberOrder, .xmlDuplicateMember, .propertyMissing, .propertyUndocumented, .valueType,
        .valueNull, .valueEnum, .parity, .modelDecode, .unknownEndpoint, .unchecked,
    ]

    /// The rule with this identifier, or `nil`.
    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }
}
