import AWConformance
import AWModels
import AWSandbox
import DataContractXML
import Foundation
import Testing

/// `Samples/plans/booking-workflow.yaml` and the booking state behind it: the PhoneChat and
/// Webcam workflows change the in-memory bookings, enforce each page's prerequisites, and the
/// Details endpoints show the change.
@Suite("The booking workflows of the stand-in")
struct BookingWorkflowTests {
    static let planFile = Sandbox.repositoryRoot.appendingPathComponent("Samples/plans/booking-workflow.yaml")
    static let catalog = try! SchemaCatalog.builtIn()

    static func run(port: Int, allowWrites: Bool = true) async throws -> LiveReport {
        var options = LiveOptions(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: Sandbox.token)
        options.allowWrites = allowWrites
        options.connectTimeout = 2
        options.totalTimeout = 5
        return try await LiveRunner(options: options, schemas: catalog.schemas).run(try LivePlan.load(from: planFile))
    }

    static func errors(_ report: LiveReport) -> [Finding] {
        report.report.findings.filter { $0.severity == .error }
    }

    @Test("The workflow plan passes against a fresh stand-in with --allow-writes, and the bookings changed as the pages say")
    func firstRun() async throws {
        try await Sandbox.with { port, server in
            let report = try await Self.run(port: port)
            let errors = Self.errors(report)
            #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.file) \($0.path): \($0.message)" })")
            #expect(report.exchanges.allSatisfy { $0.sent })
            let bookings = await server.state.bookings
            // Created one per format, then cancelled (the Group-manager details call saw it).
            let created = bookings.phoneChatMade.values.filter { $0.comments == "Booked by the AWKit workflow plan" }
            #expect(created.count == 2)
            #expect(created.allSatisfy { $0.status == .cancelled && $0.cancelledReason == "Cancelled by the AWKit workflow plan" })
            #expect(bookings.phoneChatReceived[1001]?.status == .accepted)
            #expect(bookings.phoneChatReceived[1002]?.status == .accepted)
            #expect(bookings.phoneChatReceived[1005] == nil && bookings.phoneChatReceived[1006] == nil)
            #expect(bookings.webcamReceived[3001]?.status == .accepted && bookings.webcamReceived[3001]?.credits == 12)
            #expect(bookings.webcamMade[4001]?.status == .confirmed && bookings.webcamMade[4002]?.status == .confirmed)
            // Webcam: two created (cancelled), two rescheduled from 4001/4002 (Pending).
            let webcamNew = bookings.webcamMade.values.filter { $0.bookingID >= SandboxBookings.firstCreatedID }
            #expect(webcamNew.filter { $0.status == .cancelled }.count == 2)
            #expect(webcamNew.filter { $0.status == .pending }.count == 2)
            // The Details call after the cancel showed Cancelled in both formats.
            let details = report.exchanges.filter { $0.request.callName == "phonechat-cancelled-details" }
            #expect(details.count == 2)
            #expect(details.allSatisfy { $0.status == 200 && $0.request.url.path == "/v1/Groups/PhoneChat/MadeBookingDetails" })
            #expect(String(decoding: details[0].body, as: UTF8.self).contains(#""Status":"Cancelled""#))
            #expect(String(decoding: details[1].body, as: UTF8.self).contains("<Status>Cancelled</Status>"))
        }
    }

    @Test("A second run against the same stand-in reports the documented refusals, not crashes")
    func secondRun() async throws {
        try await Sandbox.with { port, _ in
            _ = try await Self.run(port: port)
            let report = try await Self.run(port: port)
            let statuses = Dictionary(grouping: report.exchanges, by: \.request.callName).mapValues { $0.map(\.status) }
            #expect(statuses["phonechat-accept"] == [400, 400])
            #expect(statuses["webcam-accept"] == [400, 400])
            #expect(statuses["webcam-confirm"] == [400, 400])
            // Creating again works; the deleted bookings are reported as not deleted.
            #expect(statuses["phonechat-create"] == [204, 204])
            let deleted = report.exchanges.first { $0.request.callName == "phonechat-delete" && $0.request.accept == .json }
            #expect(deleted.map { String(decoding: $0.body, as: UTF8.self) }
                == #"[{"BookingID":1005,"Deleted":false,"Message":"No received PhoneChat booking has BookingID 1005."}]"#)
            let messages = Self.errors(report).filter { $0.rule == Rule.httpStatus.id }.map(\.message)
            #expect(messages.contains("HTTP 400: Booking 1001 cannot be accepted: its Status is Accepted, only a Pending booking can be accepted."))
            #expect(messages.contains("HTTP 400: Booking 4001 cannot be confirmed: its Status is Confirmed, only an Accepted booking can be confirmed."))
            // What followed a refused call is reported as not sent, naming why.
            let followUps = report.exchanges.filter { $0.request.callName == "webcam-reschedule" }
            #expect(followUps.allSatisfy { $0.failure?.kind == .unresolvedReference })
            #expect(followUps.first?.failure?.message == "not sent: ${webcam-confirm.WebcamBookingID}: call webcam-confirm answered HTTP 400: Booking 4001 cannot be confirmed: its Status is Confirmed, only an Accepted booking can be confirmed.")
            #expect(!report.report.findings.contains { $0.rule == Rule.liveUnreachable.id })
        }
    }

