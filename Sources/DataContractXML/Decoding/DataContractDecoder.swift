/// Decodes XML written by .NET's DataContractSerializer (WCF, ASP.NET Web API) into `Decodable`
/// Swift values, streaming, on libxml2's SAX2 push parser.
///
/// ```swift
/// let booking = try DataContractDecoder().decode(ReceivedBooking.self, from: data)
/// ```
///
/// The rules (reference/datacontract-format.md):
/// - **Names**: a coding key matches a child element by local name; namespaces are compared by
///   URI, never by prefix; members may come in any order. ``Options/strictNamespaces`` also
///   checks the namespace a ``DataContractDescribing`` model declares. When a member element
///   appears more than once, the first one is the member's value (DataContractSerializer reads
///   in order); the others are ignored.
/// - **nil**: an element with `nil` in `http://www.w3.org/2001/XMLSchema-instance` (any prefix)
///   whose value is `true` or `1` (white space allowed) is nil: `nil` for an optional,
///   `DecodingError.valueNotFound` otherwise; `false`/`0` mean not nil; another value, or a nil
///   element with content, throws `dataCorrupted`. An **absent** element is `nil` for an optional
///   (`decodeIfPresent`) and `keyNotFound` otherwise. An **empty** element is `""` for `String`,
///   `[]` for an array, and `dataCorrupted` for numbers, booleans and dates.
/// - **Text** is byte-exact for `String` (entities, character references and CDATA decoded,
///   pieces joined, white space kept); numbers, booleans, dates, `UUID`, base64 `Data` and `URL`
///   allow surrounding XML white space only, as XML Schema's `collapse` facet does.
/// - **Lexical forms** are strict (``LexicalForm``, ``DateTime/init(utf8:)``): every fixed-width
///   integer with its range; `Decimal` without exponent; `Double`/`Float` with `INF`, `-INF`,
///   `NaN`; `Bool` as `true`/`false`/`1`/`0`; `Foundation.Date` only from a DateTime with `Z` or
///   an offset, or with ``Options/timeZone`` set; `UUID` in Guid "D" form; `Data` from base64.
/// - **Collections**: an array is an element whose children are the items, whatever their
///   names; a dictionary is a list of `KeyValueOf…` items with `Key` and `Value` children.
/// - **References**: `z:Ref` decodes the element with the matching `z:Id`, and is never nil
///   even with `i:nil="true"`. **`i:type`** is available as ``Swift/Decoder/dataContractType``.
///
/// Errors: malformed, hostile or over-limit XML throws ``DataContractXMLError``; a document that
/// is fine XML but does not fit the model throws `DecodingError` whose context carries the coding
/// path and whose `debugDescription` starts with `line L, column C: <Element>`.
///
/// Lists (`ArrayOfX`) can be decoded item by item as they arrive, holding only one item's
/// events in memory: ``decodeItems(of:from:_:)``, ``items(of:from:)`` (an `AsyncSequence`) and
/// ``DataContractListReader`` (push: feed chunks, get items).
///
/// Thread safety: a decoder is a value and `Sendable`. Whole-document decodes with one decoder
/// value (and its copies) reuse one set of name tables and caches from document to document,
/// so a single small response does not pay for building them; documents decoded at the same
/// time from several tasks each get their own. Changing ``options`` starts a new set.
public struct DataContractDecoder: Sendable {
    /// How documents are read.
    public var options: Options {
        didSet { pool = SessionPool() }
    }
    /// The session kept between whole-document decodes.
    private var pool = SessionPool()

    /// The `userInfo` key under which a model finds the element's resolved `i:type`, a
    /// ``QualifiedName`` (also available as ``Swift/Decoder/dataContractType``).
    public static let xsiTypeUserInfoKey = CodingUserInfoKey(rawValue: "DataContractXML.xsiType")!

    /// Creates a decoder.
    /// - Parameter options: how documents are read; the defaults follow DataContractSerializer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Runs `body` with the pooled session (or a new one) and gives the session back after it,
    /// also when `body` throws (a session holds no state of a failed document that matters to
    /// the next; see ``DecodingSession/prepareForDocument()``).
    func withSession<R>(_ body: (DecodingSession) throws -> R) rethrows -> R {
        let session = pool.take() ?? makeSession()
        defer { pool.give(session) }
        return try body(session)
    }

