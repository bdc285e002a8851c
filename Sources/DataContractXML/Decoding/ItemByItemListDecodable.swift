/// A list that ``DataContractDecoder/decode(_:from:)`` can read item by item
/// (``DataContractDecoder/Options/itemByItemListBytes``): every `Array` of a `Decodable` element.
protocol ItemByItemListDecodable {
    /// The list in `bytes` (a collection, read again whole by the caller when this gives `nil`),
    /// read item by item with `decoder`'s options and pooled session; `nil` when the result
    /// could differ from reading the whole document first: on any error (the whole-document read
    /// gives it, with its precedence of a later syntax error over an earlier item's decoding
    /// error), at a `z:Id` or `z:Ref` (references may cross items), for an `i:nil` root, or
    /// when the items' decodes together pass ``DataContractDecoder/Limits/maxReferencedItems``
    /// beyond their elements (each item's own were within it).
    static func decodeItemByItem(_ decoder: DataContractDecoder, from bytes: some Sequence<UInt8>) -> Self?
}

extension Array: ItemByItemListDecodable where Element: Decodable {
    static func decodeItemByItem(_ decoder: DataContractDecoder, from bytes: some Sequence<UInt8>) -> [Element]? {
        var items: [Element] = []
        return decoder.withSession { session -> [Element]? in
            do {
                let readWhole = try withoutActuallyEscaping({ (item: Element) in items.append(item) }) { append in
                    let reader = DataContractListReader<Element>(
                        decoder: decoder, session: session, stopsAtReferences: true, handler: append)
                    try reader.feedToHandler(bytes)
                    try reader.finishToHandler()
                    // Past the document-wide budget of decodes the whole document refuses the
                    // list, where each item stayed within its own.
                    return reader.isNil || reader.decodesBeyondElements > decoder.options.limits.maxReferencedItems
                }
                return readWhole ? nil : items
            } catch {
                return nil
            }
        }
    }
}
