import AWModels
import Foundation
import Testing

@Suite("Enumerations open to undocumented values")
struct OpenEnumerationTests {
    struct Holder: Codable, Equatable {
        var Status: PhoneChat.BookingStatus
        var Method: PhoneChat.CallMethod
    }

    @Test("documented values map to their cases", arguments: [
        ("Pending", PhoneChat.BookingStatus.pending), ("Accepted", .accepted), ("Rejected", .rejected),
        ("Confirmed", .confirmed), ("Cancelled", .cancelled),
    ])
    func statuses(raw: String, status: PhoneChat.BookingStatus) {
        #expect(PhoneChat.BookingStatus(rawValue: raw) == status)
        #expect(status.rawValue == raw)
        #expect(status.isKnown)
    }

    @Test("methods 1, 2, 3")
    func methods() {
        #expect(PhoneChat.CallMethod(rawValue: 1) == .bookedUserCallsClient)
        #expect(PhoneChat.CallMethod(rawValue: 2) == .clientCalls)
        #expect(PhoneChat.CallMethod(rawValue: 3) == .skype)
    }

    @Test("an unknown Status and Method decode to .unknown and re-encode unchanged")
    func unknownRoundTrip() throws {
        let json = #"{"Method":4,"Status":"Expired"}"#
        let holder = try JSONDecoder().decode(Holder.self, from: Data(json.utf8))
        #expect(holder.Status == .unknown("Expired"))
        #expect(holder.Method == .unknown(4))
        #expect(!holder.Status.isKnown)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(holder), as: UTF8.self) == json)
    }

    @Test("case matters: \"accepted\" is not Accepted")
    func caseSensitive() {
        #expect(PhoneChat.BookingStatus(rawValue: "accepted") == .unknown("accepted"))
    }
}
