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
}
