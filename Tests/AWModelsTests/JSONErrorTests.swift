import AWModels
import DataContractXML
import Foundation
import Testing

/// A small valid booking as JSON, to break in one place per test.
private let validBooking = """
    {"BookingID": 7, "Duration": 30, "Credits": 12.5, "Status": "Pending", "Method": 2,
     "CreateDate": "2020-05-01T10:00:00", "SessionDate": "2020-05-02T10:00:00",
     "AcceptBy": "2020-05-01T20:00:00", "LastUpdated": "2020-05-01T10:00:00",
     "Client": {"UserID": 42, "Nickname": "Caller", "Total": 3, "Positive": 2, "Neutral": 1,
                "Negative": 0, "Ratings": 3, "Disputes": 0}}
    """

private func decode(_ json: String) throws -> PhoneChat.ReceivedBooking {
    try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: Data(json.utf8), format: .json)
}

@Suite("JSON errors people can act on")
struct JSONErrorTests {
    @Test("a small valid booking decodes; absent optionals are nil")
    func valid() throws {
        let booking = try decode(validBooking)
        #expect(booking.credits == Decimal(string: "12.5"))
        #expect(booking.method == .clientCalls)
        #expect(booking.acceptedDate == nil)
    }

    @Test("missing required property: keyNotFound with its path")
    func missing() {
        let json = validBooking.replacingOccurrences(of: #""UserID": 42, "#, with: "")
        #expect { try decode(json) } throws: { error in
            guard case .keyNotFound(let key, let context) = error as? DecodingError else { return false }
            return key.stringValue == "UserID" && context.codingPath.map(\.stringValue) == ["Client"]
                && (error as! DecodingError).diagnosticDescription.hasPrefix("Client.UserID: required property missing")
                && context.debugDescription.contains("line 4, column 12")
        }
    }

    @Test("null in a non-optional: valueNotFound with its path and position")
    func nullValue() {
        let json = validBooking.replacingOccurrences(of: #""Duration": 30"#, with: #""Duration": null"#)
        #expect { try decode(json) } throws: { error in
            guard case .valueNotFound(_, let context) = error as? DecodingError else { return false }
            return context.codingPath.map(\.stringValue) == ["Duration"]
                && context.debugDescription.contains("line 1, column 30")
        }
    }

    @Test("string where a number belongs: typeMismatch naming Client.UserID")
    func typeMismatch() {
        let json = validBooking.replacingOccurrences(of: #""UserID": 42"#, with: #""UserID": "42""#)
        #expect { try decode(json) } throws: { error in
            guard let error = error as? DecodingError, case .typeMismatch = error else { return false }
            return error.diagnosticDescription.hasPrefix("Client.UserID: ")
                && error.diagnosticDescription.contains("line 4, column 23")
        }
    }

    @Test("a bad DateTime names its path and quotes the text")
    func badDate() {
        let json = validBooking.replacingOccurrences(of: "2020-05-02T10:00:00", with: "2020-05-32T10:00:00")
        #expect { try decode(json) } throws: { error in
            guard let error = error as? DecodingError, case .dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["SessionDate"]
                && context.debugDescription.contains("\"2020-05-32T10:00:00\" is not a valid DateTime: day 32")
        }
    }

    @Test("invalid JSON as the docs publish it: line and column of the first error", arguments: [
        // A missing comma between members.
        ("{\n  \"BookingID\": 1\n  \"Duration\": 15\n}", 3, 3, JSONSyntaxError.Code.unexpectedCharacter),
        // A raw line break inside a string.
        ("{\"Comments\": \"Hi,\nthere\"}", 1, 18, .controlCharacterInString),
        // Truncated.
        ("{\"BookingID\": 1,", 1, 17, .unexpectedEnd),
        // A trailing comma.
        ("[1, 2,]", 1, 7, .unexpectedCharacter),
        // Column counts characters, not bytes: "é" is two bytes.
        ("{\"Nick\": \"é\" x}", 1, 14, .unexpectedCharacter),
    ])
    func syntax(json: String, line: Int, column: Int, code: JSONSyntaxError.Code) {
        #expect { try decode(json) } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError,
                  let syntax = context.underlyingError as? JSONSyntaxError else { return false }
            return syntax.line == line && syntax.column == column && syntax.code == code
                && context.debugDescription.contains("line \(line), column \(column)")
        }
    }

    @Test("Json.NET's NaN and Infinity strings decode for floating-point members")
    func nonFinite() throws {
        struct Rates: Decodable { var a: Double; var b: Double; var c: Double }
        let rates = try ResponseDecoder().decode(
            Rates.self, from: Data(#"{"a":"NaN","b":"Infinity","c":"-Infinity"}"#.utf8), format: .json)
        #expect(rates.a.isNaN)
        #expect(rates.b == .infinity)
        #expect(rates.c == -.infinity)
    }
}

@Suite("Decimal through the JSON path")
struct JSONDecimalTests {
    struct Box: Codable, Equatable { var Credits: Decimal }

    @Test("exact values, never through Double", arguments: [
        "79228162514264337593543950335", "-79228162514264337593543950335", "0.1", "-0.5", "8.0000", "0.3",
    ])
    func exact(text: String) throws {
        let box = try ResponseDecoder().decode(Box.self, from: Data(#"{"Credits": \#(text)}"#.utf8), format: .json)
        #expect(box.Credits == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        // Encoding writes the same digits back (scale aside).
        let again = try ResponseDecoder().decode(Box.self, from: try JSONEncoder().encode(box), format: .json)
        #expect(again == box)
    }

    @Test("the 29-digit maximum survives a JSON round trip digit for digit")
    func maximum() throws {
        let box = try ResponseDecoder().decode(Box.self, from: Data(#"{"Credits":79228162514264337593543950335}"#.utf8), format: .json)
        #expect(String(decoding: try JSONEncoder().encode(box), as: UTF8.self) == #"{"Credits":79228162514264337593543950335}"#)
        // 0.1 + 0.2 is exactly 0.3 in Decimal, unlike Double.
        let sum = box.Credits - box.Credits + Decimal(string: "0.1")! + Decimal(string: "0.2")!
        #expect(sum == Decimal(string: "0.3")!)
    }
}

@Suite("JSON error positions in one-line documents")
struct OneLineJSONTests {
    struct Item: Decodable { var a: Int }

    @Test("a type error deep in a one-line array names its index and its column")
    func deepColumn() throws {
        // Json.NET writes a whole response on one line.
        let count = 50_000
        let json = "[" + String(repeating: #"{"a":1},"#, count: count) + #"{"a":"oops"}]"#
        let expectedColumn = 1 + 1 + count * 8 + 5  // "[", the items, then {"a":
        #expect { try ResponseDecoder().decode([Item].self, from: Data(json.utf8), format: .json) } throws: { error in
            guard let error = error as? DecodingError, case .typeMismatch = error else { return false }
            return describeCodingPath(error.fullCodingPath) == "[\(count)].a"
                && error.diagnosticDescription.contains("line 1, column \(expectedColumn)")
        }
    }
}
