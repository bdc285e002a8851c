import AWModels
import DataContractXML

/// Target 2, `FuzzXMLStreaming`: a list document decoded item by item, whole and cut into
/// chunks at positions taken from the input, through `decodeItems` and `DataContractListReader`.
///
/// Input: a byte of decoder options (``DecoderOptionsChoice``), a byte whose low bit picks the
/// item type (``AnyElement`` or `PhoneChat.ReceivedBooking`, both optional) and whose next four
/// bits give the number of cuts, two bytes per cut position, then the document.
///
/// Properties:
/// - the chunked reads give the same items, and then the same error (or none), as the unchunked
///   `decodeItems` (`DataContractListReader`: its returned items, then in the `catch` those of
///   `takeItemsBeforeError()`);
/// - when the whole-document `decode([Item?].self, from:)` succeeds, streaming gives its items
///   and no error (unless an item refers by `z:Ref` to another, which streaming documents it
///   cannot follow);
/// - when streaming stops with an error in reading the bytes, the whole-document decode fails
///   with that same error (code and position); when the whole-document decode fails that way,
///   streaming fails with that error or earlier, on an item.
public enum XMLStreamingProperty: FuzzProperty {
    public static let name = "FuzzXMLStreaming"

    public static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        var input = FuzzInput(bytes)
        let decoder = DataContractDecoder(options: DecoderOptionsChoice.options(input.byte()))
        let shape = input.byte()
        var cuts: [Int] = []
        for _ in 0..<Int(shape >> 1 & 15) { cuts.append(Int(input.integer(bytes: 2))) }
        let document = input.rest()
        let positions = Set(cuts.map { document.isEmpty ? 0 : $0 % (document.count + 1) }).sorted()
        var chunks: [ArraySlice<UInt8>] = []
        var start = 0
        for position in positions + [document.count] where position >= start {
            chunks.append(document[start..<position])
            start = position
        }
        if shape & 1 == 0 {
            try compare(AnyElement?.self, decoder, document, chunks)
        } else {
            try compare(PhoneChat.ReceivedBooking?.self, decoder, document, chunks)
        }
    }

    /// Items read before the error, and the error.
    struct Run<Item: Equatable>: Equatable {
        var items: [Item] = []
        var error: DecodeOutcome<Bool>? = nil

        /// Equal (an XML error by code and position: libxml2's words vary). AWKit hands libxml2
        /// its pieces so that the verdict does not depend on where chunks end (`ChunkBoundary`).
        static func == (a: Run, b: Run) -> Bool {
            guard a.items == b.items else { return false }
            if case .xml(let x)? = a.error, case .xml(let y)? = b.error { return x.verdict == y.verdict }
            return a.error == b.error
        }
    }

    static func compare<Item: Decodable & Equatable>(
        _ type: Item.Type, _ decoder: DataContractDecoder, _ document: [UInt8], _ chunks: [ArraySlice<UInt8>]
    ) throws(PropertyViolation) {
        let whole = try run(Item.self) { body in try decoder.decodeItems(of: Item.self, from: document, body) }
        let chunked = try run(Item.self) { body in try decoder.decodeItems(of: Item.self, fromChunks: chunks, body) }
        let pushed = try run(Item.self) { body in
            let reader = DataContractListReader(of: Item.self, decoder: decoder)
            do {
                for chunk in chunks { try reader.feed(chunk).forEach(body) }
                try reader.finish().forEach(body)
            } catch {
                reader.takeItemsBeforeError().forEach(body)
                throw error
            }
        }
        let cutsText = "cuts at \(chunks.dropLast().map(\.endIndex))"
        try require(chunked == whole, name, "chunked decodeItems (\(cutsText)) gave \(chunked), unchunked \(whole)")
        // The items a throwing `feed` or `finish` completed before its error come from
        // `takeItemsBeforeError()`: with them, the reader gives exactly what decodeItems gives.
        try require(
            pushed == whole, name, "DataContractListReader (\(cutsText)) gave \(pushed), decodeItems \(whole)")

        let list = try DecodeOutcome.of(name) { try decoder.decode([Item].self, from: document) }
        // Documented: in a streamed list a `z:Ref` reaches only within its own item, so a
        // document whose items refer to each other decodes whole but not streamed.
        let crossItemReference = if case .decoding(let d)? = whole.error { d.contains("references reach only within one item") } else { false }
        if case .value(let items) = list, !crossItemReference {
            try require(
                whole.items == items && whole.error == nil, name,
                "the whole-document decode gave \(items.count) items, streaming \(whole)")
        }
        // Likewise a `z:Id` is known only within its item when streamed: an id used again in a
        // later item is refused by the whole-document decode, not by streaming, which reads on.
        let idAcrossItems = if case .xml(let e) = list { e.code == .invalidReference && e.message.contains("is used twice") } else { false }
        if case .xml(let error)? = whole.error, error.isParseLevel, !idAcrossItems || error.verdict == list.parseError?.verdict {
            try require(
                list.parseError?.verdict == error.verdict, name,
                "streaming stopped with \(error.verdict), the whole-document decode gave \(list)")
        }
        if let error = list.parseError, !idAcrossItems {
            let streamed: DataContractXMLError? = if case .xml(let e)? = whole.error { e } else { nil }
            try require(
                whole.error != nil && (streamed?.isParseLevel != true || streamed?.verdict == error.verdict), name,
                "the whole-document decode failed with \(error.verdict), streaming gave \(whole)")
        }
    }

    static func run<Item: Equatable>(
        _ type: Item.Type, _ body: (_ each: (Item) -> Void) throws -> Void
    ) throws(PropertyViolation) -> Run<Item> {
        var result = Run<Item>()
        let outcome = try DecodeOutcome<Bool>.of(name) {
            try body { result.items.append($0) }
            return true
        }
        if case .value = outcome {} else { result.error = outcome }
        return result
    }
}
