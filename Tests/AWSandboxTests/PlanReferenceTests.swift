import AWConformance
import AWModels
import AWSandbox
import Foundation
import Testing

/// Plan references (`${NAME.PATH}`, `${NAME:HEADER}`, `${now+N}`) are checked when the plan is
/// loaded, with the call's line.
@Suite("References between plan calls")
struct PlanReferenceTests {
    static let schemas = try! SchemaCatalog.builtIn().schemas

    static func validate(_ yaml: String) throws {
        let plan = try LivePlan.parse(Data(yaml.utf8), yaml: true, path: "p.yaml")
        try plan.validate(against: schemas, path: "p.yaml")
    }

    static func message(_ yaml: String) -> String? {
        do {
            try validate(yaml)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("The three forms parse; a ${ that is none of them is an error")
    func syntax() throws {
        #expect(try PlanReference.parse("${list[0].BookingID}") == PlanReference(call: "list", source: .body([.index(0), .member("BookingID")])))
        #expect(try PlanReference.parse("${create:X-AWKit-BookingID}") == PlanReference(call: "create", source: .header("X-AWKit-BookingID")))
        #expect(try PlanReference.parse("${now+2d}") == PlanReference(call: "now", source: .clock(172_800)))
        #expect(try PlanReference.parse("plain $ text") == nil)
        #expect(throws: PlanReferenceSyntaxError.self) { try PlanReference.parse("${create") }
        #expect(throws: PlanReferenceSyntaxError.self) { try PlanReference.parse("${now+2w}") }
        #expect(throws: PlanReferenceSyntaxError.self) { try PlanReference.parse("${list[x]}") }
    }

    @Test("A reference to a call that is not earlier names the call and its line")
    func unknownCall() {
        let text = """
            calls:
              - name: details
                endpoint: PhoneChat/MadeBookingDetails
                query: { BookingID: "${create:X-AWKit-BookingID}" }
            """
        #expect(Self.message(text) == "p.yaml: call 1 (details, line 2) takes ${create:X-AWKit-BookingID} from call create, which is not an earlier call of the plan [plan.invalid]")
    }

    @Test("A call named by digits other than its own position is refused: ${2.…} would mean two calls")
    func digitNames() {
        let clash = """
            calls:
              - name: "2"
                endpoint: PhoneChat/GetSettings
              - name: b
                endpoint: PhoneChat/GetSettings
            """
        #expect(Self.message(clash) == "p.yaml: call 1 (2, line 2) is named 2, which is the position of another call (references name a call by its name or its position); use a name with a letter [plan.invalid]")
        let ownPosition = """
            calls:
              - name: "1"
                endpoint: PhoneChat/GetSettings
            """
        #expect(Self.message(ownPosition) == nil)
    }

    @Test("A path whose first member the earlier endpoint's response does not have is an error, listing what it has")
    func unknownMember() {
        let text = """
            calls:
              - name: reschedule
                endpoint: PhoneChat/RescheduleMadeBooking
                body: { BookingID: 2003 }
              - name: details
                endpoint: PhoneChat/MadeBookingDetails
                query: { BookingID: "${reschedule.WebcamBookingID}" }
            """
        #expect(Self.message(text) == "p.yaml: call 2 (details, line 5) takes ${reschedule.WebcamBookingID}, but the response of PhoneChat/RescheduleMadeBooking has no WebcamBookingID; it has BookingID, Duration, Credits [plan.invalid]")
    }

    @Test("A body path into an answer the page does not show is an error; a list needs a position first")
    func undocumentedAndLists() {
        let undocumented = """
            - name: create
              endpoint: PhoneChat/CreateBooking
              body: {}
            - endpoint: PhoneChat/MadeBookingDetails
              query: { BookingID: "${create.BookingID}" }
            """
        #expect(Self.message(undocumented)?.contains("the page of PhoneChat/CreateBooking documents no response object to take it from") == true)
        let list = """
            - name: delete
              endpoint: PhoneChat/DeleteReceivedBooking
              body: { BookingIDs: "1005" }
            - endpoint: PhoneChat/MadeBookingDetails
              query: { BookingID: "${delete.BookingID}" }
            """
        #expect(Self.message(list)?.contains("answers a list: start the path with a position ([0])") == true)
        let listOK = list.replacingOccurrences(of: "${delete.BookingID}", with: "${delete[0].BookingID}")
        #expect(Self.message(listOK) == nil)
    }

    @Test("groupManager: true only where the page documents a Group-manager path, and the call goes there")
    func groupManager() throws {
        let text = """
            - endpoint: PhoneChat/CancelMadeBooking
              groupManager: true
              body: { BookingID: 1, Reason: x }
            """
        #expect(Self.message(text) == "p.yaml: call 1 (line 1) asks for the Group-manager path, but the page of PhoneChat/CancelMadeBooking documents none [plan.invalid]")
        let plan = try LivePlan.parse(Data("- { endpoint: PhoneChat/MadeBookings, groupManager: true, query: { UserID: 5 } }".utf8), yaml: true)
        let runner = LiveRunner(options: LiveOptions(baseURL: URL(string: "http://127.0.0.1:1")!, token: "t"), schemas: Self.schemas)
        #expect(runner.requests(for: plan).map(\.url.path) == ["/v1/Groups/PhoneChat/MadeBookings", "/v1/Groups/PhoneChat/MadeBookings"])
    }
}
