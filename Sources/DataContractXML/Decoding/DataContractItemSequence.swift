/// The items of a DataContract list document (`<ArrayOfX>`) read from an asynchronous sequence
/// of byte chunks (`[UInt8]`, `Data` …), yielded one by one as their end tags are read; made by
/// ``DataContractDecoder/items(of:from:)``.
///
/// Each iterator parses the chunks it pulls with its own ``DataContractListReader``: memory
/// holds one item's events plus the decoded items of the current chunk. Iteration throws as
/// ``DataContractListReader/feed(_:)`` does, and whatever the base sequence throws, after
/// yielding every item completed before the error; after an error it ends.
public struct DataContractItemSequence<Base: AsyncSequence, Item: Decodable>: AsyncSequence
where Base.Element: Sequence<UInt8> {
    /// The decoded list items.
    public typealias Element = Item

    let base: Base
    let decoder: DataContractDecoder

    /// Iterates the items, pulling chunks from the base sequence as needed.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let reader: DataContractListReader<Item>
        var pending: [Item] = []
        var index = 0
        var done = false
        /// An error met after `pending`'s items: thrown once they are yielded.
        var error: (any Error)?

        /// The next item, or `nil` after the last one.
        public mutating func next() async throws -> Item? {
            while true {
                if index < pending.count {
                    index += 1
                    return pending[index - 1]
                }
                if let error {
                    self.error = nil
                    throw error
                }
                if done { return nil }
                pending.removeAll(keepingCapacity: true)
                index = 0
                do {
                    if let chunk = try await base.next() {
                        pending = try reader.feed(chunk)
                    } else {
                        done = true
                        pending = try reader.finish()
                    }
                } catch {
                    done = true
                    pending = reader.takeItemsBeforeError()
                    self.error = error
                }
            }
        }
    }

    /// Makes an iterator with a fresh parser.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), reader: DataContractListReader(of: Item.self, decoder: decoder))
    }
}
