import AWSandbox
import Foundation
import Testing

/// What Schemathesis found the stand-in's validation and authentication did differently from Web
/// API (Json.NET and its model binding, checked through Mono), each as a request.
@Suite("Stand-in: Schemathesis findings")
struct SchemathesisFindingsTests {
    @Test("null for an optional integer is refused as Json.NET refuses it; null for an optional string is not")
    func nullForValueTypes() async throws {
        try await Sandbox.with { port, _ in
            let integer = try await Sandbox.send(
                port: port, path: "/v1/Email/Send",
                body: #"{"RecipientUserID":5,"ReplyToEmailID":null,"Subject":"Hi","Body":"Hello"}"#)
            #expect(integer.status == 400)
            #expect(integer.text.contains(#""request.ReplyToEmailID":["Error converting value {null} to type 'System.Int32'. Path 'ReplyToEmailID'."]"#))
            let string = try await Sandbox.send(
                port: port, path: "/v1/Email/BlockedSendersAdd",
                body: #"{"OtherUserID":123457,"Reason":null,"BlockBookings":false,"BlockDirectChat":false,"BlockSales":false}"#)
            #expect(string.status != 400)
        }
    }

    @Test("an object where the page has a list is refused, and list items are checked member by member")
    func listShapes() async throws {
        try await Sandbox.with { port, _ in
            let object = try await Sandbox.send(port: port, method: "PUT", path: "/v1/Pictures/UpdatePricePlans", body: #"{"PricePlans":{}}"#)
            #expect(object.status == 400)
            #expect(object.text.contains(#""request.PricePlans":["Cannot deserialize the current JSON object"#))
            let item = try await Sandbox.send(
                port: port, method: "PUT", path: "/v1/Pictures/UpdatePricePlans",
                body: #"{"PricePlans":[{"PricePlanID":1,"DurationID":1,"Price":1.2},{"PricePlanID":2,"DurationID":2,"Price":"two"}]}"#)
            #expect(item.status == 400)
            #expect(item.text.contains(#""request.PricePlans[1].Price""#))
            #expect(!item.text.contains("PricePlans[0]"))
        }
    }

    @Test("a query-string decimal with an exponent is read as DecimalConverter reads it; beyond decimal's range it is refused")
    func decimals() async throws {
        try await Sandbox.with { port, _ in
            let exponent = try await RequestValidationTests.get(port, "/v1/search/searchPictures?MinGalleryPrice=-6.3962759850049176e%2B16")
            #expect(exponent.status != 400)
            let overflow = try await RequestValidationTests.get(port, "/v1/search/searchPictures?MaxGalleryPrice=8.24559109448856e%2B265")
            #expect(overflow.status == 400)
            #expect(overflow.text.contains("beyond the range of a .NET decimal"))
            let maximum = try await RequestValidationTests.get(port, "/v1/search/searchPictures?MaxGalleryPrice=79228162514264337593543950335")
            #expect(maximum.status != 400)
            let above = try await RequestValidationTests.get(port, "/v1/search/searchPictures?MaxGalleryPrice=79228162514264337593543950336")
            #expect(above.status == 400)
        }
    }

    @Test("a time in the page's HH:mm format: an empty string is refused")
    func timeFormat() async throws {
        try await Sandbox.with { port, _ in
            let answer = try await Sandbox.send(
                port: port, path: "/v1/Bookings/CreateBooking",
                body: """
                    {"BookUserID":5,"FirstName":"Ann","ContactNumber":"0123","ContactOn":"22-01-2018",\
                    "ContactOnStartTime":"10:00","ContactOnEndTime":"11:00","MeetStartDate":"23-01-2018",\
                    "MeetStartTime":"","MeetEndDate":"23-01-2018","MeetEndTime":"22:00"}
                    """)
            #expect(answer.status == 400)
            #expect(answer.text.contains(#""request.MeetStartTime""#))
        }
    }

    @Test("with a credentials table, an unknown token gets 401 invalid_token, a listed API key passes and another does not")
    func knownCredentials() async throws {
        let table = SandboxScopeTable(tokens: ["tok-all": [SandboxScopeTable.everyScope]], apiKeys: ["key-1"])
        try await Sandbox.with(configure: { $0.scopes = table }) { port, _ in
            #expect(try await RequestValidationTests.get(port, "/v1/account/getServices", token: "tok-all").status == 200)
            let unknown = try await RequestValidationTests.get(port, "/v1/account/getServices", token: "tok-unknown")
            #expect(unknown.status == 401)
            #expect(unknown.headers["www-authenticate"] == #"Bearer error="invalid_token""#)
            let key = try await Sandbox.send(port: port, method: "GET", path: "/v1/Lists/GetEscortRateBreaks?apiKey=key-1", headers: [:])
            #expect(key.status == 200)
            let otherKey = try await Sandbox.send(port: port, method: "GET", path: "/v1/Lists/GetEscortRateBreaks?apiKey=key-2", headers: [:])
            #expect(otherKey.status == 401)
        }
    }

    @Test("a credentials file with tokens and apiKeys; a bad apiKeys list is sandbox.bad-scopes without quoting a key")
    func credentialsFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"tokens": {"a": ["*"]}, "apiKeys": ["k-SECRET"]}"#.utf8).write(to: file)
        let table = try SandboxScopeTable.load(from: file)
        #expect(table.knows(token: "a") && !table.knows(token: "b"))
        #expect(table.missing(["x"], token: "a") == [])
        #expect(table.knows(apiKey: "k-SECRET") && !table.knows(apiKey: "k-other"))
        try Data(#"{"tokens": {"a": ["*"]}, "apiKeys": "k-SECRET"}"#.utf8).write(to: file)
        #expect {
            try SandboxScopeTable.load(from: file)
        } throws: { error in
            "\(error)".contains("\"apiKeys\" is not a list of non-empty strings") && !"\(error)".contains("k-SECRET")
        }
    }
}