    /// Decodes a whole document given as bytes (`Data`, `[UInt8]`, a slice …).
    ///
    /// The root element is decoded as `T`: a model's members are its children; an array's items
    /// are its children (`<ArrayOfX>`). The bytes are parsed in pieces of at most 64 KiB.
    ///
    /// A list (`T` an `Array`) from a collection of at least ``Options/itemByItemListBytes`` bytes
    /// (default 8 MiB) is decoded item by item as each item's end tag is read, so memory holds
    /// the input, the decoded items and one item's elements rather than the whole document's;
    /// the values and errors are those of reading the whole document first (see the option).
    ///
    /// - Throws: ``DataContractXMLError`` when the XML is not well-formed, is hostile (DOCTYPE,
    ///   entities), breaks a ``Limits`` value, or cannot be decoded in its encoding;
    ///   `DecodingError` when it does not fit `T` (coding path, line and column in the context).
    public func decode<T: Decodable>(_ type: T.Type, from bytes: some Sequence<UInt8>) throws -> T {
        if bytes.underestimatedCount >= options.itemByItemListBytes, bytes is any Collection,
            !(T.self is any DataContractDescribing.Type),  // the whole read checks its root's name
            let list = T.self as? any ItemByItemListDecodable.Type,
            let value = list.decodeItemByItem(self, from: bytes)
        {
            return value as! T
        }
        return try withSession { session in
            let (builder, parser) = session.documentParser(maxTextBytes: options.limits.maxTextBytes)
            builder.reserve(forInputBytes: bytes.underestimatedCount)
            try parser.feed(bytes)
            try parser.finish()
            return try DecodingContext(session: session, buffer: builder.buffer, basePath: []).decodeRoot(type)
        }
    }

    /// Decodes a whole document given as a sequence of chunks of any size (from a file or a pipe).
    /// Splitting a document anywhere gives the same result as ``decode(_:from:)``.
    ///
    /// - Throws: as ``decode(_:from:)``.
    public func decode<T: Decodable, Chunks: Sequence>(
        _ type: T.Type, fromChunks chunks: Chunks
    ) throws -> T where Chunks.Element: Sequence<UInt8> {
        try withSession { session in
            let (builder, parser) = session.documentParser(maxTextBytes: options.limits.maxTextBytes)
            for chunk in chunks { try parser.feed(chunk) }
            try parser.finish()
            return try DecodingContext(session: session, buffer: builder.buffer, basePath: []).decodeRoot(type)
        }
    }

    /// Decodes a whole document arriving as an asynchronous sequence of chunks (an HTTP body).
    ///
    /// - Throws: as ``decode(_:from:)``, and whatever `chunks` throws.
    public func decode<T: Decodable, Chunks: AsyncSequence>(
        _ type: T.Type, fromChunks chunks: Chunks
    ) async throws -> T where Chunks.Element: Sequence<UInt8> {
        let session = makeSession()
        let (builder, parser) = makeParser(session: session, mode: .document)
        for try await chunk in chunks { try parser.feed(chunk) }
        try parser.finish()
        return try DecodingContext(session: session, buffer: builder.buffer, basePath: []).decodeRoot(type)
    }

    /// Decodes the items of a list document (`<ArrayOfX>`) one by one, calling `body` with each
    /// as soon as its end tag is read. Only one item's events are held in memory.
    ///
    /// The root element's children are the items, whatever their names; each decodes as `Item`
    /// (an `i:nil` item needs an optional `Item`). A root with `i:nil="true"` has no items.
    ///
    /// - Throws: as ``decode(_:from:)`` (a `DecodingError`'s coding path starts with the item's
    ///   index), and whatever `body` throws, which stops parsing.
    public func decodeItems<Item: Decodable>(
        of type: Item.Type, from bytes: some Sequence<UInt8>, _ body: (Item) throws -> Void
    ) throws {
        try withoutActuallyEscaping(body) { body in
            let reader = DataContractListReader<Item>(decoder: self, handler: body)
            try reader.feedToHandler(bytes)
            try reader.finishToHandler()
        }
    }

    /// Decodes the items of a list document given as chunks of any size; see
    /// ``decodeItems(of:from:_:)``.
    public func decodeItems<Item: Decodable, Chunks: Sequence>(
        of type: Item.Type, fromChunks chunks: Chunks, _ body: (Item) throws -> Void
    ) throws where Chunks.Element: Sequence<UInt8> {
        try withoutActuallyEscaping(body) { body in
            let reader = DataContractListReader<Item>(decoder: self, handler: body)
            for chunk in chunks { try reader.feedToHandler(chunk) }
            try reader.finishToHandler()
        }
    }

    /// The items of a list document (`<ArrayOfX>`) arriving as an asynchronous sequence of
    /// chunks, as an `AsyncSequence` that yields each item once its end tag is read.
    ///
    /// Iterating throws as ``decode(_:from:)`` does, and whatever `chunks` throws.
    public func items<Item: Decodable, Chunks: AsyncSequence>(
        of type: Item.Type, from chunks: Chunks
    ) -> DataContractItemSequence<Chunks, Item> where Chunks.Element: Sequence<UInt8> {
        DataContractItemSequence(base: chunks, decoder: self)
    }

    func makeSession() -> DecodingSession {
        DecodingSession(options: options)
    }

    func makeParser(
        session: DecodingSession, stopsAtReferences: Bool = false, mode: ElementBuilder.Mode
    ) -> (ElementBuilder, SAXParser) {
        let builder = ElementBuilder(
            mode: mode, names: session.names, maxTextBytes: options.limits.maxTextBytes,
            stopsAtReferences: stopsAtReferences)
        let parser = SAXParser(options: options, names: session.names, builder: builder)
        return (builder, parser)
    }
}
