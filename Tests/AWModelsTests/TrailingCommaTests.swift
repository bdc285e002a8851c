import AWModels
import Foundation
import Testing

/// Found by FuzzTesting's FuzzJSON (kept as FuzzTesting/Failures/FuzzJSON/crash-trailing-comma-array):
/// Foundation's `JSONDecoder` reads a comma before `]` or `}`, which RFC 8259 §5 and §4 do not
/// allow (a value, or a member, must follow every comma) and which `awkit check`'s parser
/// refuses; `ResponseDecoder` now refuses it the same way, at the same position.
@Suite("JSON: a trailing comma is a syntax error, as in the checker")
struct TrailingCommaTests {
    private func syntaxError(_ json: String) -> JSONSyntaxError? {
        do {
            _ = try ResponseDecoder().decode([String: [Int]].self, from: Data(json.utf8), format: .json)
            return nil
        } catch let DecodingError.dataCorrupted(context) {
            return context.underlyingError as? JSONSyntaxError
        } catch {
            return nil
        }
    }

    @Test("a comma before ] is refused at the ]")
    func array() throws {
        let error = try #require(syntaxError(#"{"a":[1,]}"#))
        #expect(error.code == .unexpectedCharacter)
        #expect((error.line, error.column, error.offset) == (1, 9, 8))
    }

    @Test("a comma before } is refused at the }, after white space and a line break")
    func object() throws {
        let error = try #require(syntaxError("{\"a\":[1],\n  }"))
        #expect((error.line, error.column) == (2, 3))
    }

    @Test("commas and brackets inside strings, escaped quotes included, are text")
    func insideStrings() throws {
        let decoded = try ResponseDecoder().decode(
            [String: String].self, from: Data(#"{"a":",]", "b":"\",}"}"#.utf8), format: .json)
        #expect(decoded == ["a": ",]", "b": "\",}"])
    }

    @Test("UTF-16 text is judged by the checker's parser too")
    func utf16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in #"{"a":[1,]}"#.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(throws: DecodingError.self) {
            try ResponseDecoder().decode([String: [Int]].self, from: Data(bytes), format: .json)
        }
    }
}
