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

/// Found by FuzzJSON (FuzzTesting/Failures/FuzzJSON/crash-nul-in-string): Foundation reads a raw
/// U+0000 inside a string; RFC 8259 §7 requires every character below U+0020 to be escaped, and
/// the checker refuses it. `ResponseDecoder` now refuses it at the same position.
@Suite("JSON: a raw control character in a string is a syntax error, as in the checker")
struct RawControlCharacterTests {
    @Test("U+0000 inside a string is refused where it stands")
    func nul() throws {
        let data = Data("{\"a\":\"x\u{0}y\"}".utf8)
        #expect {
            try ResponseDecoder().decode([String: String].self, from: data, format: .json)
        } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError,
                let syntax = context.underlyingError as? JSONSyntaxError
            else { return false }
            return syntax.code == .controlCharacterInString && syntax.line == 1 && syntax.column == 8
        }
    }

    @Test("an escaped control character still decodes")
    func escaped() throws {
        let decoded = try ResponseDecoder().decode([String: String].self, from: Data(#"{"a":"x\u0000y\n"}"#.utf8), format: .json)
        #expect(decoded == ["a": "x\u{0}y\n"])
    }
}

/// Found by FuzzJSON (FuzzTesting/Failures/FuzzJSON/crash-leading-zero, crash-two-exponents):
/// Foundation reads `07` and `1e40123456e40123456789`;
/// RFC 8259 §6 allows no leading zero (an exponent's digits may have them), and the checker
/// refuses it. `ResponseDecoder` now refuses it at the same position.
@Suite("JSON: a leading zero is a syntax error, as in the checker")
struct LeadingZeroTests {
    @Test("07, -07 and 1e4e4 are refused; 0.07, 1e07 and 10 decode")
    func leadingZero() throws {
        for text in ["[07]", "[-07]", "[1e4e4]"] {
            #expect {
                try ResponseDecoder().decode([Int].self, from: Data(text.utf8), format: .json)
            } throws: { error in
                guard case .dataCorrupted(let context) = error as? DecodingError,
                    let syntax = context.underlyingError as? JSONSyntaxError
                else { return false }
                return (syntax.code == .invalidNumber || syntax.code == .unexpectedCharacter) && syntax.line == 1
            }
        }
        let decoded = try ResponseDecoder().decode([Decimal].self, from: Data("[0.07, 1e07, 10, 1E+01]".utf8), format: .json)
        #expect(decoded == [Decimal(string: "0.07")!, 10_000_000, 10, 10])
    }
}

/// Found by FuzzJSON (FuzzTesting/Failures/FuzzJSON/crash-invalid-utf8-in-string): Foundation
/// decoded a string holding bytes that are not UTF-8 (RFC 8259 §8.1 requires UTF-8); the checker
/// refuses it. `ResponseDecoder` now refuses it, naming the string.
@Suite("JSON: invalid UTF-8 in a string is an error, as in the checker")
struct InvalidUTF8StringTests {
    @Test("a lone continuation byte inside a string is refused; valid UTF-8 decodes")
    func invalid() throws {
        let bad = Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x78, 0xBE, 0x22, 0x7D])  // {"a":"x\xBE"}
        #expect {
            try ResponseDecoder().decode([String: String].self, from: bad, format: .json)
        } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError,
                let syntax = context.underlyingError as? JSONSyntaxError
            else { return false }
            return syntax.code == .invalidUTF8 && syntax.line == 1
        }
        let good = try ResponseDecoder().decode([String: String].self, from: Data(#"{"a":"½ Hour"}"#.utf8), format: .json)
        #expect(good == ["a": "½ Hour"])
    }
}
