import AWConformance
import AWModels
import AWSandbox
import Foundation
import Logging
import Testing

@Suite("The sandbox stand-in")
struct SandboxServerTests {
    @Test("401 without a bearer token, in the negotiated format, with WWW-Authenticate")
    func unauthorized() async throws {
        try await Sandbox.with { port, _ in
            let none = try await Sandbox.send(port: port, headers: [:], body: #"{"BookingID":1001,"Credits":8}"#)
            #expect(none.status == 401)
            #expect(none.contentType == "application/json; charset=utf-8")
            #expect(none.text == #"{"Message":"Authorization has been denied for this request."}"#)
            #expect(none.headers["www-authenticate"] == "Bearer")
            let basic = try await Sandbox.send(
                port: port, headers: ["Authorization": "Basic abc", "Accept": "application/xml"], body: "{}")
            #expect(basic.status == 401)
            #expect(basic.text == "<Error><Message>Authorization has been denied for this request.</Message></Error>")
            let empty = try await Sandbox.send(port: port, headers: ["Authorization": "bearer "], body: "{}")
            #expect(empty.status == 401)
        }
    }

    @Test("Accept: JSON when absent or */*, XML when asked, q-values, 406 for an unsupported type")
    func negotiation() async throws {
        try await Sandbox.with { port, _ in
            func accept(_ value: String?) async throws -> Sandbox.Answer {
                var headers = ["Authorization": "bearer \(Sandbox.token)"]
                if let value { headers["Accept"] = value }
                return try await Sandbox.send(port: port, method: "GET", path: "/v1/Test/GetBooking", headers: headers)
            }
            #expect(try await accept(nil).contentType == "application/json; charset=utf-8")
            #expect(try await accept("*/*").contentType == "application/json; charset=utf-8")
            let xml = try await accept("application/xml")
            #expect(xml.contentType == "application/xml; charset=utf-8")
            #expect(xml.text.hasPrefix("<ReceivedBooking "))
            #expect(try await accept("text/xml").contentType == "application/xml; charset=utf-8")
            #expect(try await accept("application/json;q=0.5, application/xml").contentType == "application/xml; charset=utf-8")
            let refused = try await accept("text/html")
            #expect(refused.status == 406)
            #expect(refused.body.isEmpty)
        }
        try await Sandbox.with(configure: { $0.unsupportedAccept = .fallBackToJSON }) { port, _ in
            let answer = try await Sandbox.send(
                port: port, method: "GET", path: "/v1/Test/GetBooking",
                headers: ["Authorization": "bearer x", "Accept": "text/html"])
            #expect(answer.status == 200)
            #expect(answer.contentType == "application/json; charset=utf-8")
        }
    }

    @Test("400 with Web API's Message and ModelState for a missing property, a wrong type, bad JSON")
    func validation() async throws {
        try await Sandbox.with { port, server in
            let missing = try await Sandbox.send(port: port, body: #"{"BookingID":1001}"#)
            #expect(missing.status == 400)
            #expect(missing.text == #"{"Message":"The request is invalid.","ModelState":{"request.Credits":["The Credits field is required."]}}"#)
            let wrongType = try await Sandbox.send(port: port, body: #"{"BookingID":"abc","Credits":8}"#)
            #expect(wrongType.status == 400)
            #expect(wrongType.text.contains(#""request.BookingID":["The value 'abc' is not valid for BookingID (integer)."]"#))
            let notJSON = try await Sandbox.send(port: port, body: "{")
            #expect(notJSON.status == 400)
            #expect(notJSON.text.contains(#""Message":"The request is invalid.""#))
            let null = try await Sandbox.send(port: port, body: #"{"BookingID":null,"Credits":8}"#)
            #expect(null.status == 400)
            // Nothing was accepted.
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }

    @Test("AcceptReceivedBooking: a Pending booking with AcceptBy and SessionDate ahead is accepted")
    func acceptsPending() async throws {
        try await Sandbox.with { port, server in
            let before = try #require(await server.state.booking(1001))
            let answer = try await Sandbox.send(port: port, body: #"{"BookingID":1001,"Credits":9.5}"#)
            #expect(answer.status == 200)
            let booking = try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: answer.body, contentType: answer.contentType)
            #expect(booking.bookingID == 1001)
            #expect(booking.status == .accepted)
            #expect(booking.credits == Decimal(string: "9.5"))
            let accepted = try #require(booking.acceptedDate)
            #expect(accepted.kind == .unspecified)
            #expect(booking.lastUpdated == accepted)
            #expect(booking.createDate == before.createDate)
            #expect(await server.state.booking(1001) == booking)
            // The XML answer of the other pending booking, with credits at scale 4.
            let xml = try await Sandbox.send(
                port: port, headers: ["Authorization": "bearer x", "Accept": "application/xml"],
                body: #"{"BookingID":1002,"Credits":8}"#)
            #expect(xml.status == 200)
            #expect(xml.text.contains("<Credits>8.0000</Credits>"))
            #expect(xml.text.contains("<Status>Accepted</Status>"))
        }
    }

    @Test("AcceptReceivedBooking refuses an accepted, an expired, an unknown booking and a second accept")
    func prerequisites() async throws {
        try await Sandbox.with { port, server in
            let accepted = try await Sandbox.send(port: port, body: #"{"BookingID":1003,"Credits":8}"#)
            #expect(accepted.status == 400)
            #expect(accepted.text == #"{"Message":"Booking 1003 cannot be accepted: its Status is Accepted, only a Pending booking can be accepted."}"#)
            let expired = try await Sandbox.send(port: port, body: #"{"BookingID":1004,"Credits":8}"#)
            #expect(expired.status == 400)
            #expect(expired.text.contains("AcceptBy"))
            #expect(await server.state.booking(1004)?.status == .pending)
            let unknown = try await Sandbox.send(port: port, body: #"{"BookingID":77,"Credits":8}"#)
            #expect(unknown.status == 404)
            let sample = try await Sandbox.send(port: port, body: #"{"BookingID":1,"Credits":8}"#)
            #expect(sample.status == 400)
            #expect(try await Sandbox.send(port: port, body: #"{"BookingID":1001,"Credits":8}"#).status == 200)
            #expect(try await Sandbox.send(port: port, body: #"{"BookingID":1001,"Credits":8}"#).status == 400)
        }
    }

    // "A session date in the past blocks accepting" is LiveReviewFixesTests.sessionDateAlone:
    // AcceptBy ahead, SessionDate passed, on the state itself.

    @Test("404 for an unknown path, 405 with Allow (RFC 9110) for a known path with another method")
    func routing() async throws {
        try await Sandbox.with { port, _ in
            let unknown = try await Sandbox.send(port: port, method: "GET", path: "/v1/Nope")
            #expect(unknown.status == 404)
            #expect(unknown.text.contains("No HTTP resource was found"))
            #expect(unknown.headers["allow"] == nil)
            let method = try await Sandbox.send(port: port, method: "GET", path: "/v1/PhoneChat/AcceptReceivedBooking")
            #expect(method.status == 405)
            // Schemathesis (.ci/schemathesis) found it missing.
            #expect(method.headers["allow"] == "POST")
        }
    }

    @Test("Faults from the X-AWKit-Fault header")
    func headerFaults() async throws {
        try await Sandbox.with { port, _ in
            func get(_ fault: String, accept: String = "application/json") async throws -> Sandbox.Answer {
                try await Sandbox.send(
                    port: port, method: "GET", path: "/v1/Test/GetBooking",
                    headers: ["Authorization": "bearer x", "Accept": accept, "X-AWKit-Fault": fault])
            }
            let server = try await get("500")
            #expect(server.status == 500)
            #expect(server.text == #"{"Message":"An error has occurred."}"#)
            let limited = try await get("429;retry-after=2")
            #expect(limited.status == 429)
            #expect(limited.headers["retry-after"] == "2")
            #expect(try await get("503").headers["retry-after"] == "1")
            #expect(try await get("content-type").contentType == "text/html; charset=utf-8")
            let whole = try await get("")
            let truncated = try await get("truncate")
            #expect(truncated.body.count == whole.body.count / 2)
            let malformed = try await get("malformed-xml", accept: "application/xml")
            #expect(malformed.status == 200)
            #expect(throws: (any Error).self) { try XMLTree.parse(malformed.body) }
            let start = ContinuousClock.now
            _ = try await get("delay=150")
            #expect(ContinuousClock.now - start >= .milliseconds(150))
            #expect(try await get("bogus").status == 400)
        }
    }

    @Test("Configured faults, counted: 429 once, then normal answers")
    func countedFaults() async throws {
        try await Sandbox.with(configure: {
            $0.faults = [SandboxFaultRule(fault: .tooManyRequests(retryAfter: 0), endpoint: "Test/GetBooking", times: 1)]
        }) { port, _ in
            let first = try await Sandbox.send(port: port, method: "GET", path: "/v1/Test/GetBooking")
            #expect(first.status == 429)
            let second = try await Sandbox.send(port: port, method: "GET", path: "/v1/Test/GetBooking")
            #expect(second.status == 200)
        }
    }

    @Test("The request log redacts the Authorization header")
    func logRedaction() async throws {
        let logs = CollectedLogs()
        try await Sandbox.with(configure: { options in
            options.logger = Logger(label: "awkit.mock.test") { _ in CollectingLogHandler(logs: logs) }
        }) { port, _ in
            _ = try await Sandbox.send(port: port, body: #"{"BookingID":1001,"Credits":8}"#)
        }
        let line = try #require(logs.all.first { $0.contains("/v1/PhoneChat/AcceptReceivedBooking") })
        #expect(line.contains("authorization=bearer [REDACTED]"))
        #expect(line.contains("→ 200"))
        #expect(!logs.all.joined().contains(Sandbox.token))
    }

    @Test("Fault header spellings")
    func faultParsing() throws {
        #expect(try SandboxFault.parse(header: "delay=20, 429;retry-after=3,malformed-xml") == [
            .delay(milliseconds: 20), .tooManyRequests(retryAfter: 3), .malformedXML,
        ])
        #expect(throws: SandboxError.self) { try SandboxFault.parse(header: "teapot") }
        #expect(throws: SandboxError.self) { try SandboxFault.parse(header: "429;after=1") }
    }

    @Test("Accept negotiation table")
    func negotiationTable() {
        #expect(ContentNegotiation.format(accept: nil) == .json)
        #expect(ContentNegotiation.format(accept: "") == .json)
        #expect(ContentNegotiation.format(accept: "application/*") == .json)
        #expect(ContentNegotiation.format(accept: "text/*;q=0.9, application/xml;q=0.1") == .json)
        #expect(ContentNegotiation.format(accept: "application/json;q=0, application/xml") == .xml)
        #expect(ContentNegotiation.format(accept: "image/png") == nil)
    }
}

/// A clock tests move by hand.
final class SeededClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(start: Date) { current = start }

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}
