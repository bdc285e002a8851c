/// A push-style reader of a DataContract list document (`<ArrayOfX>`): feed it the bytes as
/// they arrive (chunks of any size, e.g. from an HTTP client's delegate), and get back the items
/// whose end tag has been read so far; call ``finish()`` at the end of the body.
///
/// ```swift
/// let reader = DataContractListReader(of: ReceivedBooking.self)
/// for chunk in body { for booking in try reader.feed(chunk) { show(booking) } }
/// for booking in try reader.finish() { show(booking) }
/// ```
///
/// Each item is decoded as soon as its end tag is read and its events are dropped, so memory
/// holds one item's events (plus the decoded items not yet returned), however long the list.
///
/// When ``feed(_:)`` or ``finish()`` throws, the items that call completed before the error are
/// kept for ``takeItemsBeforeError()``: together with the items returned before, they are exactly
/// the items ``DataContractDecoder/decodeItems(of:from:_:)`` delivers before the same error.
///
/// ```swift
/// do {
///     for chunk in body { for booking in try reader.feed(chunk) { show(booking) } }
///     for booking in try reader.finish() { show(booking) }
/// } catch {
///     for booking in reader.takeItemsBeforeError() { show(booking) }
///     report(error)
/// }
/// ```
/// The root element's children are the items, whatever their names. The libxml2 parser is freed
/// when parsing ends, on an error, or when the reader is released. Not thread-safe: use one
/// reader from one task at a time.
public final class DataContractListReader<Item: Decodable> {
    private final class Box {
        var items: [Item] = []
        /// Decodes counted (`DecodingContext.decodedCount`) over all items so far, minus their
        /// elements: what a whole-document decode would count against
        /// ``DataContractDecoder/Limits/maxReferencedItems``.
        var decodesBeyondElements = 0
    }

    private let parser: SAXParser
    private let builder: ElementBuilder
    private let box: Box

    /// Creates a reader.
    /// - Parameters:
    ///   - type: the item type.
    ///   - decoder: the decoder whose ``DataContractDecoder/options`` apply.
    public convenience init(of type: Item.Type = Item.self, decoder: DataContractDecoder = DataContractDecoder()) {
        let box = Box()
        self.init(decoder: decoder, box: box) { box.items.append($0) }
    }

    /// A reader that calls `handler` with each item. `session`: the one to decode with (a new
    /// one when `nil`); `stopsAtReferences`: throw ``ElementBuilder/ReferenceFound`` at the first
    /// `z:Id` or `z:Ref`.
    convenience init(
        decoder: DataContractDecoder, session: DecodingSession? = nil, stopsAtReferences: Bool = false,
        handler: @escaping (Item) throws -> Void
    ) {
        self.init(
            decoder: decoder, box: Box(), session: session, stopsAtReferences: stopsAtReferences,
            handler: handler)
    }

    private init(
        decoder: DataContractDecoder, box: Box, session: DecodingSession? = nil, stopsAtReferences: Bool = false,
        handler: @escaping (Item) throws -> Void
    ) {
        self.box = box
        let session = session ?? decoder.makeSession()
        let strict = decoder.options.strictNamespaces
        let (builder, parser) = decoder.makeParser(
            session: session, stopsAtReferences: stopsAtReferences,
            mode: .items { buffer, index in
                let context = DecodingContext(
                    session: session, buffer: buffer, basePath: [DataContractCodingKey(intValue: index)])
                if strict, let described = Item.self as? DataContractDescribing.Type {
                    try context.checkItemContract(0, described.dataContract, checkName: false)
                }
                let item = try context.decode(Item.self, 0)
                box.decodesBeyondElements += context.decodedCount - buffer.elements.count
                try handler(item)
            })
        self.builder = builder
        self.parser = parser
    }

    /// Parses the next bytes and returns the items completed by them, in document order.
    ///
    /// - Throws: ``DataContractXMLError`` for malformed, hostile or over-limit XML, and
    ///   `DecodingError` for an item that does not decode (its coding path starts with the item's
    ///   index). The items these bytes completed before the error are kept for
    ///   ``takeItemsBeforeError()``. After an error the reader is done: every later call throws
    ///   the same error. After ``finish()``, throws ``DataContractXMLError`` with code
    ///   ``DataContractXMLError/Code/feedAfterFinish`` (the reader reads one document).
    public func feed(_ bytes: some Sequence<UInt8>) throws -> [Item] {
        try parser.feed(bytes)
        return takeItems()
    }

    /// Ends the document and returns the last items.
    ///
    /// - Throws: as ``feed(_:)``, and ``DataContractXMLError/Code/unexpectedEnd`` when the
    ///   document ends before its root element is closed; the items the end of the document
    ///   completed before the error are kept for ``takeItemsBeforeError()``.
    public func finish() throws -> [Item] {
        try parser.finish()
        return takeItems()
    }

    /// Returns, and forgets, the items that the ``feed(_:)`` or ``finish()`` call which threw
    /// had completed before its error, in document order; empty when no call threw, or when the
    /// error came before any new item.
    ///
    /// A call that throws cannot also return what it read: call this in the `catch` to keep
    /// every item that precedes the error (the items ``DataContractDecoder/decodeItems(of:from:_:)``
    /// gives its closure before throwing the same error).
    public func takeItemsBeforeError() -> [Item] { takeItems() }

    /// How many items have been decoded so far.
    public var itemCount: Int { builder.itemCount }

    /// Whether the list element has `i:nil="true"` (a null list; it has no items).
    public var isNil: Bool { builder.rootIsNil }

    /// The decodes of all items so far beyond one per element (a model's `init(from:)` may
    /// decode an element more than once): a whole-document decode of the list counts these,
    /// over the whole document, against ``DataContractDecoder/Limits/maxReferencedItems``;
    /// each item's own count is checked against it per item.
    var decodesBeyondElements: Int { box.decodesBeyondElements }

    func feedToHandler(_ bytes: some Sequence<UInt8>) throws { try parser.feed(bytes) }
    func finishToHandler() throws { try parser.finish() }

    private func takeItems() -> [Item] {
        guard !box.items.isEmpty else { return [] }
        defer { box.items.removeAll() }
        return box.items
    }
}
