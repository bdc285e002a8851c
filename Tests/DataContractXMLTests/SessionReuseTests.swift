import DataContractXML
import Foundation
import Testing

/// One decoder value reuses its name tables and caches from document to document
/// (SessionPool): each document must decode exactly as with a fresh decoder, also after a
/// document that failed, with other element names, or concurrently.
@Suite("Decoder reuse across documents")
struct SessionReuseTests {
    private struct Pair: Codable, Equatable {
        var a: Int
        var b: String?
        enum CodingKeys: String, CodingKey { case a = "A", b = "B" }
    }

    private static let documents: [String] = [
        "<Pair><A>1</A><B>one</B></Pair>",
        "<Pair><B>two</B><A>2</A></Pair>",  // other order: the remembered offsets miss
        "<Pair><A>x</A></Pair>",  // fails: not an integer
        "<Pair><Other>7</Other><A>3</A></Pair>",  // a new name after the failure
        "<Pair><A>4</A><B xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" i:nil=\"true\"/></Pair>",
        "<Pair><A>5</A><A>6</A></Pair>",  // the first of a repeated member wins
        "<Pair><A>7",  // not well-formed
        "<Pair><A>8</A><B>eight</B></Pair>",
    ]

    private static func describe(_ body: () throws -> Pair) -> String {
        do { return "\(try body())" } catch { return "error: \(error)" }
    }

    @Test("a reused decoder gives what a fresh decoder gives, document after document")
    func sameAsFresh() {
        let reused = DataContractDecoder()
        for round in 0..<3 {
            for document in Self.documents {
                let bytes = Array(document.utf8)
                let fresh = Self.describe { try DataContractDecoder().decode(Pair.self, from: bytes) }
                let again = Self.describe { try reused.decode(Pair.self, from: bytes) }
                #expect(again == fresh, "round \(round): \(document)")
            }
        }
        #expect(Self.describe { try reused.decode(Pair.self, from: Array(Self.documents[5].utf8)) } == "\(Pair(a: 5, b: nil))")
        #expect(Self.describe { try reused.decode(Pair.self, from: Array(Self.documents[2].utf8)) }.contains("line 1, column 7: <A>"))
    }

