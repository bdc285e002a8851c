import DataContractXML
import Foundation
import Testing

@Suite("DateTime lexical form")
struct DateTimeTests {
    @Test("the API's sample value keeps fields, ticks and kind", arguments: [
        ("2018-01-20T12:34:56.789", 2018, 1, 20, 12, 34, 56, 7_890_000),
        ("2018-01-22T21:30:00", 2018, 1, 22, 21, 30, 0, 0),
        ("2024-03-05T14:07:09.1234567", 2024, 3, 5, 14, 7, 9, 1_234_567),
        ("2024-02-29T23:59:59.5", 2024, 2, 29, 23, 59, 59, 5_000_000),
    ])
    func fields(text: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, ticks: Int) throws {
        let value = try DateTime(parsing: text)
        #expect(value.year == year)
        #expect(value.month == month)
        #expect(value.day == day)
        #expect(value.hour == hour)
        #expect(value.minute == minute)
        #expect(value.second == second)
        #expect(value.ticks == ticks)
        #expect(value.kind == .unspecified)
    }

    @Test("every fraction length 0 to 7 round-trips its text", arguments: [
        "2018-01-20T12:34:56", "2018-01-20T12:34:56.7", "2018-01-20T12:34:56.78",
        "2018-01-20T12:34:56.789", "2018-01-20T12:34:56.7890", "2018-01-20T12:34:56.00001",
        "2018-01-20T12:34:56.000001", "2018-01-20T12:34:56.0000001",
    ])
    func fractionRoundTrip(text: String) throws {
        #expect(try DateTime(parsing: text).description == text)
    }

    @Test("a trailing fraction zero is kept in the text but not in equality")
    func trailingZero() throws {
        let three = try DateTime(parsing: "2018-01-20T12:34:56.789")
        let four = try DateTime(parsing: "2018-01-20T12:34:56.7890")
        #expect(three == four)
        #expect(three.hashValue == four.hashValue)
        #expect(four.description == "2018-01-20T12:34:56.7890")
    }

    @Test("Z, +hh:mm, -hh:mm and -00:00 keep their kind and text", arguments: [
        ("2024-03-05T14:07:09.5Z", DateTime.Kind.utc),
        ("2024-03-05T14:07:09+01:00", .offset(minutes: 60)),
        ("2024-03-05T14:07:09.1234567-05:30", .offset(minutes: -330)),
        ("2024-03-05T14:07:09+14:00", .offset(minutes: 840)),
        ("2024-03-05T14:07:09-00:00", .offset(minutes: 0)),
    ])
    func kinds(text: String, kind: DateTime.Kind) throws {
        let value = try DateTime(parsing: text)
        #expect(value.kind == kind)
        #expect(value.description == text)
    }

    @Test(".NET's DateTime.MinValue, used by the API for never")
    func minValue() throws {
        let value = try DateTime(parsing: "0001-01-01T00:00:00")
        #expect(value == DateTime.minValue)
        #expect(value.description == "0001-01-01T00:00:00")
        #expect(value.date(in: TimeZone(identifier: "UTC")!).timeIntervalSince1970 == -62_135_596_800)
    }

