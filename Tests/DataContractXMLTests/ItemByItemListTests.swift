import DataContractXML
import Foundation
import Synchronization
import Testing

/// `decode([T].self, from:)` reads a list of `Options.itemByItemListBytes` bytes or more item by
/// item (peak memory: input plus values). It must give exactly what reading the whole document
/// first gives: the same values, and the same error, whichever the error is.
@Suite("Whole-document lists read item by item")
struct ItemByItemListTests {
    private struct Booking: Decodable, Equatable {
        var id: Int
        var note: String?
        var tags: [String]?
        enum CodingKeys: String, CodingKey { case id = "Id", note = "Note", tags = "Tags" }
    }

    /// Counts the items whose `init(from:)` ran (handed in through `userInfo`).
    private final class Counter: Sendable {
        let value = Mutex(0)
    }

    private struct CountedBooking: Decodable {
        static let counterKey = CodingUserInfoKey(rawValue: "counter")!
        var id: Int
        enum CodingKeys: String, CodingKey { case id = "Id" }
        init(from decoder: any Decoder) throws {
            (decoder.userInfo[Self.counterKey] as? Counter)?.value.withLock { $0 += 1 }
            id = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .id)
        }
    }

    private static let head =
        #"<ArrayOfBooking xmlns="urn:b" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays" xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/">"#

    private static func document(_ items: String, tail: String = "</ArrayOfBooking>") -> [UInt8] {
        Array((head + items + tail).utf8)
    }

    /// A decoder that reads every list item by item (0), or none (`Int.max`).
    private static func decoder(itemByItem: Bool, userInfo: [CodingUserInfoKey: any Sendable] = [:]) -> DataContractDecoder {
        var options = DataContractDecoder.Options()
        options.itemByItemListBytes = itemByItem ? 0 : Int.max
        options.userInfo = userInfo
        return DataContractDecoder(options: options)
    }

    private static func outcome<T>(_ body: () throws -> T) -> String {
        do { return "\(try body())" } catch { return "error: \(error)" }
    }

    /// Both ways of reading `bytes` as `[Booking?]`, as text (value or error).
    private static func bothWays(_ bytes: [UInt8]) -> (itemByItem: String, whole: String) {
        (
            outcome { try decoder(itemByItem: true).decode([Booking?].self, from: bytes) },
            outcome { try decoder(itemByItem: false).decode([Booking?].self, from: bytes) }
        )
    }

    @Test("the same values: nil items, nil and empty members, nested lists, text with CR and entities")
    func sameValues() throws {
        let bytes = Self.document(
            "<Booking><Id>1</Id><Note>a&amp;b&#xD;</Note><Tags><a:string>x</a:string><a:string/></Tags></Booking>"
                + #"<Booking i:nil="true"/>"#
                + #"<Booking><Id>3</Id><Note i:nil="true"/><Tags i:nil="true"/></Booking>"#
                + "\n  <Booking><Tags/><Id>4</Id></Booking>")
        let expected: [Booking?] = [
            Booking(id: 1, note: "a&b\r", tags: ["x", ""]), nil, Booking(id: 3, note: nil, tags: nil),
            Booking(id: 4, note: nil, tags: []),
        ]
        #expect(try Self.decoder(itemByItem: true).decode([Booking?].self, from: bytes) == expected)
        #expect(try Self.decoder(itemByItem: false).decode([Booking?].self, from: bytes) == expected)
        #expect(try Self.decoder(itemByItem: true).decode([Booking?].self, from: Data(bytes)) == expected)
    }

    @Test("a syntax error after an item that does not decode wins, as in the whole document; the item was decoded first")
    func laterSyntaxErrorWins() throws {
        let bytes = Self.document("<Booking><Id>1</Id></Booking><Booking><Id>x</Id></Booking>", tail: "</ArrayOfBookin>")
        let counter = Counter()
        let decoder = Self.decoder(itemByItem: true, userInfo: [CountedBooking.counterKey: counter])
        #expect(throws: DataContractXMLError.self) { try decoder.decode([CountedBooking].self, from: bytes) }
        // Item by item, both items ran before the end tag's error; read whole again, none did.
        #expect(counter.value.withLock { $0 } == 2)
        let whole = Counter()
        let wholeDecoder = Self.decoder(itemByItem: false, userInfo: [CountedBooking.counterKey: whole])
        #expect(throws: DataContractXMLError.self) { try wholeDecoder.decode([CountedBooking].self, from: bytes) }
        #expect(whole.value.withLock { $0 } == 0)
        let both = Self.bothWays(bytes)
        #expect(both.itemByItem == both.whole)
        #expect(both.whole.contains("xml.not-well-formed") || both.whole.contains("mismatch"))
    }

    @Test("an item that does not decode: the same DecodingError, coding path and position")
    func decodingError() {
        let bytes = Self.document("<Booking><Id>1</Id></Booking><Booking><Id>two</Id></Booking>")
        let both = Self.bothWays(bytes)
        #expect(both.itemByItem == both.whole)
        #expect(both.whole.contains("line 1, column 251: <Id>"), "\(both.whole)")
        #expect(both.whole.contains("Path: [1].Id."))
    }

    @Test("z:Ref from one item to another's z:Id decodes as in the whole document")
    func referenceAcrossItems() throws {
        let bytes = Self.document(#"<Booking z:Id="i1"><Id>1</Id><Note>shared</Note></Booking><Booking z:Ref="i1" i:nil="true"/>"#)
        let expected: [Booking?] = [Booking(id: 1, note: "shared", tags: nil), Booking(id: 1, note: "shared", tags: nil)]
        #expect(try Self.decoder(itemByItem: true).decode([Booking?].self, from: bytes) == expected)
        let both = Self.bothWays(bytes)
        #expect(both.itemByItem == both.whole)
    }

    /// Reads its `Id` twice: one decode beyond its elements.
    private struct ReadTwice: Decodable, Equatable {
        var id: Int
        enum CodingKeys: String, CodingKey { case id = "Id" }
        init(id: Int) { self.id = id }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            _ = try container.decode(Int.self, forKey: .id)
            id = try container.decode(Int.self, forKey: .id)
        }
    }

    @Test("decodes beyond the elements count over the whole list, not per item (FuzzXMLDocument corpus)")
    func decodeBudgetIsTheDocuments() throws {
        let bytes = Self.document("<Booking><Id>1</Id></Booking><Booking><Id>2</Id></Booking><Booking><Id>3</Id></Booking>")
        func outcome(itemByItem: Bool, limit: Int) -> String {
            var options = DataContractDecoder.Options()
            options.itemByItemListBytes = itemByItem ? 0 : .max
            options.limits.maxReferencedItems = limit
            return Self.outcome { try DataContractDecoder(options: options).decode([ReadTwice].self, from: bytes) }
        }
        // Each item stays within 2 extra decodes; the three together (3) do not.
        #expect(outcome(itemByItem: true, limit: 2) == outcome(itemByItem: false, limit: 2))
        #expect(outcome(itemByItem: false, limit: 2).contains("goes past the limit of 2 decodes"))
        #expect(outcome(itemByItem: true, limit: 3) == "\([ReadTwice(id: 1), ReadTwice(id: 2), ReadTwice(id: 3)])")
    }

    @Test("a z:Id used in two items is refused, as in the whole document")
    func duplicateIdAcrossItems() {
        let bytes = Self.document(#"<Booking z:Id="i1"><Id>1</Id></Booking><Booking z:Id="i1"><Id>2</Id></Booking>"#)
        let both = Self.bothWays(bytes)
        #expect(both.itemByItem == both.whole)
        #expect(both.whole.contains("z:Id \"i1\" is used twice"), "\(both.whole)")
    }

    @Test("an i:nil list element, text in the list element and an empty list: as in the whole document")
    func listElementEdges() throws {
        for bytes in [
            Array(#"<ArrayOfBooking xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true"/>"#.utf8),
            Self.document("<Booking><Id>1</Id></Booking>text"),
            Self.document(""),
            Self.document("<Booking><Id>1</Id>"),
        ] {
            let itemByItem = Self.outcome { try Self.decoder(itemByItem: true).decode([Booking].self, from: bytes) }
            let whole = Self.outcome { try Self.decoder(itemByItem: false).decode([Booking].self, from: bytes) }
            #expect(itemByItem == whole, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(try Self.decoder(itemByItem: true).decode([Booking].self, from: Self.document("")) == [])
    }

    @Test("below the threshold a list is read whole: no item is decoded before a later syntax error")
    func thresholdRespected() {
        let bytes = Self.document("<Booking><Id>1</Id></Booking>", tail: "")
        let counter = Counter()
        var options = DataContractDecoder.Options()
        options.userInfo = [CountedBooking.counterKey: counter]
        #expect(options.itemByItemListBytes == 8 << 20)
        #expect(throws: DataContractXMLError.self) {
            try DataContractDecoder(options: options).decode([CountedBooking].self, from: bytes)
        }
        #expect(counter.value.withLock { $0 } == 0)
        options.itemByItemListBytes = bytes.count
        #expect(throws: DataContractXMLError.self) {
            try DataContractDecoder(options: options).decode([CountedBooking].self, from: bytes)
        }
        #expect(counter.value.withLock { $0 } == 1)
    }
}

