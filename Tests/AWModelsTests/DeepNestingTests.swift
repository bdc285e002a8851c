import AWModels
import Foundation
import Testing

/// Found by FuzzTesting's FuzzJSON (kept as FuzzTesting/Failures/FuzzJSON/crash-foundation-traps-on-513-open-arrays):
/// Foundation's `JSONDecoder` traps (SIGILL in `JSONError.SourceLocation.sourceLocation(at:fullSource:)`)
/// on 513 `[` that end the input, where its depth limit of 512 meets the end of the text. The
/// process would die; `ResponseDecoder` refuses the nesting itself, with `awkit check`'s error
/// (`JSONTree`: `json.too-deep` at the 513th `[`, column 513), before Foundation sees the bytes.
@Suite("JSON: nesting deeper than 512 is refused before Foundation sees it")
struct DeepNestingTests {
    /// Arrays of arrays, as deep as the document nests them.
    struct Nested: Decodable {
        var depth: Int
        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            var deepest = 0
            while !container.isAtEnd { deepest = max(deepest, try container.decode(Nested.self).depth) }
            depth = deepest + 1
        }
    }

    static func refusal(_ text: String) throws -> JSONSyntaxError {
        do {
            let value = try ResponseDecoder().decode(Nested.self, from: Data(text.utf8), format: .json)
            Issue.record("decoded, depth \(value.depth)")
            throw CancellationError()
        } catch let DecodingError.dataCorrupted(context) {
            return try #require(context.underlyingError as? JSONSyntaxError)
        }
    }

    @Test func fiveHundredThirteenOpenArraysAtTheEndAreTooDeepNotACrash() throws {
        let error = try Self.refusal(String(repeating: "[", count: 513))
        #expect(error.code == .tooDeep)
        #expect((error.line, error.column, error.offset) == (1, 513, 512))
        do throws(JSONSyntaxError) {
            _ = try JSONTree.parse(Data(String(repeating: "[", count: 513).utf8))
            Issue.record("JSONTree read it")
        } catch {
            #expect(error == (try Self.refusal(String(repeating: "[", count: 513))))
        }
    }

    @Test func closedArraysDeeperThan512AreTooDeepAtTheSamePlace() throws {
        let error = try Self.refusal(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        #expect(error.code == .tooDeep)
        #expect((error.line, error.column, error.offset) == (1, 513, 512))
    }

    @Test func objectsCountTowardTheDepthToo() throws {
        let error = try Self.refusal(String(repeating: #"{"a":["#, count: 257))
        #expect(error.code == .tooDeep)
    }

    @Test func fiveHundredTwelveLevelsStillDecode() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try ResponseDecoder().decode(Nested.self, from: Data(text.utf8), format: .json).depth == 512)
    }

    @Test func bracketsInsideStringsDoNotCount() throws {
        let text = "[\"" + String(repeating: "[", count: 600) + "\"]"
        let strings = try ResponseDecoder().decode([String].self, from: Data(text.utf8), format: .json)
        #expect(strings == [String(repeating: "[", count: 600)])
    }
}
