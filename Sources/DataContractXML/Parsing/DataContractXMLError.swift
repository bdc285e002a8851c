/// An XML document that cannot be read at all: not well-formed, refused as hostile, over a
/// configured limit, or in an encoding that cannot be decoded.
///
/// ``DataContractDecoder`` throws this type directly for such input. It also appears as the
/// `underlyingError` of a `DecodingError` when the XML is fine but does not fit the DataContract
/// rules (an invalid `i:nil` value, an `i:nil` element with content, an unknown element under
/// ``DataContractDecoder/UnknownElementPolicy/error``, a member in the wrong namespace under
/// ``DataContractDecoder/Options/strictNamespaces``, a dangling `z:Ref`).
///
/// ``description`` is one line a person can act on, for example:
///
/// ```text
/// line 4, column 50: XML is not well-formed: <ActionCandidate> opened at line 4, column 5 is
/// never closed: the start tag <ActionCandidate> at line 4, column 50 stands where its end tag
/// belongs; a "/" looks missing (</ActionCandidate>). libxml2 stopped at line 33, column 19:
/// Opening and ending tag mismatch: Comments line 21 and ReceivedBooking
/// ```
///
/// When a `/` looks missing, ``line`` and ``column`` point at the start tag that should have
/// been the end tag (where the fix goes), not where libxml2 noticed the damage.
public struct DataContractXMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of what went wrong, for programs and reports. Never reworded.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable code text, e.g. `xml.not-well-formed`.
        public let rawValue: String
        /// Wraps a code text (for comparing with codes read back from a report).
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code text.
        public var description: String { rawValue }

        /// The document is not well-formed XML (libxml2 reported a fatal or namespace error);
        /// ``DataContractXMLError/libxml2Code`` holds libxml2's `xmlParserErrors` number.
        public static let notWellFormed = Code(rawValue: "xml.not-well-formed")
        /// The bytes are not valid in the document's encoding (for example invalid UTF-8).
        public static let invalidEncoding = Code(rawValue: "xml.invalid-encoding")
        /// The caller-supplied charset is not one libxml2 can decode.
        public static let unsupportedCharset = Code(rawValue: "xml.unsupported-charset")
        /// The document has a DOCTYPE (DataContractSerializer never writes one; a DTD is how
        /// entity expansion bombs and external entities get in). Refused before it is read.
        public static let doctypeRefused = Code(rawValue: "xml.doctype-refused")
        /// An entity declaration or a reference to a non-predefined entity. Refused.
        public static let entityRefused = Code(rawValue: "xml.entity-refused")
        /// Elements nest deeper than ``DataContractDecoder/Limits/maxDepth``.
        public static let depthLimitExceeded = Code(rawValue: "limit.depth")
        /// One element's text is longer than ``DataContractDecoder/Limits/maxTextBytes``.
        public static let textLimitExceeded = Code(rawValue: "limit.text-size")
        /// An element has more attributes than ``DataContractDecoder/Limits/maxAttributes``.
        public static let attributeLimitExceeded = Code(rawValue: "limit.attribute-count")
        /// The document is longer than ``DataContractDecoder/Limits/maxDocumentBytes``.
        public static let documentSizeLimitExceeded = Code(rawValue: "limit.document-size")
        /// Decoding one document (or one streamed list item) needs more elements than
        /// ``DataContractDecoder/Limits/maxReferencedItems``; usually `z:Ref` references that
        /// multiply each other.
        public static let objectGraphLimitExceeded = Code(rawValue: "limit.object-graph-items")
        /// ``DataContractListReader/feed(_:)`` was called after ``DataContractListReader/finish()``
        /// ended the document. Not an input problem: the caller's sequence of calls is wrong.
        public static let feedAfterFinish = Code(rawValue: "usage.feed-after-finish")
        /// A character reference to a character XML 1.0 forbids (`&#x1;`) under
        /// ``DataContractDecoder/RestrictedCharacterPolicy/refuse`` (by default such a reference is
        /// read as its character; see ``RestrictedCharacterReference``).
        public static let restrictedCharacter = Code(rawValue: "xml.restricted-char")
        /// The document ended before its root element was closed, or has no root element.
        public static let unexpectedEnd = Code(rawValue: "xml.unexpected-end")
        /// An `i:nil` attribute whose value is not an xs:boolean (`true`, `false`, `1`, `0`).
        public static let invalidNil = Code(rawValue: "datacontract.invalid-nil")
        /// An element with `i:nil="true"` that has content.
        public static let nilWithContent = Code(rawValue: "datacontract.nil-with-content")
        /// An `i:type` value that is not a QName, or whose prefix is not bound.
        public static let invalidXSIType = Code(rawValue: "datacontract.invalid-type")
        /// A `z:Ref` with no matching `z:Id` in what was read, a duplicate `z:Id`, or a reference
        /// cycle that value types cannot represent.
        public static let invalidReference = Code(rawValue: "datacontract.invalid-reference")
        /// An element no coding key asked for, under
        /// ``DataContractDecoder/UnknownElementPolicy/error``.
        public static let unknownElement = Code(rawValue: "datacontract.unknown-element")
        /// A member element in another namespace than its contract declares, under
        /// ``DataContractDecoder/Options/strictNamespaces``.
        public static let namespaceMismatch = Code(rawValue: "datacontract.namespace-mismatch")
        /// Text next to child elements (mixed content), which no DataContract type has.
        public static let mixedContent = Code(rawValue: "datacontract.mixed-content")
    }

    /// What went wrong.
    public var code: Code
    /// 1-based line of the problem in the document, 0 when unknown.
    public var line: Int
    /// 1-based column (in characters) of the problem, 0 when unknown.
    public var column: Int
    /// What went wrong, in a sentence, without the position (see ``description``).
    public var message: String
    /// For a well-formedness error: the qualified name (as written, `prefix:local`) of the open
    /// element the error concerns. When a start tag seems to stand in for an end tag, the
    /// outermost element that was left open that way; otherwise the innermost open element.
    public var openElement: String?
    /// Line where ``openElement`` was opened (its start tag), 0 when there is none.
    public var openElementLine: Int
    /// Column where ``openElement``'s start tag begins, 0 when there is none.
    public var openElementColumn: Int
    /// `true` when a start tag with the same name as the open element appears where its end tag
    /// belongs (`<A>text<A>`), so a `/` looks missing.
    public var missingSlashSuspected: Bool
    /// libxml2's own error number (`xmlParserErrors`), when libxml2 reported the error.
    public var libxml2Code: Int?

    /// Creates an error; the decoder fills in every field it knows.
    public init(
        code: Code, line: Int, column: Int, message: String, openElement: String? = nil,
        openElementLine: Int = 0, openElementColumn: Int = 0, missingSlashSuspected: Bool = false,
        libxml2Code: Int? = nil
    ) {
        self.code = code
        self.line = line
        self.column = column
        self.message = message
        self.openElement = openElement
        self.openElementLine = openElementLine
        self.openElementColumn = openElementColumn
        self.missingSlashSuspected = missingSlashSuspected
        self.libxml2Code = libxml2Code
    }

    /// `line L, column C: message`.
    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}
