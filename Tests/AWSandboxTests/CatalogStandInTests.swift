import AWConformance
import AWModels
@testable import AWSandbox
import DataContractXML
import Foundation
import Testing

@Suite("The stand-in serves the whole catalog")
struct CatalogStandInTests {
    static let catalog = try! SchemaCatalog.builtIn()

    /// `awkit check`'s findings of severity error on one answer.
    static func errors(_ body: Data, endpoint: String, format: ResponseFormat) -> [Finding] {
        let runner = ConformanceRunner(schemas: catalog.schemas)
        let file = ResponseFile(path: "\(endpoint)/response.\(format.rawValue)", endpoint: endpoint, format: format)
        return runner.check(file, data: body).0.findings.filter { $0.severity == .error }
    }

    @Test("Every endpoint's answer passes awkit check in JSON and in XML (0 errors)")
    func everyAnswerPassesTheChecks() throws {
        let generator = SandboxValueGenerator(seed: 1)
        var documents = 0
        for schema in Self.catalog.schemas.values.sorted(by: { $0.endpoint < $1.endpoint }) {
            let body = SandboxCatalogAnswers.body(for: schema, generator: generator)
            switch (schema.shape, body) {
            case (.empty?, .empty), (nil, .undocumented):
                continue
            case (_, .document(let json, let xml, let problem)):
                #expect(Self.errors(json, endpoint: schema.endpoint, format: .json).isEmpty, "\(schema.endpoint) JSON: \(String(decoding: json, as: UTF8.self))")
                let xmlBytes = try #require(xml, "\(schema.endpoint): \(problem ?? "")")
                #expect(Self.errors(xmlBytes, endpoint: schema.endpoint, format: .xml).isEmpty, "\(schema.endpoint) XML: \(String(decoding: xmlBytes, as: UTF8.self))")
                documents += 1
            default:
                Issue.record("\(schema.endpoint) (\(schema.shape.map(String.init(describing:)) ?? "unknown")) answered \(body)")
            }
        }
        // 52 pages: 2 document no body and 24 do not show the response.
        #expect(documents == 26)
    }

    @Test("Made-up answers are the same for the same seed and differ for another")
    func deterministic() throws {
        let schema = try #require(Self.catalog["PhoneChat/MadeBookingDetails"])
        let one = SandboxValueGenerator(seed: 1).response(for: schema)
        #expect(one == SandboxValueGenerator(seed: 1).response(for: schema))
        #expect(one != SandboxValueGenerator(seed: 2).response(for: schema))
        guard case .object(let members)? = one else {
            Issue.record("not an object: \(String(describing: one))")
            return
        }
        // The documented members, in the page's order.
        #expect(members.map(\.name) == schema.response?.properties.map(\.name))
        let status = try #require(members.first { $0.name == "Status" })
        guard case .string(let text) = status.value else {
            Issue.record("Status is \(status.value)")
            return
        }
        #expect(["Pending", "Accepted", "Rejected", "Confirmed", "Cancelled"].contains(text))
    }

