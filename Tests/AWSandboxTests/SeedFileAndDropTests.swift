import AWConformance
import AWModels
import AWSandbox
import Foundation
import Testing

/// `awkit mock --seed FILE` and the `drop` fault.
@Suite("Seed files and dropped connections")
struct SeedFileAndDropTests {
    static func file(_ text: String, _ ext: String = "yaml") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-seed-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url
    }

    static let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z

    @Test("A YAML seed file's bookings, with relative and absolute dates and defaults")
    func yamlSeed() throws {
        let url = try Self.file("""
            phoneChat:
              received:
                - { BookingID: 7, SessionDate: +2d, AcceptBy: +1h }
              made:
                - { BookingID: 8, Status: Accepted, SessionDate: "2027-02-01T21:30:00" }
            webcam:
              made:
                - { BookingID: 9, Status: Accepted, SoftwareTypeID: 1, SignInNameOrEmail: a@b.co }
            """)
        defer { try? FileManager.default.removeItem(at: url) }
        let bookings = try SandboxSeedFile.load(from: url, now: Self.now, timeZone: .gmt)
        let received = try #require(bookings.phoneChatReceived[7])
        #expect(received.status == .pending)
        #expect(received.sessionDate.description == "2027-01-17T08:00:00")
        #expect(received.acceptBy.description == "2027-01-15T09:00:00")
        #expect(received.duration == 15 && received.credits == 8 && received.method == .clientCalls)
        #expect(bookings.phoneChatMade[8]?.sessionDate.description == "2027-02-01T21:30:00")
        #expect(bookings.webcamMade[9]?.softwareTypeID == .value1)
        #expect(bookings.nextID == SandboxBookings.firstCreatedID)
    }

    @Test("A JSON seed file reads the same way")
    func jsonSeed() throws {
        let url = try Self.file(#"{"webcam": {"received": [{"BookingID": 6001, "Credits": 12.5}]}}"#, "json")
        defer { try? FileManager.default.removeItem(at: url) }
        let bookings = try SandboxSeedFile.load(from: url, now: Self.now, timeZone: .gmt)
        #expect(bookings.webcamReceived[6001]?.credits == Decimal(string: "12.5"))
        #expect(bookings.nextID == 6002)
    }

    @Test("A bad seed file names the line, the member and what was expected")
    func badSeeds() throws {
        func message(_ text: String) throws -> String {
            let url = try Self.file(text)
            defer { try? FileManager.default.removeItem(at: url) }
            do {
                _ = try SandboxSeedFile.load(from: url, now: Self.now, timeZone: .gmt)
                return "loaded"
            } catch {
                return error.message.replacingOccurrences(of: url.path, with: "FILE")
            }
        }
        #expect(try message("phoneChat:\n  received:\n    - { BookingID: 1 }\n    - { BookingID: 2, Status: Done }\n")
            == "FILE: line 4: phoneChat.received[1].Status: expected one of Pending, Accepted, Rejected, Confirmed, Cancelled, not 'Done'")
        #expect(try message("webcam:\n  made:\n    - { BookingID: 1, SessionDate: tomorrow }\n")
            == "FILE: line 3: webcam.made[0].SessionDate: expected a DateTime (2026-12-24T21:30:00) or now±N (+48h, -30m), not 'tomorrow'")
        #expect(try message("webcam:\n  made:\n    - { Status: Pending }\n").hasPrefix("FILE: line 3: webcam.made[0]: BookingID is required"))
        #expect(try message("phoneChat:\n  made:\n    - { BookingID: 1 }\nwebcam:\n  made:\n    - { BookingID: 1 }\n")
            == "FILE: line 6: webcam.made[0].BookingID: 1 is used by an earlier booking of the file; IDs are unique across services and sides")
        #expect(try message("phoneChat:\n  made:\n    - BookingID: 1\n      Stauts: Accepted\n").hasPrefix(
            "FILE: line 4: phoneChat.made[0].Stauts: not a booking member; known: AcceptBy, BookingID,"))
        #expect(try message("phoneChat: [unclosed").hasPrefix("FILE: is not JSON or YAML"))
    }

    @Test("The stand-in serves the seed file's bookings instead of the built-in ones")
    func servesSeed() async throws {
        let url = try Self.file("phoneChat:\n  received:\n    - { BookingID: 77 }\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let bookings = try SandboxSeedFile.load(from: url, now: Date(), timeZone: .gmt)
        try await Sandbox.with(configure: { $0.bookings = bookings }) { port, _ in
            let accepted = try await Sandbox.send(port: port, body: #"{"BookingID":77,"Credits":9}"#)
            #expect(accepted.status == 200)
            let builtIn = try await Sandbox.send(port: port, body: #"{"BookingID":1001,"Credits":9}"#)
            #expect(builtIn.status == 404)
        }
    }

    @Test("X-AWKit-Fault: drop closes the connection without an answer; awkit live reports a failed request, not a crash")
    func drop() async throws {
        try await Sandbox.with { port, _ in
            await #expect(throws: (any Error).self) {
                _ = try await Sandbox.send(
                    port: port, method: "GET", path: "/v1/Test/GetBooking",
                    headers: ["Authorization": "bearer \(Sandbox.token)", "X-AWKit-Fault": "drop"])
            }
            // The server still answers the next request.
            let next = try await Sandbox.send(port: port, method: "GET", path: "/v1/Test/GetBooking")
            #expect(next.status == 200)
            var options = LiveOptions(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: Sandbox.token)
            options.connectTimeout = 2
            options.totalTimeout = 5
            let plan = LivePlan(calls: [.init(endpoint: "Test/GetBooking", headers: ["X-AWKit-Fault": "drop"])])
            let report = try await LiveRunner(options: options, schemas: try Sandbox.schemas()).run(plan)
            #expect(report.exchanges.count == 2)
            #expect(report.exchanges.allSatisfy { $0.status == nil && $0.failure != nil })
            let rules = Set(report.report.findings.map(\.rule))
            #expect(rules.isSubset(of: [Rule.liveRequestFailed.id, Rule.liveUnreachable.id]) && !rules.isEmpty)
        }
    }
}
