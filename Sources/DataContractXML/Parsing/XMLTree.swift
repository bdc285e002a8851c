/// An XML document as written, element by element, with positions and namespace URIs: the raw
/// view that conformance checks walk (root name and namespace, each member's namespace, member
/// order, `i:nil`, exact text), where a model would hide them.
///
/// Read with the same libxml2 SAX2 push parser and the same safety rules as
/// ``DataContractDecoder`` (no DOCTYPE, no entities, no network, limits). In lenient mode a
/// document that is not well-formed is still read as far as possible, for checks that need
/// *something* to compare (a missing `/` in `<A>text<A>`, where the open element already holds
/// text, is read as the end tag and listed in ``repairs``), and every well-formedness error is
/// kept in ``problems``.
public struct XMLTree: Hashable, Sendable {
    /// One element: its name, where it starts, its `i:nil` state, its text or its children.
    public struct Element: Hashable, Sendable {
        /// The local name (`Negative`).
        public var localName: String
        /// The namespace URI; empty for no namespace.
        public var namespace: String
        /// 1-based line and column of the start tag.
        public var line: Int
        public var column: Int
        /// Whether the element carries `i:nil` (in the XMLSchema-instance namespace) with the
        /// value `true` or `1`.
        public var isNil: Bool
        /// The text of an element without child elements, exactly as written (entities decoded,
        /// CDATA kept, whitespace preserved); empty for one with children.
        public var text: String
        /// The child elements in document order.
        public var children: [Element]
    }

    /// A start tag read as the end tag it should have been (lenient mode).
    public struct Repair: Hashable, Sendable {
        /// The element that was left open, and where its start tag is.
        public var element: String
        public var openedLine: Int
        public var openedColumn: Int
        /// Where the start tag that stands in for `</element>` is.
        public var line: Int
        public var column: Int
    }

    /// The root element, or `nil` when none could be read (lenient mode only; strict parsing
    /// throws instead).
    public var root: Element?
    /// The well-formedness errors read past (lenient mode); empty for a well-formed document.
    public var problems: [DataContractXMLError]
    /// The missing `/` repairs made while reading (lenient mode).
    public var repairs: [Repair]
    /// Every character reference in text to a character XML 1.0 forbids (`&#x1;`, `&#xB;`),
    /// in document order: read into ``Element/text`` as the character, as .NET reads it, and
    /// listed here because strict XML parsers refuse such a document. Under
    /// ``DataContractDecoder/RestrictedCharacterPolicy/refuse`` parsing throws instead.
    public var restrictedCharacters: [RestrictedCharacterReference]

    /// Whether the document is well-formed and was read as written: no well-formedness error
    /// and no repair. A well-formed document (libxml2 found no error) never has a repair: it is
    /// read exactly as written, as in strict mode.
    public var isWellFormed: Bool { problems.isEmpty && repairs.isEmpty }

    /// One well-formedness problem, as a person should read it.
    public struct Problem: Hashable, Sendable {
        /// Where the fix goes: for a missing `/`, the start tag that should be the end tag.
        public var line: Int
        public var column: Int
        /// One sentence, without the position.
        public var message: String
        /// The repair this problem is about, when it is a missing `/`.
        public var repair: Repair?
    }

    /// Every problem once: each missing `/` that was repaired (at the start tag standing where
    /// the end tag belongs), then each other error libxml2 reported. libxml2's own report of a
    /// tag mismatch that a repair explains is not repeated.
    public var problemSummaries: [Problem] {
        var summaries = repairs.map { repair in
            Problem(
                line: repair.line, column: repair.column,
                message: "<\(repair.element)> opened at line \(repair.openedLine), column \(repair.openedColumn) is never closed; the start tag <\(repair.element)> at line \(repair.line), column \(repair.column) stands where its end tag belongs, a \"/\" looks missing (</\(repair.element)>)",
                repair: repair)
        }
        for problem in problems where !(problem.missingSlashSuspected && !repairs.isEmpty) {
            summaries.append(Problem(line: problem.line, column: problem.column, message: problem.message, repair: nil))
        }
        return summaries
    }