    @Test("--record writes the Samples layout for every endpoint of the run, and awkit check passes it (0 errors)")
    func records() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-workflow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = try await Sandbox.with { port, _ in try await Self.run(port: port) }
        try LiveRecorder(directory: directory, redactor: SecretRedactor(secrets: [Sandbox.token])).record(report)
        let plan = try LivePlan.load(from: Self.planFile)
        for call in plan.calls where Self.catalog[call.endpoint]?.shape != nil {
            for format in ["json", "xml"] {
                let file = directory.appendingPathComponent("\(call.name!)/\(call.endpoint)/response.\(format)")
                #expect(FileManager.default.fileExists(atPath: file.path), "\(file.path)")
            }
        }
        // The parity paths the plan ignores (two records per write call) travel in .awkit.json.
        let configuration = try CheckConfiguration.load(from: directory.appendingPathComponent(".awkit.json"))
        let files = try ResponseFile.discover(in: directory.path)
        let checked = try ConformanceRunner(schemas: Self.catalog.schemas, configuration: configuration).check(files) {
            try Data(contentsOf: URL(fileURLWithPath: $0))
        }
        let errors = checked.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.file): \($0.message)" })")
        // Every endpoint of the run, the 204 answers of pages without a shown response included.
        #expect(Set(files.map(\.endpoint)) == Set(plan.calls.map(\.endpoint)))
        #expect(Set(plan.calls.map(\.endpoint)).count == 13)
    }

    @Test("Without --allow-writes nothing changes, and the follow-up reads say their value is missing")
    func withoutWrites() async throws {
        try await Sandbox.with { port, server in
            let before = await server.state.bookings
            let report = try await Self.run(port: port, allowWrites: false)
            #expect(await server.state.bookings == before)
            let details = report.exchanges.first { $0.request.callName == "phonechat-created-details" }
            #expect(details?.failure?.message == "not sent: ${phonechat-create:X-AWKit-BookingID}: call phonechat-create was not sent")
        }
    }

    // MARK: - The pages' prerequisites, one by one, over HTTP

    static func post(_ port: Int, _ endpoint: String, _ body: String, accept: String = "application/json") async throws -> Sandbox.Answer {
        try await Sandbox.send(
            port: port, path: "/v1/\(endpoint)", headers: ["Authorization": "bearer \(Sandbox.token)", "Accept": accept], body: body)
    }

    static func get(_ port: Int, _ endpoint: String, _ query: String) async throws -> Sandbox.Answer {
        try await Sandbox.send(
            port: port, method: "GET", path: "/v1/\(endpoint)?\(query)", headers: ["Authorization": "bearer \(Sandbox.token)"])
    }

    @Test("CreateBooking (PhoneChat): 204 with the new ID, Pending in the Details; the page's rules refused with 400")
    func phoneChatCreate() async throws {
        try await Sandbox.with { port, _ in
            let future = PlanReference.clockText(Date().addingTimeInterval(2 * 86_400))
            let soon = PlanReference.clockText(Date().addingTimeInterval(86_400))
            func create(_ members: String) async throws -> Sandbox.Answer {
                try await Self.post(port, "PhoneChat/CreateBooking", #"{"BookUserID":7,"Duration":15,"Credits":8,"#+members+"}")
            }
            let made = try await create(#""SessionDate":"\#(future)","AcceptBy":"\#(soon)","Method":2"#)
            #expect(made.status == 204)
            let id = try #require(made.headers["x-awkit-bookingid"])
            #expect(id == "5001")
            let details = try await Self.get(port, "PhoneChat/MadeBookingDetails", "BookingID=\(id)")
            #expect(details.text == #"{"BookingID":5001,"Duration":15,"Credits":8,"Status":"Pending","Method":2}"#)
            let late = try await create(#""SessionDate":"\#(soon)","AcceptBy":"\#(future)","Method":2"#)
            #expect(late.status == 400)
            #expect(late.text.contains("must be before SessionDate"))
            let noPhone = try await create(#""SessionDate":"\#(future)","AcceptBy":"\#(soon)","Method":1"#)
            #expect(noPhone.text == #"{"Message":"PhoneNumber must be 10 or 11 digits when Method is 1."}"#)
            let noSkype = try await create(#""SessionDate":"\#(future)","AcceptBy":"\#(soon)","Method":3"#)
            #expect(noSkype.text == #"{"Message":"SkypeName is required when Method is 3."}"#)
            let past = try await create(#""SessionDate":"2020-01-01 10:00","AcceptBy":"2019-12-31 10:00","Method":2"#)
            #expect(past.text == #"{"Message":"SessionDate (2020-01-01T10:00:00) must be in the future."}"#)
        }
    }

    @Test("CancelMadeBooking (PhoneChat): not a Cancelled one, not a Confirmed one whose session passed; only made bookings")
    func phoneChatCancel() async throws {
        try await Sandbox.with { port, _ in
            let cancelled = try await Self.post(port, "PhoneChat/CancelMadeBooking", #"{"BookingID":2005,"Reason":"x"}"#)
            #expect(cancelled.status == 400)
            #expect(cancelled.text.contains("its Status is Cancelled"))
            let passed = try await Self.post(port, "PhoneChat/CancelMadeBooking", #"{"BookingID":2003,"Reason":"x"}"#)
            #expect(passed.status == 400)
            #expect(passed.text.contains("it is Confirmed and its SessionDate"))
            // 1001 is a received booking: the made side does not have it.
            let received = try await Self.post(port, "PhoneChat/CancelMadeBooking", #"{"BookingID":1001,"Reason":"x"}"#)
            #expect(received.status == 404)
            #expect(received.text == #"{"Message":"No made PhoneChat booking has BookingID 1001."}"#)
            let ok = try await Self.post(port, "PhoneChat/CancelMadeBooking", #"{"BookingID":2002,"Reason":"x"}"#, accept: "application/xml")
            #expect(ok.status == 200)
            #expect(ok.text.contains("<Status>Cancelled</Status>"))
            let details = try await Self.get(port, "PhoneChat/MadeBookingDetails", "BookingID=2002")
            #expect(details.text.contains(#""Status":"Cancelled""#))
        }
    }

    @Test("RescheduleMadeBooking (PhoneChat): only once the session has passed; a new Pending booking")
    func phoneChatReschedule() async throws {
        try await Sandbox.with { port, server in
            let early = try await Self.post(port, "PhoneChat/RescheduleMadeBooking", #"{"BookingID":2001}"#)
            #expect(early.status == 400)
            #expect(early.text.contains("has not passed yet"))
            let ok = try await Self.post(port, "PhoneChat/RescheduleMadeBooking", #"{"BookingID":2003}"#)
            #expect(ok.text == #"{"BookingID":5001,"Duration":15,"Credits":8}"#)
            let new = try #require(await server.state.bookings.phoneChatMade[5001])
            #expect(new.status == .pending)
            #expect(new.sessionDate.date(in: .gmt) > Date())
            #expect(await server.state.bookings.phoneChatMade[2003]?.status == .confirmed)
        }
    }

    @Test("DeleteReceivedBooking: Confirmed and Cancelled bookings go, a Pending one stays with the reason")
    func phoneChatDelete() async throws {
        try await Sandbox.with { port, server in
            let answer = try await Self.post(port, "PhoneChat/DeleteReceivedBooking", #"{"BookingIDs":"1005,1001,1006"}"#)
            #expect(answer.status == 200)
            #expect(answer.text == #"[{"BookingID":1005,"Deleted":true,"Message":""},{"BookingID":1001,"Deleted":false,"Message":"Booking 1001 cannot be deleted: its Status is Pending; only Rejected, Cancelled or Confirmed bookings can be deleted."},{"BookingID":1006,"Deleted":true,"Message":""}]"#)
            #expect(await server.state.booking(1005) == nil)
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }

    @Test("Webcam: accept only Pending received bookings, confirm only Accepted made ones, cancel not twice; 404 on the other side")
    func webcamPrerequisites() async throws {
        try await Sandbox.with { port, _ in
            let accepted = try await Self.post(port, "Webcam/AcceptReceivedBooking", #"{"BookingID":3003,"Credits":10}"#)
            #expect(accepted.text == #"{"Message":"Booking 3003 cannot be accepted: its Status is Accepted, only a Pending booking can be accepted."}"#)
            let made = try await Self.post(port, "Webcam/AcceptReceivedBooking", #"{"BookingID":4001,"Credits":10}"#)
            #expect(made.status == 404)
            let pending = try await Self.post(port, "Webcam/ConfirmMadeBooking", #"{"BookingID":4003}"#)
            #expect(pending.text.contains("its Status is Pending, only an Accepted booking can be confirmed"))
            let confirmed = try await Self.post(port, "Webcam/ConfirmMadeBooking", #"{"BookingID":4001}"#)
            #expect(confirmed.text == #"{"WebcamBookingID":4001,"Duration":20,"Credits":10,"Status":"Confirmed","IsMulitple":false,"SoftwareTypeID":3}"#)
            let cancelled = try await Self.post(port, "Webcam/CancelMadeBooking", #"{"BookingID":4004,"Reason":"x"}"#)
            #expect(cancelled.status == 400)
            let unknown = try await Self.get(port, "Webcam/ReceivedBookingDetails", "BookingID=4001")
            #expect(unknown.text == #"{"Message":"No received Webcam booking has BookingID 4001."}"#)
            let known = try await Self.get(port, "Webcam/ReceivedBookingDetails", "BookingID=3001")
            #expect(known.status == 204)
        }
    }

    @Test("Webcam CreateBooking: up to 4 users, at most 3 months ahead, an email for SoftwareTypeID 1, AlsoPhoneChat makes a PhoneChat booking")
    func webcamCreate() async throws {
        try await Sandbox.with { port, server in
            let future = PlanReference.clockText(Date().addingTimeInterval(2 * 86_400))
            let far = PlanReference.clockText(Date().addingTimeInterval(100 * 86_400))
            func create(_ members: String) async throws -> Sandbox.Answer {
                try await Self.post(port, "Webcam/CreateBooking", #"{"Duration":20,"Credits":10,"#+members+"}")
            }
            let five = try await create(#""BookUserIDs":"1,2,3,4,5","SessionDate":"\#(future)","SoftwareTypeID":3,"SignInNameOrEmail":"me""#)
            #expect(five.text == #"{"Message":"BookUserIDs must be a comma-delimited list of 1 to 4 user IDs, not '1,2,3,4,5'."}"#)
            let late = try await create(#""BookUserIDs":"1","SessionDate":"\#(far)","SoftwareTypeID":3,"SignInNameOrEmail":"me""#)
            #expect(late.text.contains("no more than 3 months ahead"))
            let msn = try await create(#""BookUserIDs":"1","SessionDate":"\#(future)","SoftwareTypeID":1,"SignInNameOrEmail":"me""#)
            #expect(msn.text == #"{"Message":"SignInNameOrEmail must be a valid email when SoftwareTypeID is 1."}"#)
            let both = try await create(
                #""BookUserIDs":"1,2","SessionDate":"\#(future)","SoftwareTypeID":1,"SignInNameOrEmail":"me@example.com","AlsoPhoneChat":true,"PhoneNumber":"07123456789""#)
            #expect(both.status == 204)
            #expect(both.headers["x-awkit-bookingid"] == "5001")
            #expect(await server.state.bookings.webcamMade[5001]?.isMultiple == true)
            #expect(await server.state.bookings.phoneChatMade[5002]?.phoneNumber == "07123456789")
        }
    }

    @Test("Before any state changes: 401 without a token, 403 without the page's scope, 400 for a body the schema refuses; undocumented members are ignored")
    func guardsBeforeState() async throws {
        let table = SandboxScopeTable(tokens: ["tok-phonechat": ["account_phonechat_bookings"]], otherTokens: [])
        try await Sandbox.with(configure: { $0.scopes = table }) { port, server in
            let before = await server.state.bookings
            let anonymous = try await Sandbox.send(port: port, path: "/v1/Webcam/ConfirmMadeBooking", headers: [:], body: #"{"BookingID":4001}"#)
            #expect(anonymous.status == 401)
            let wrongScope = try await Sandbox.send(
                port: port, path: "/v1/Webcam/ConfirmMadeBooking", headers: ["Authorization": "bearer tok-phonechat"], body: #"{"BookingID":4001}"#)
            #expect(wrongScope.status == 403)
            #expect(wrongScope.text == #"{"Message":"The access token does not grant the scope account_webcam_bookings that Webcam/ConfirmMadeBooking needs."}"#)
            let wrongType = try await Sandbox.send(
                port: port, path: "/v1/PhoneChat/CancelMadeBooking", headers: ["Authorization": "bearer tok-phonechat"],
                body: #"{"BookingID":"two","Reason":"x"}"#)
            #expect(wrongType.status == 400)
            #expect(wrongType.text.contains(#""request.BookingID""#))
            #expect(await server.state.bookings == before)
            // A member the page does not document is ignored, as Web API's model binding does.
            let extra = try await Sandbox.send(
                port: port, path: "/v1/PhoneChat/CancelMadeBooking", headers: ["Authorization": "bearer tok-phonechat"],
                body: #"{"BookingID":2001,"Reason":"x","Urgent":true}"#)
            #expect(extra.status == 200)
            #expect(await server.state.bookings.phoneChatMade[2001]?.status == .cancelled)
        }
    }
}
