import DataContractXML
import Foundation
import Testing

struct Item: Decodable, Equatable {
    var id: Int
    var name: String?
    enum CodingKeys: String, CodingKey { case id = "Id", name = "Name" }
}

func list(_ count: Int) -> [UInt8] {
    var s = #"<ArrayOfItem xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t">"#
    for i in 0..<count { s += "<Item><Id>\(i)</Id><Name>n\(i)</Name></Item>" }
    s += "</ArrayOfItem>"
    return Array(s.utf8)
}

struct ChunkStream: AsyncSequence {
    typealias Element = [UInt8]
    let chunks: [[UInt8]]
    struct AsyncIterator: AsyncIteratorProtocol {
        var rest: ArraySlice<[UInt8]>
        mutating func next() async -> [UInt8]? { rest.popFirst() }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(rest: chunks[...]) }
}

func chunked(_ bytes: [UInt8], size: Int) -> [[UInt8]] {
    stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
}

@Suite("streaming lists")
struct StreamingTests {
    @Test func callbackFormYields100000ItemsInOrder() throws {
        let bytes = list(100_000)
        var expected = 0
        try DataContractDecoder().decodeItems(of: Item.self, fromChunks: chunked(bytes, size: 65_536)) { item in
            #expect(item.id == expected)
            expected += 1
        }
        #expect(expected == 100_000)
    }

    @Test func pushReaderYieldsItemsAsTheirEndTagsArrive() throws {
        let reader = DataContractListReader(of: Item.self)
        let first = try reader.feed(Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item><Item><Id>2"#.utf8))
        #expect(first == [Item(id: 1)])
        let second = try reader.feed(Array("</Id></Item>".utf8))
        // libxml2 may hold back the last bytes until it sees more; nothing is lost at finish.
        let rest = try reader.feed(Array("<Item><Id>3</Id><Name>c</Name></Item></ArrayOfItem>".utf8)) + (try reader.finish())
        #expect(second + rest == [Item(id: 2), Item(id: 3, name: "c")])
        #expect(reader.itemCount == 3)
    }

    @Test func asyncSequenceYieldsEveryItemInOrder() async throws {
        let stream = DataContractDecoder().items(of: Item.self, from: ChunkStream(chunks: chunked(list(1_000), size: 777)))
        var ids: [Int] = []
        for try await item in stream { ids.append(item.id) }
        #expect(ids == Array(0..<1_000))
    }

    @Test func streamedItemsMatchWholeDocumentDecodingAtEverySplitPoint() throws {
        let bytes = list(3)
        let whole = try DataContractDecoder().decode([Item].self, from: bytes)
        for split in 0...bytes.count {
            let reader = DataContractListReader(of: Item.self)
            let items = try reader.feed(bytes[..<split]) + reader.feed(bytes[split...]) + reader.finish()
            #expect(items == whole, "split at \(split)")
        }
    }

    @Test func anItemErrorCarriesTheItemIndexInItsCodingPath() throws {
        let bytes = Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item><Item><Id>x</Id></Item></ArrayOfItem>"#.utf8)
        var seen: [Item] = []
        let error = try #require(throws: DecodingError.self) {
            try DataContractDecoder().decodeItems(of: Item.self, from: bytes) { seen.append($0) }
        }
        #expect(seen == [Item(id: 1)])
        #expect(pathOf(error) == ["1", "Id"])
    }

    @Test func nilItemsAndANilListAreReported() throws {
        let bytes = Array(#"<ArrayOfItem xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t"><Item i:nil="true"/><Item><Id>2</Id></Item></ArrayOfItem>"#.utf8)
        var items: [Item?] = []
        try DataContractDecoder().decodeItems(of: Item?.self, from: bytes) { items.append($0) }
        #expect(items == [nil, Item(id: 2)])
        let reader = DataContractListReader(of: Item.self)
        let none = try reader.feed(Array(#"<ArrayOfItem xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true"/>"#.utf8)) + reader.finish()
        #expect(none.isEmpty && reader.isNil)
    }

    @Test func malformedStreamFailsAfterTheGoodItemsAndStaysFailed() throws {
        let reader = DataContractListReader(of: Item.self)
        let good = try reader.feed(Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item>"#.utf8))
        #expect(good == [Item(id: 1)])
        #expect(throws: DataContractXMLError.self) { try reader.feed(Array("<Item><Id>2</Item>".utf8)) }
        #expect(throws: DataContractXMLError.self) { try reader.finish() }
        #expect(throws: DataContractXMLError.self) { try reader.feed([0x20]) }
    }

    @Test func handlerErrorStopsParsing() throws {
        struct Stop: Error {}
        var count = 0
        #expect(throws: Stop.self) {
            try DataContractDecoder().decodeItems(of: Item.self, from: list(10)) { _ in
                count += 1
                if count == 3 { throw Stop() }
            }
        }
        #expect(count == 3)
    }

    @Test func wholeDocumentFromAnAsyncChunkSequence() async throws {
        let items = try await DataContractDecoder().decode([Item].self, fromChunks: ChunkStream(chunks: chunked(list(50), size: 10)))
        #expect(items.count == 50 && items.last == Item(id: 49, name: "n49"))
    }
}

/// `DataContractListReader` keeps the items a throwing call completed before its error
/// (FuzzTesting/Failures/FuzzXMLStreaming/crash-listreader-items-before-error).
@Suite("list reader: items before an error")
struct ListReaderItemsBeforeErrorTests {
    static let bytes = Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item><Item><Id>2</Id></Item><Item><Id>x</Id></Item></ArrayOfItem>"#.utf8)

    @Test("a feed that throws leaves the items it completed for takeItemsBeforeError")
    func feedThatThrows() throws {
        let reader = DataContractListReader(of: Item.self)
        let error = try #require(throws: DecodingError.self) { _ = try reader.feed(Self.bytes) }
        #expect(reader.takeItemsBeforeError() == [Item(id: 1), Item(id: 2)])
        #expect(reader.takeItemsBeforeError().isEmpty)
        var decoded: [Item] = []
        let whole = try #require(throws: DecodingError.self) {
            try DataContractDecoder().decodeItems(of: Item.self, from: Self.bytes) { decoded.append($0) }
        }
        #expect(decoded == [Item(id: 1), Item(id: 2)])
        #expect(pathOf(error) == pathOf(whole))
    }

    @Test("a finish that throws leaves the items the end of the document completed")
    func finishThatThrows() throws {
        // The last item's end tag and the bad byte arrive together; libxml2 reads them at finish.
        let reader = DataContractListReader(of: Item.self)
        let bytes = Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item><Item><Id>2</Id></Item"#.utf8)
        let fed = try reader.feed(bytes)
        _ = try #require(throws: DataContractXMLError.self) { try reader.finish() }
        #expect(fed + reader.takeItemsBeforeError() == [Item(id: 1)])
    }

    @Test("the item sequence yields the items before the error, then throws it")
    func asyncSequence() async throws {
        var ids: [Int] = []
        await #expect(throws: DecodingError.self) {
            for try await item in DataContractDecoder().items(of: Item.self, from: ChunkStream(chunks: [Self.bytes])) {
                ids.append(item.id)
            }
        }
        #expect(ids == [1, 2])
    }
}