    /// Reads a whole document.
    ///
    /// - Parameters:
    ///   - bytes: the document; the encoding is detected from a byte order mark or the XML
    ///     declaration, else `charset`, else UTF-8.
    ///   - lenient: read past well-formedness errors (collected in ``problems``) instead of
    ///     throwing on the first.
    ///   - options: limits and charset, as for ``DataContractDecoder``.
    /// - Throws: ``DataContractXMLError``: for a malformed document unless `lenient`; always for
    ///   hostile input (DOCTYPE, entities), an exceeded limit, or bytes invalid in the encoding.
    ///   When `lenient` reading read past an error before it had to stop, it throws that first
    ///   error, as a strict parse does; when it had repaired a missing `/` before it had to stop,
    ///   it gives what a strict parse gives.
    public static func parse(
        _ bytes: some Sequence<UInt8>, lenient: Bool = false, options: DataContractDecoder.Options = .init()
    ) throws -> XMLTree {
        // Lenient reading may need the bytes twice (see `read`); a strict read passes them through.
        lenient ? try read(Array(bytes), lenient: true, options: options) : try read(bytes, lenient: false, options: options)
    }

    private static func read(
        _ bytes: some Sequence<UInt8>, lenient: Bool, options: DataContractDecoder.Options
    ) throws -> XMLTree {
        let names = NameTable()
        let builder = ElementBuilder(
            mode: .document, names: names, maxTextBytes: options.limits.maxTextBytes, repairMissingSlash: lenient)
        let parser = SAXParser(
            options: options, names: names, builder: builder, recover: lenient, recordsRestrictedCharacters: true)
        do {
            try parser.feed(bytes)
            try parser.finish()
        } catch let error as DataContractXMLError where lenient {
            // Lenient reading stops here. With no element read, or on an error it cannot read past
            // (DOCTYPE, a limit), the first error it did read past is what went wrong: the one a
            // strict parse reports.
            guard error.code == .unexpectedEnd, !builder.buffer.elements.isEmpty else {
                // After a missing-`/` repair, what followed was read as another tree than the
                // bytes make (the repaired start tag's `z:Id` unread, its text elsewhere), so
                // this error may not be the document's: strict reading's verdict is
                // (FuzzXMLTree, crash-strict-duplicate-id-lenient-invalid-encoding).
                if !builder.repairs.isEmpty { return try read(bytes, lenient: false, options: options) }
                throw parser.recoveredErrors.first ?? error
            }
            // Truncated: keep what was read.
            return XMLTree(
                buffer: builder.buffer, names: names, problems: parser.recoveredErrors + [error], builder: builder,
                restrictedCharacters: parser.restrictedCharacters)
        }
        // A missing-`/` repair is a guess for documents libxml2 finds broken. When it found
        // nothing (`<a>te<a>text,</a>xt,</a>` nests two elements of one name), the document is
        // well-formed and comes back exactly as written: the strict reading.
        if lenient, !builder.repairs.isEmpty, parser.recoveredErrors.isEmpty,
            let strict = try? read(bytes, lenient: false, options: options)
        {
            return strict
        }
        return XMLTree(
            buffer: builder.buffer, names: names, problems: parser.recoveredErrors, builder: builder,
            restrictedCharacters: parser.restrictedCharacters)
    }

    private init(
        buffer: ElementBuffer, names: NameTable, problems: [DataContractXMLError], builder: ElementBuilder,
        restrictedCharacters: [RestrictedCharacterReference]
    ) {
        self.problems = problems
        self.restrictedCharacters = restrictedCharacters
        self.root = buffer.elements.isEmpty ? nil : Self.element(0, in: buffer, names: names)
        self.repairs = builder.repairs.map { repair in
            let open = buffer.elements[Int(repair.element)]
            return Repair(
                element: names.string(open.name), openedLine: Int(open.line), openedColumn: Int(open.column),
                line: Int(repair.line), column: Int(repair.column))
        }
    }

    /// Builds the nested element at `index` (depth is bounded by the parser's depth limit).
    private static func element(_ index: Int32, in buffer: ElementBuffer, names: NameTable) -> Element {
        let record = buffer.elements[Int(index)]
        var children: [Element] = []
        var child = record.firstChild
        while child >= 0 {
            children.append(element(child, in: buffer, names: names))
            child = buffer.elements[Int(child)].nextSibling
        }
        let text = children.isEmpty && record.textCount > 0
            ? String(decoding: buffer.text[record.textStart..<(record.textStart + record.textCount)], as: UTF8.self)
            : ""
        return Element(
            localName: names.string(record.name), namespace: names.string(record.namespace),
            line: Int(record.line), column: Int(record.column),
            isNil: record.flags & ElementRecord.isNil != 0, text: text, children: children)
    }
}