    @Test("invalid texts are refused with a message quoting the text", arguments: [
        ("2018-13-01T00:00:00", "month 13"),
        ("2018-02-30T00:00:00", "day 30"),
        ("2019-02-29T00:00:00", "day 29"),
        ("2018-01-01T24:00:00", "hour 24"),
        ("2018-01-01T00:60:00", "minute 60"),
        ("2018-01-01T00:00:00.12345678", "more than 7 fraction digits"),
        ("2018-01-01T00:00", "seconds"),
        ("2018-01-01T00:00:00abc", "found \"a\""),
        ("2018-01-01T00:00:00Zx", "unexpected characters"),
        ("2018-01-01T00:00:00.", "fraction digits"),
        ("2018-01-01 00:00:00", "\"T\""),
        ("0000-01-01T00:00:00", "year 0"),
        ("2018-01-01T00:00:00+15:00", "offset"),
        ("2018-01-01T00:00:00+01", "\":\""),
        ("", "year"),
    ])
    func invalid(text: String, reasonFragment: String) {
        #expect {
            try DateTime(parsing: text)
        } throws: { error in
            let error = try #require(error as? LexicalFormError)
            return error.description.hasPrefix("\"\(text)\" is not a valid DateTime: ")
                && error.reason.contains(reasonFragment)
        }
    }

    @Test("unspecified values need a time zone; UTC and offset values are instants")
    func dates() throws {
        let wall = try DateTime(parsing: "2018-01-22T21:30:00")
        #expect(wall.date == nil)
        #expect(wall.date(in: TimeZone(identifier: "UTC")!).timeIntervalSince1970 == 1_516_656_600)
        // London is UTC+0 in January, Paris UTC+1.
        #expect(wall.date(in: TimeZone(identifier: "Europe/Paris")!).timeIntervalSince1970 == 1_516_656_600 - 3_600)
        let utc = try DateTime(parsing: "2018-01-22T21:30:00.5Z")
        #expect(utc.date?.timeIntervalSince1970 == 1_516_656_600.5)
        let offset = try DateTime(parsing: "2018-01-22T23:30:00+02:00")
        #expect(offset.date?.timeIntervalSince1970 == 1_516_656_600)
        // The designator wins over the zone given.
        #expect(offset.date(in: TimeZone(identifier: "Asia/Tokyo")!).timeIntervalSince1970 == 1_516_656_600)
    }

    @Test("a wall-clock time in a daylight-saving gap moves forward, a repeated one reads as the first")
    func daylightSaving() throws {
        let paris = TimeZone(identifier: "Europe/Paris")!
        // 2018-03-25 02:30 does not exist in Paris (clocks go 02:00 → 03:00 at 01:00Z).
        let gap = try DateTime(parsing: "2018-03-25T02:30:00").date(in: paris)
        #expect(gap.timeIntervalSince1970 == 1_521_941_400)  // 01:30Z = 03:30 CEST
        // 2018-10-28 02:30 happens twice (CEST at 00:30Z, then CET at 01:30Z).
        let twice = try DateTime(parsing: "2018-10-28T02:30:00").date(in: paris)
        #expect(twice.timeIntervalSince1970 == 1_540_686_600)  // 00:30Z
    }

    @Test("ordering follows the wall-clock fields, then the tick")
    func ordering() throws {
        let values = try ["2018-01-20T12:34:56.789", "0001-01-01T00:00:00", "2018-01-20T12:34:56.7891",
                          "2018-01-20T12:34:56"].map(DateTime.init(parsing:))
        #expect(values.sorted().map(\.description) == [
            "0001-01-01T00:00:00", "2018-01-20T12:34:56", "2018-01-20T12:34:56.789", "2018-01-20T12:34:56.7891",
        ])
    }

    @Test("made from fields, the text is what .NET writes")
    func fromFields() throws {
        let value = try DateTime(year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 9, ticks: 5_000_000, kind: .utc)
        #expect(value.description == "2024-03-05T14:07:09.5Z")
        #expect(throws: LexicalFormError.self) {
            try DateTime(year: 2023, month: 2, day: 29)
        }
    }

    @Test("Codable as a single string, exact text both ways")
    func codable() throws {
        struct Box: Codable { var at: DateTime }
        let box = try JSONDecoder().decode(Box.self, from: Data(#"{"at":"2018-01-20T12:34:56.7890"}"#.utf8))
        #expect(box.at.ticks == 7_890_000)
        let json = String(decoding: try JSONEncoder().encode(box), as: UTF8.self)
        #expect(json == #"{"at":"2018-01-20T12:34:56.7890"}"#)
        #expect {
            try JSONDecoder().decode(Box.self, from: Data(#"{"at":"2018-13-20T12:34:56"}"#.utf8))
        } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError else { return false }
            return context.codingPath.map(\.stringValue) == ["at"]
                && context.debugDescription.contains("\"2018-13-20T12:34:56\"")
                && context.underlyingError is LexicalFormError
        }
    }
}
