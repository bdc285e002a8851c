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
    /// An item of an XML list is not named as the docs' sample names it (the .NET class name).
    public static let xmlItemName = Rule(id: "xml.item-name", defaultSeverity: .error, summary: "an XML list item has the wrong element name")
    /// The docs say the operation answers with no body, and it has one.
    public static let responseUnexpectedBody = Rule(id: "response.unexpected-body", defaultSeverity: .error, summary: "a body where the docs document none")
    /// The body is empty where the docs document one.
    public static let responseEmptyBody = Rule(id: "response.empty-body", defaultSeverity: .error, summary: "an empty body where the docs document one")
    public static let xmlRootNamespace = Rule(id: "xml.root-namespace", defaultSeverity: .error, summary: "XML root element is in the wrong namespace")
    /// A member element is in another namespace than its declaring contract's.
    public static let xmlMemberNamespace = Rule(id: "xml.member-namespace", defaultSeverity: .error, summary: "XML member is in an unexpected namespace")
    /// Members are not in DataContract order (a .NET DataContractSerializer client would drop them).
    public static let xmlMemberOrder = Rule(id: "xml.member-order", defaultSeverity: .warning, summary: "XML members are out of DataContract order")
    /// Text holds a character reference to a character XML 1.0 forbids (`&#x1;`, `&#xB;`), as
    /// ASP.NET Web API writes control characters in strings: .NET reads it back as the character,
    /// strict XML parsers (libxml2, most non-.NET clients) refuse the whole document.
    public static let xmlRestrictedCharacter = Rule(id: "xml.restricted-char", defaultSeverity: .warning, summary: "XML text holds a character reference strict XML parsers refuse")
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

    /// The HTTP status of a live answer is not a success (2xx).
    public static let httpStatus = Rule(id: "http.status", defaultSeverity: .error, summary: "the HTTP status is not a success")
    /// A live answer has no `Content-Type`, or one that is neither JSON nor XML.
    public static let httpContentType = Rule(id: "http.content-type", defaultSeverity: .error, summary: "the Content-Type is missing or neither JSON nor XML")
    /// A live answer's `Content-Type` has no `charset`, or another than UTF-8 (what Web API sends).
    public static let httpCharset = Rule(id: "http.charset", defaultSeverity: .warning, summary: "the Content-Type has no charset, or not utf-8")
    /// A live answer is not in the format its request's `Accept` asked for (by its
    /// `Content-Type` or by its bytes).
    public static let httpNotNegotiatedFormat = Rule(id: "http.not-negotiated-format", defaultSeverity: .error, summary: "the answer is not in the format the Accept header asked for")
    /// A call of the plan that changes state was not sent (no `--allow-writes`).
    public static let liveNotSent = Rule(id: "live.not-sent", defaultSeverity: .warning, summary: "a call was not sent: it changes state (no --allow-writes) or takes an API key (none given)")
    /// The host could not be reached (no connection).
    public static let liveUnreachable = Rule(id: "live.unreachable", defaultSeverity: .error, summary: "the host cannot be reached")
    /// A request failed after connecting: a timeout, a connection closed mid-answer, an answer
    /// over the size limit.
    public static let liveRequestFailed = Rule(id: "live.request-failed", defaultSeverity: .error, summary: "the request failed (timeout, connection closed, too large)")

    /// The rules about a response document, the ones `awkit check` applies to saved files.
    public static let documentRules: [Rule] = [
        .jsonSyntax, .jsonDuplicateKey, .xmlSyntax, .xmlRootName, .xmlRootNamespace, .xmlItemName,
        .responseUnexpectedBody, .responseEmptyBody, .xmlMemberNamespace, .xmlMemberOrder, .xmlDuplicateMember,
        .xmlRestrictedCharacter, .propertyMissing, .propertyUndocumented, .valueType,
        .valueNull, .valueEnum, .parity, .modelDecode, .unknownEndpoint, .unchecked,
    ]

    /// The rules only `awkit live` applies: about the HTTP exchange.
    public static let liveRules: [Rule] = [
        .httpStatus, .httpContentType, .httpCharset, .httpNotNegotiatedFormat, .liveNotSent,
        .liveUnreachable, .liveRequestFailed,
    ]

    /// Every rule, in the order reports list them: ``documentRules`` then ``liveRules``.
    public static let all: [Rule] = documentRules + liveRules

    /// The rule with this identifier, or `nil`.
    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }
}