    /// Documents that end libxml2's parse in every way it can end (refusals, limits, bad bytes,
    /// another encoding, a restricted character read), each followed by well-formed ones: the
    /// kept libxml2 context and its name dictionary must not carry anything into the next.
    private static let parserEndings: [[UInt8]] = [
        Array("<Pair><A>1</A><B>one</B></Pair>".utf8),
        Array("<!DOCTYPE Pair [<!ENTITY e \"x\">]><Pair><A>1</A></Pair>".utf8),  // DOCTYPE refused
        Array("<Pair><A>2</A><B>&e;</B></Pair>".utf8),  // entity refused
        Array("<Pair><A>3</A><B>b&#x1;c&gt;</B></Pair>".utf8),  // restricted reference read
        Array("<Pair><A>4</A><B>".utf8) + [0xC3, 0x28] + Array("</B></Pair>".utf8),  // invalid UTF-8
        [0xFF, 0xFE] + Array("<Pair><A>5</A><B>utf16</B></Pair>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
        Array("<Pair><A>6</A><B><x><y><z><w/></z></y></x></B></Pair>".utf8),  // depth limit (4)
        Array("<Pair><A>7</A><B>seven</B></Pair><Pair/>".utf8),  // extra content
        Array("".utf8),  // no root element
        Array("<p:Pair xmlns:p=\"urn:p\"><p:A>8</p:A><p:B>p</p:B></p:Pair>".utf8),  // new names and prefix
        Array("<Pair><A>9</A><B>nine</B></Pair>".utf8),
    ]

    @Test(
        "a reused decoder gives what a fresh decoder gives after every way libxml2's parse can end",
        arguments: [nil, "utf-8", "iso-8859-1"] as [String?])
    func sameAsFreshAfterParserEndings(charset: String?) {
        var options = DataContractDecoder.Options()
        options.charset = charset
        options.limits.maxDepth = 4
        let reused = DataContractDecoder(options: options)
        var results: [String] = []
        for round in 0..<2 {
            for (index, bytes) in Self.parserEndings.enumerated() {
                let fresh = Self.describe { try DataContractDecoder(options: options).decode(Pair.self, from: bytes) }
                let again = Self.describe { try reused.decode(Pair.self, from: bytes) }
                #expect(again == fresh, "round \(round), document \(index)")
                let chunked = Self.describe {
                    try reused.decode(Pair.self, fromChunks: stride(from: 0, to: bytes.count, by: 3).map {
                        bytes[$0..<min($0 + 3, bytes.count)]
                    })
                }
                #expect(chunked == fresh, "round \(round), document \(index) in 3-byte chunks")
                if round == 0 { results.append(fresh) }
            }
        }
        // What the fresh decoder says is itself right (so the comparison compares something).
        #expect(results[0] == "\(Pair(a: 1, b: "one"))")
        #expect(results[1].contains("a DOCTYPE"))
        #expect(results[2].contains("entity"))
        if charset != "iso-8859-1" {
            #expect(results[3] == "\(Pair(a: 3, b: "b\u{1}c>"))")
            #expect(results[4].contains("encoding"))
            #expect(results[9] == "\(Pair(a: 8, b: "p"))")
        }
        #expect(results[5] == "\(Pair(a: 5, b: "utf16"))")
        #expect(results[6].contains("nest deeper than the limit of 4"))
        #expect(results[10] == "\(Pair(a: 9, b: "nine"))")
    }

    @Test("changing the options of a copy does not reuse a session made for other options")
    func optionsChange() throws {
        let lenient = DataContractDecoder()
        let bytes = Array("<Pair><A>1</A><Other/></Pair>".utf8)
        #expect(try lenient.decode(Pair.self, from: bytes) == Pair(a: 1, b: nil))
        var strict = lenient
        strict.options.unknownElements = .error
        #expect(throws: DecodingError.self) { try strict.decode(Pair.self, from: bytes) }
        #expect(try lenient.decode(Pair.self, from: bytes) == Pair(a: 1, b: nil))
    }

    @Test("one decoder used from several tasks at once decodes every document right")
    func concurrent() async {
        let decoder = DataContractDecoder()
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let bytes = Array("<Pair><A>\(index)</A><B>n\(index)</B></Pair>".utf8)
                    return (try? decoder.decode(Pair.self, from: bytes)) == Pair(a: index, b: "n\(index)")
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 })
    }

    /// A list document of `count` pairs, each `B` holding two- and three-byte characters, so
    /// that the 64 KiB pieces the parser hands libxml2 end inside characters and tags.
    private static func longList(_ count: Int, tag: String) -> [UInt8] {
        var text = #"<ArrayOfPair xmlns="urn:t">"#
        for index in 0..<count {
            text += "<Pair><A>\(index)</A><B>\(tag)é日\(index)</B></Pair>"
        }
        return Array((text + "</ArrayOfPair>").utf8)
    }

    @Test("a decoder kept over documents of several 64 KiB pieces gives every item, as a new decoder does")
    func longDocumentsReused() throws {
        let reused = DataContractDecoder()
        let long = Self.longList(6_000, tag: "x")  // 243,821 bytes: three 64 KiB pieces and a part
        let other = Self.longList(5_000, tag: "yz")  // other lengths: other cut points
        #expect(long.count > 3 * 65_536)
        let small = Array(#"<ArrayOfPair xmlns="urn:t"><Pair><A>1</A></Pair></ArrayOfPair>"#.utf8)
        let expectedLong = (0..<6_000).map { Pair(a: $0, b: "xé日\($0)") }
        let expectedOther = (0..<5_000).map { Pair(a: $0, b: "yzé日\($0)") }
        for round in 0..<3 {
            #expect(try reused.decode([Pair].self, from: long) == expectedLong, "round \(round)")
            #expect(try reused.decode([Pair].self, from: small) == [Pair(a: 1, b: nil)], "round \(round)")
            #expect(try reused.decode([Pair].self, from: other) == expectedOther, "round \(round)")
            let chunks = stride(from: 0, to: long.count, by: 40_000).map { long[$0..<min($0 + 40_000, long.count)] }
            #expect(try reused.decode([Pair].self, fromChunks: chunks) == expectedLong, "round \(round), chunked")
        }
        // A long document that fails near its end leaves nothing behind for the next one.
        var broken = long
        broken.removeLast("</ArrayOfPair>".utf8.count + 3)
        let freshError = Self.describeList { try DataContractDecoder().decode([Pair].self, from: broken) }
        #expect(freshError.hasPrefix("error:"))
        #expect(Self.describeList { try reused.decode([Pair].self, from: broken) } == freshError)
        #expect(try reused.decode([Pair].self, from: long) == expectedLong)
    }

    private static func describeList(_ body: () throws -> [Pair]) -> String {
        do { return "\(try body().count) items" } catch { return "error: \(error)" }
    }
}
