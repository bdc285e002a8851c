import AWModels
import Foundation
import Testing

/// The value types the generated models use for the API's documented types.
@Suite struct APIValueTests {
    private struct Holder<Value: Codable & Equatable>: Codable, Equatable {
        var value: Value
    }

    private func decode<Value: Codable & Equatable>(_ type: Value.Type, json: String) throws -> Value {
        try JSONDecoder().decode(Holder<Value>.self, from: Data(#"{"value": \#(json)}"#.utf8)).value
    }

    @Test func aDateIsADateTimeAtMidnightOrABareDayAndKeepsItsText() throws {
        let midnight = try decode(DateOnly.self, json: #""2018-01-22T00:00:00""#)
        let bare = try decode(DateOnly.self, json: #""2018-01-22""#)
        #expect(midnight == bare)
        #expect(midnight.text == "2018-01-22T00:00:00")
        #expect(bare.description == "2018-01-22")
        #expect((midnight.year, midnight.month, midnight.day) == (2018, 1, 22))
        let encoded = try JSONEncoder().encode(Holder(value: midnight))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"value":"2018-01-22T00:00:00"}"#)
    }

    @Test(arguments: [#""2018-01-22T10:00:00""#, #""2018-02-30""#, #""22-01-2018""#, #""2018-01-22T00:00:00Z""#, "7"])
    func whatIsNoDateIsRefused(json: String) {
        #expect(throws: DecodingError.self) { _ = try decode(DateOnly.self, json: json) }
    }

    @Test func commaSeparatedIntegersReadAndWriteTheWireText() throws {
        let ids = try decode(CommaSeparatedIntegers.self, json: #"" 1, 2,3 ""#)
        #expect(ids.values == [1, 2, 3])
        #expect(ids.description == "1,2,3")
        #expect(try decode(CommaSeparatedIntegers.self, json: #""""#).values == [])
        #expect(throws: DecodingError.self) { _ = try decode(CommaSeparatedIntegers.self, json: #""1,,2""#) }
        #expect(throws: DecodingError.self) { _ = try decode(CommaSeparatedIntegers.self, json: #""1,x""#) }
        #expect(throws: DecodingError.self) { _ = try decode(CommaSeparatedIntegers.self, json: #""99999999999""#) }
    }

    @Test func documentedFormatsReadAsAPersonReadsThem() throws {
        let dateTime = try DateTime(year: 2018, month: 1, day: 2, hour: 21, minute: 5)
        #expect(DocumentedDateFormat("dd-MM-YYYY")?.string(from: dateTime) == "02-01-2018")
        #expect(DocumentedDateFormat("yyyy-mm-dd")?.string(from: dateTime) == "2018-01-02")
        #expect(DocumentedDateFormat("YYYY-MM-DD HH:MM")?.string(from: dateTime) == "2018-01-02 21:05")
        #expect(DocumentedDateFormat("YYYY-MM-dd HH:mm")?.string(from: dateTime) == "2018-01-02 21:05")
        #expect(DocumentedDateFormat("dd-MM-YYYY")?.dateTime(from: "02-01-2018") == (try DateTime(year: 2018, month: 1, day: 2)))
        #expect(DocumentedDateFormat("dd-MM-YYYY")?.dateTime(from: "31-02-2018") == nil)
        #expect(DocumentedDateFormat("dd-MM-YYYY")?.dateTime(from: "2018-01-02") == nil)
        // Letters the pattern language does not know: not a format.
        #expect(DocumentedDateFormat("dd-MMM-yyyy") == nil)
        #expect(DocumentedDateFormat("yy-MM-dd") == nil)
    }

    @Test func anEmptyResponseIsRefusedABody() throws {
        #expect(try ResponseDecoder().decode(EmptyResponse.self, from: Data(" \n".utf8)) == EmptyResponse())
        #expect {
            _ = try ResponseDecoder().decode(EmptyResponse.self, from: Data("<x/>".utf8))
        } throws: { error in
            (error as? ResponseDecodingError)?.code == .unexpectedBody
        }
    }

    @Test func anUndocumentedResponseKeepsTheBytesOfWellFormedXML() throws {
        let body = Data(#"<Thing xmlns="urn:x"><A>1</A></Thing>"#.utf8)
        let kept = try ResponseDecoder().decode(UndocumentedResponse.self, from: body)
        #expect(kept.body == body)
        #expect(kept.format == .xml)
        #expect(throws: DataContractXMLError.self) {
            _ = try ResponseDecoder().decode(UndocumentedResponse.self, from: Data("<Thing><A></Thing>".utf8))
        }
    }
}
