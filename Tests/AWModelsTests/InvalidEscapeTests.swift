import AWModels
import Foundation
import Testing

/// Found by FuzzTesting's FuzzJSON (kept as FuzzTesting/Failures/FuzzJSON/crash-invalid-escape-dropped):
/// Foundation's `JSONDecoder` reads `"a\Xb"` as `"aXb"`, dropping the backslash of an escape JSON
/// does not have (RFC 8259 §7 allows only `\" \\ \/ \b \f \n \r \t \uXXXX`); `ResponseDecoder`
/// refuses it where it stands, as `awkit check` does.
@Suite("JSON: an escape JSON does not have is a syntax error, not a dropped backslash")
struct InvalidEscapeTests {
    @Test func anInvalidEscapeIsRefusedAtItsPosition() throws {
        do {
            let value = try ResponseDecoder().decode([String: String].self, from: Data(#"{"a": "x\Xy"}"#.utf8), format: .json)
            Issue.record("decoded as \(value)")
        } catch let DecodingError.dataCorrupted(context) {
            let error = try #require(context.underlyingError as? JSONSyntaxError)
            #expect(error.code == .invalidEscape)
            #expect((error.line, error.column) == (1, 10))  // the `X` after the backslash, as `awkit check` says
        }
    }

    @Test func everyEscapeJSONHasStillReads() throws {
        let value = try ResponseDecoder().decode(
            [String: String].self, from: Data(#"{"a": "\"\\\/\b\f\n\r\t\u00e9"}"#.utf8), format: .json)
        #expect(value["a"] == "\"\\/\u{8}\u{C}\n\r\té")
    }
}
