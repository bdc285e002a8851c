/// Writes a DataContract list document (`<ArrayOfX>`, reference/datacontract-format.md §5)
/// item by item to a byte sink, so a list of any length never sits in memory: only the item
/// being written is buffered (as a tree, to order its members), and bytes go to the sink in
/// pieces of about ``DataContractEncoder/Options/flushThreshold`` bytes.
///
/// ```swift
/// let handle = FileHandle(forWritingAtPath: path)!
/// let writer = DataContractListWriter(of: ReceivedBooking.self) { handle.write(Data($0)) }
/// for booking in bookings { try writer.append(booking) }
/// try writer.finish()
/// ```
///
/// The root is `ArrayOf{contract name}` in the item contract's namespace
/// (`ArrayOfReceivedBooking`), or `ArrayOfstring`, `ArrayOfint` … in
/// `http://schemas.microsoft.com/2003/10/Serialization/Arrays` for primitive items; it declares
/// `xmlns:i`. A list with no items is `<ArrayOfX … />`. Not thread-safe.
public final class DataContractListWriter<Item: Encodable> {
    private let stream: DataContractListStream

    /// Creates a writer; nothing is written before the first ``append(_:)`` or ``finish()``.
    ///
    /// - Parameters:
    ///   - type: the item type.
    ///   - encoder: the encoder whose ``DataContractEncoder/options`` apply.
    ///   - write: called with each piece of the document, in order.
    public init(
        of type: Item.Type = Item.self, encoder: DataContractEncoder = DataContractEncoder(),
        to write: @escaping ([UInt8]) throws -> Void
    ) {
        self.stream = DataContractListStream(
            session: EncodingSession(options: encoder.options), listType: [Item].self, sink: write)
    }

    /// How many items have been written.
    public var itemCount: Int { stream.count }

    /// Encodes and writes one item.
    ///
    /// - Throws: ``DataContractEncodingError`` (its coding path starts with the item's index),
    ///   whatever the item's `encode(to:)` throws, and whatever the sink throws.
    public func append(_ item: Item) throws {
        try stream.append(item)
    }

    /// Writes the end of the document and hands the last bytes to the sink. Calling it again
    /// does nothing; ``append(_:)`` after it throws ``DataContractEncodingError/Code/invalidUse``.
    public func finish() throws {
        try stream.finish()
    }
}
