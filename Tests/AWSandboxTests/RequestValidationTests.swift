import AWConformance
import AWSandbox
import Foundation
import Testing

/// The stand-in's 400 per validation rule, and its 403 from a scope table.
@Suite("Stand-in request validation and scopes")
struct RequestValidationTests {
    static func get(_ port: Int, _ pathAndQuery: String, token: String = Sandbox.token) async throws -> Sandbox.Answer {
        try await Sandbox.send(port: port, method: "GET", path: pathAndQuery, headers: ["Authorization": "bearer \(token)"])
    }

    @Test("A value outside the documented enumeration is refused, naming the parameter; any letter case is accepted")
    func enumeration() async throws {
        try await Sandbox.with { port, _ in
            let bad = try await Self.get(port, "/v1/Lists/GetTopList?Type=TopViews&DateRange=AllTime")
            #expect(bad.status == 400)
            #expect(bad.text.contains(#""request.Type":["The value 'TopViews' is not valid for Type: it can be ProfileViews, EscortViews"#))
            #expect(try await Self.get(port, "/v1/Lists/GetTopList?Type=profileviews&DateRange=AllTime").status == 204)
            let missing = try await Self.get(port, "/v1/Lists/GetTopList?Type=ProfileViews")
            #expect(missing.text.contains(#""request.DateRange":["The DateRange field is required."]"#))
        }
    }

    @Test("A date in the page's format passes, another spelling is refused with the format")
    func documentedDateFormat() async throws {
        try await Sandbox.with { port, _ in
            func create(contactOn: String) async throws -> Sandbox.Answer {
                try await Sandbox.send(
                    port: port, path: "/v1/Bookings/CreateBooking",
                    body: """
                        {"BookUserID":5,"FirstName":"Ann","ContactNumber":"0123","ContactOn":"\(contactOn)",\
                        "ContactOnStartTime":"10:00","ContactOnEndTime":"11:00","MeetStartDate":"23-01-2018",\
                        "MeetStartTime":"20:00","MeetEndDate":"23-01-2018","MeetEndTime":"22:00"}
                        """)
            }
            #expect(try await create(contactOn: "22-01-2018").status == 204)
            let wrong = try await create(contactOn: "22/01/2018")
            #expect(wrong.status == 400)
            #expect(wrong.text.contains(#""request.ContactOn":["The value '22/01/2018' is not valid for ContactOn: the format is dd-MM-YYYY."]"#))
        }
    }

    @Test("Comma-separated integers and integers in the query string")
    func lexicalForms() async throws {
        try await Sandbox.with { port, _ in
            #expect(try await Self.get(port, "/v1/Webcam/GetUserBookingRequirements?BookUserIDs=1,2,3").status == 200)
            let list = try await Self.get(port, "/v1/Webcam/GetUserBookingRequirements?BookUserIDs=1;2")
            #expect(list.status == 400)
            #expect(list.text.contains(#""request.BookUserIDs""#))
            let integer = try await Self.get(port, "/v1/Email/Manage?EmailID=abc")
            #expect(integer.status == 400)
            #expect(integer.text.contains(#""request.EmailID":["The value 'abc' is not valid for EmailID (integer)."]"#))
        }
    }

    @Test("A scope table: 403 with insufficient_scope for a token without the endpoint's scope")
    func scopes() async throws {
        let table = SandboxScopeTable(tokens: ["tok-services": ["profile_services"]], otherTokens: [])
        try await Sandbox.with(configure: { $0.scopes = table }) { port, _ in
            #expect(try await Self.get(port, "/v1/account/getServices", token: "tok-services").status == 200)
            let refused = try await Self.get(port, "/v1/account/getServices", token: "tok-other")
            #expect(refused.status == 403)
            #expect(refused.text == #"{"Message":"The access token does not grant the scope profile_services that Account/GetServices needs."}"#)
            #expect(refused.headers["www-authenticate"] == #"Bearer error="insufficient_scope", scope="profile_services""#)
            // An endpoint whose page names no scope.
            #expect(try await Self.get(port, "/v1/Account/VerifyCredentials", token: "tok-other").status == 200)
        }
    }

    @Test("A scope table file: token → scopes, * for the others; a bad file is sandbox.bad-scopes")
    func scopeFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scopes-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"a": ["x", "y"], "*": ["x"]}"#.utf8).write(to: file)
        let table = try SandboxScopeTable.load(from: file)
        #expect(table.missing(["x", "y"], token: "a") == [])
        #expect(table.missing(["x", "y"], token: "b") == ["y"])
        try Data(#"{"a": "x"}"#.utf8).write(to: file)
        #expect(throws: SandboxError.self) { try SandboxScopeTable.load(from: file) }
    }
}