    @Test("A JSON answer keeps the documented member order (as Json.NET writes)")
    func jsonMemberOrder() throws {
        let schema = try #require(Self.catalog["Webcam/ConfirmMadeBooking"])
        guard case .document(let json, _, _) = SandboxCatalogAnswers.body(for: schema, generator: SandboxValueGenerator(seed: 7)) else {
            Issue.record("no document")
            return
        }
        guard case .object(let members, _) = try JSONTree.parse(json).root else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == schema.response?.properties.map(\.name))
    }

    @Test("Routing: any letter case, a trailing slash, Group-manager paths; 405 with Allow; 404")
    func routing() {
        let router = SandboxRouter(schemas: Self.catalog.schemas)
        func id(_ method: String, _ path: String) -> String? {
            if case .endpoint(let schema, _) = router.route(method: method, path: path) { return schema.endpoint }
            return nil
        }
        #expect(id("GET", "/v1/lists/getEscortRateBreaks") == "Lists/GetEscortRateBreaks")
        #expect(id("get", "/V1/LISTS/GETESCORTRATEBREAKS/") == "Lists/GetEscortRateBreaks")
        if case .endpoint(let schema, let groupManager) = router.route(method: "GET", path: "/v1/Groups/PhoneChat/GetSettings") {
            #expect(schema.endpoint == "PhoneChat/GetSettings")
            #expect(groupManager)
        } else {
            Issue.record("the Group-manager path is not routed")
        }
        if case .methodNotAllowed(let allow) = router.route(method: "DELETE", path: "/v1/PhoneChat/AcceptReceivedBooking") {
            #expect(allow == ["POST"])
        } else {
            Issue.record("no 405")
        }
        if case .notFound = router.route(method: "GET", path: "/v1/Lists/GetCountries") {} else { Issue.record("no 404") }
        // Without the version prefix the API has no such resource.
        if case .notFound = router.route(method: "GET", path: "/Lists/GetEscortRateBreaks") {} else { Issue.record("no 404") }
    }

    @Test("Over HTTP: API-key endpoints want an API key, token endpoints a bearer token; Group-manager parameters required")
    func authenticationAndGroupManager() async throws {
        try await Sandbox.with { port, _ in
            let path = "/v1/lists/getEscortRateBreaks"
            let bearerOnly = try await Sandbox.send(port: port, method: "GET", path: path)
            #expect(bearerOnly.status == 401)
            #expect(bearerOnly.headers["www-authenticate"] == nil)
            let inQuery = try await Sandbox.send(port: port, method: "GET", path: path + "?apiKey=k1", headers: [:])
            #expect(inQuery.status == 200)
            #expect(inQuery.text == Self.catalog["Lists/GetEscortRateBreaks"]?.responseJSONSample)
            let inHeader = try await Sandbox.send(port: port, method: "GET", path: path, headers: ["X-API-Key": "k1", "Accept": "application/xml"])
            #expect(inHeader.status == 200)
            #expect(inHeader.text.hasPrefix("<ArrayOf"))
            #expect(Self.errors(inHeader.body, endpoint: "Lists/GetEscortRateBreaks", format: .xml).isEmpty)

            let settings = "/v1/Groups/PhoneChat/GetSettings"
            let noToken = try await Sandbox.send(port: port, method: "GET", path: settings + "?UserID=5", headers: ["apiKey": "k1"])
            #expect(noToken.status == 401)
            #expect(noToken.headers["www-authenticate"] == "Bearer")
            let noUser = try await Sandbox.send(port: port, method: "GET", path: settings)
            #expect(noUser.status == 400)
            #expect(noUser.text.contains(#""request.UserID":["The UserID field is required."]"#))
            let asManager = try await Sandbox.send(port: port, method: "GET", path: settings + "?UserID=5")
            #expect(asManager.status == 200)
            #expect(Self.errors(asManager.body, endpoint: "PhoneChat/GetSettings", format: .json).isEmpty)
            let asMember = try await Sandbox.send(port: port, method: "GET", path: "/v1/phonechat/getsettings")
            #expect(asMember.status == 200)

            let wrongMethod = try await Sandbox.send(port: port, method: "POST", path: "/v1/account/getServices", body: "{}")
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.headers["allow"] == "GET")
        }
    }

    @Test("Over HTTP: no body where the page documents none, 204 where it does not show the response")
    func emptyAndUndocumented() async throws {
        try await Sandbox.with { port, _ in
            let empty = try await Sandbox.send(port: port, path: "/v1/Email/BlockedSendersAdd", body: #"{"OtherUserID":5}"#)
            #expect(empty.status == 200)
            #expect(empty.body.isEmpty)
            let undocumented = try await Sandbox.send(port: port, method: "GET", path: "/v1/Bookings/GetBooking?BookingID=3")
            #expect(undocumented.status == 204)
            #expect(undocumented.body.isEmpty)
            #expect(undocumented.headers["x-awkit-undocumented-response"]?.contains("does not show the response") == true)
        }
    }
}

extension CatalogStandInTests {
    @Test("AcceptReceivedBooking's JSON answer has its members in the documented order")
    func acceptedBookingMemberOrder() async throws {
        try await Sandbox.with { port, _ in
            let answer = try await Sandbox.send(port: port, body: #"{"BookingID":1001,"Credits":8}"#)
            #expect(answer.status == 200)
            guard case .object(let members, _) = try JSONTree.parse(answer.body).root else {
                Issue.record("not an object: \(answer.text)")
                return
            }
            #expect(members.map(\.key) == Self.catalog["PhoneChat/AcceptReceivedBooking"]?.response?.properties.map(\.name))
        }
    }

    @Test("jsonText writes Json.NET's escapes and exact numbers")
    func jsonText() {
        let value = SchemaValue.object([
            .init(name: "A", value: .string("a/b \"q\" \\ \n\t\u{1}é")),
            .init(name: "B", value: .decimal(Decimal(string: "8.50")!)),
            .init(name: "C", value: .array([.integer(-3), .bool(false), .null])),
        ])
        #expect(value.jsonText == #"{"A":"a/b \"q\" \\ \n\t\u0001é","B":8.5,"C":[-3,false,null]}"#)
    }
}
