import AWConformance
import AWModels
import Foundation
import Testing
import Yams

/// What Schemathesis found the document said differently from Web API and the stand-in: the
/// error answers, the calendar in date patterns, decimal's range, null in requests.
@Suite("OpenAPI export: Schemathesis findings")
struct OpenAPIExportSchemathesisTests {
    /// The 3.1 document of the built-in catalog as JSON, made once.
    static let json: Result<Data, any Error> = Result {
        var options = OpenAPIExportOptions()
        options.format = .json
        return try OpenAPIExporter(options: options).export(BuiltInSchemas.load())
    }

    /// The document as a plain tree.
    static var tree: Result<[String: Any], any Error> {
        Result { try JSONSerialization.jsonObject(with: json.get()) as? [String: Any] ?? [:] }
    }

    static func operation(_ path: String, _ method: String) throws -> [String: Any] {
        let paths = try tree.get()["paths"] as? [String: Any]
        return try #require((paths?[path] as? [String: Any])?[method] as? [String: Any])
    }

    static func bodyProperty(_ path: String, _ name: String) throws -> [String: Any] {
        let operation = try operation(path, "post")
        let content = ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any]
        let properties = (content?["schema"] as? [String: Any])?["properties"] as? [String: Any]
        return try #require(properties?[name] as? [String: Any])
    }

    @Test("error answers: 400/401/403/404 for AcceptReceivedBooking, only 401 for VerifyCredentials, with Web API's error body")
    func errorAnswers() throws {
        let accept = try #require(Self.operation("/v1/PhoneChat/AcceptReceivedBooking", "post")["responses"] as? [String: Any])
        #expect(Set(accept.keys) == ["200", "400", "401", "403", "404", "default"])
        let verify = try #require(Self.operation("/v1/account/verifyCredentials", "get")["responses"] as? [String: Any])
        #expect(Set(verify.keys) == ["200", "401", "default"])
        let components = (try Self.tree.get()["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let error = try #require(components?["WebAPIError"] as? [String: Any])
        #expect((error["properties"] as? [String: Any])?.keys.sorted() == ["Message", "ModelState"])
    }

    @Test("a documented date format's pattern takes exactly the days DocumentedDateFormat reads")
    func calendarPattern() throws {
        let property = try Self.bodyProperty("/v1/DirectCam/ScheduleShow", "ScheduledDate")
        let pattern = try #require(property["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        let format = try #require(DocumentedDateFormat("YYYY-MM-dd HH:mm"))
        let samples = [
            ("2024-02-29 23:59", true), ("2000-02-29 00:00", true), ("2023-02-29 10:00", false), ("1900-02-29 10:00", false),
            ("0000-01-01 00:00", false), ("0001-01-01 00:00", true), ("2024-04-31 10:00", false), ("2024-12-31 10:00", true),
            ("2024-01-01 24:00", false), ("2024-13-01 10:00", false), ("2024-00-10 10:00", false),
        ]
        for (text, valid) in samples {
            let matches = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(matches == valid, "\(text)")
            #expect((format.dateTime(from: text) != nil) == valid, "\(text)")
        }
    }

    @Test("a decimal is bounded by .NET decimal's range, exclusive of 2^96")
    func decimalRange() throws {
        let credits = try Self.bodyProperty("/v1/PhoneChat/AcceptReceivedBooking", "Credits")
        #expect(credits["exclusiveMaximum"] as? Double == 0x1p96)
        // Foundation's JSONSerialization (Linux) reads the negative literal a few ulps off; the
        // text is -7.922816251426434e+28, -2^96.
        let minimum = try #require(credits["exclusiveMinimum"] as? Double)
        #expect(abs(minimum + 0x1p96) < 0x1p50)
    }

    @Test("in a request, an optional string takes null (Json.NET sets it), an optional integer does not")
    func requestNulls() throws {
        let reason = try Self.bodyProperty("/v1/Email/BlockedSendersAdd", "Reason")
        #expect(reason["type"] as? [String] == ["string", "null"])
        let reply = try Self.bodyProperty("/v1/Email/Send", "ReplyToEmailID")
        #expect(reply["type"] as? String == "integer")
    }

    /// Found by Schemathesis: the document and the stand-in's validator allowed 64-bit items, the
    /// model (`CommaSeparatedIntegers`, which the stand-in decodes with) reads 32-bit ones, so
    /// `009223372036854775807` passed validation and was then refused.
    @Test("comma-separated integers: each item a 32-bit integer, in the document, awkit check and the model alike")
    func commaSeparatedIntegers() throws {
        let regex = try NSRegularExpression(pattern: OpenAPIExporterPatterns.commaSeparatedIntegers)
        for (text, valid) in [("1,2,3", true), ("", true), ("-2147483648,2147483647", true), ("007", true),
                              ("002147483647", true), ("2147483648", false), ("-2147483649", false),
                              ("009223372036854775807", false), ("1,,2", false), ("1;2", false)] {
            #expect((regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil) == valid, "\(text)")
            #expect((CommaSeparatedIntegers(parsing: text) != nil) == valid, "model: \(text)")
            let problem = ScalarForm.problem(text: text, kind: .string, type: .commaSeparatedIntegers)
            #expect((problem == nil) == valid, "awkit check: \(text): \(problem ?? "")")
        }
    }
}

/// The comma-separated-integers pattern as the document writes it (read from Webcam/GetUserBookingRequirements).
private enum OpenAPIExporterPatterns {
    static var commaSeparatedIntegers: String {
        let operation = try? OpenAPIExportSchemathesisTests.operation("/v1/WebCam/GetUserBookingRequirements", "get")
        let parameters = operation?["parameters"] as? [[String: Any]] ?? []
        return (parameters.first { $0["name"] as? String == "BookUserIDs" }?["schema"] as? [String: Any])?["pattern"] as? String ?? "^$"
    }
}