/// The success path of `decode([T].self, from:)` above the threshold really is item by item:
/// each item is decoded while later bytes are still unread.
@Suite("Whole-document lists read item by item: streaming")
struct ItemByItemListStreamingTests {
    /// How far into the input the parser has read.
    private final class ReadPosition: Sendable {
        let value = Mutex(0)
    }

    /// Bytes that note the furthest index read.
    private struct WatchedBytes: Collection {
        let bytes: [UInt8]
        let position: ReadPosition
        var startIndex: Int { 0 }
        var endIndex: Int { bytes.count }
        func index(after i: Int) -> Int { i + 1 }
        subscript(i: Int) -> UInt8 {
            position.value.withLock { $0 = Swift.max($0, i + 1) }
            return bytes[i]
        }
    }

    /// Notes how far the input had been read when it was decoded.
    private struct Watched: Decodable {
        static let key = CodingUserInfoKey(rawValue: "position")!
        var id: Int
        var readWhenDecoded: Int
        enum CodingKeys: String, CodingKey { case id = "Id" }
        init(from decoder: any Decoder) throws {
            readWhenDecoded = (decoder.userInfo[Self.key] as? ReadPosition)?.value.withLock { $0 } ?? -1
            id = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .id)
        }
    }

    @Test("2,000 items in 3 pieces of 64 KiB: the first is decoded before the last piece is read; read whole, after")
    func firstItemBeforeTheEnd() throws {
        var text = #"<ArrayOfWatched xmlns="urn:w">"#
        for i in 0..<2_000 { text += "<Watched><Id>\(i)</Id><Pad>\(String(repeating: "p", count: 60))</Pad></Watched>" }
        text += "</ArrayOfWatched>"
        let bytes = Array(text.utf8)
        #expect(bytes.count > 2 * 65_536 && bytes.count < 8 << 20)
        for itemByItem in [true, false] {
            let position = ReadPosition()
            var options = DataContractDecoder.Options()
            options.itemByItemListBytes = itemByItem ? 0 : .max
            options.userInfo = [Watched.key: position]
            let items = try DataContractDecoder(options: options).decode(
                [Watched].self, from: WatchedBytes(bytes: bytes, position: position))
            #expect(items.map(\.id) == Array(0..<2_000))
            if itemByItem {
                #expect(items[0].readWhenDecoded <= 65_536, "read \(items[0].readWhenDecoded) of \(bytes.count) bytes")
            } else {
                #expect(items[0].readWhenDecoded == bytes.count)
            }
        }
    }
}
