import AWModels
import DataContractXML
import Foundation
import Testing

@Suite("PhoneChat.ReceivedBooking from the JSON sample")
struct ReceivedBookingJSONTests {
    let booking: PhoneChat.ReceivedBooking

    init() throws {
        booking = try ResponseDecoder().decode(
            PhoneChat.ReceivedBooking.self,
            from: try sample("PhoneChat/AcceptReceivedBooking/response.json"),
            contentType: "application/json; charset=utf-8")
    }

    @Test("every documented value of the page's response sample")
    func documentedValues() throws {
        #expect(booking.bookingID == 1)
        #expect(booking.duration == 15)
        #expect(booking.credits == 8)
        #expect(booking.status == .accepted)
        #expect(booking.method == .bookedUserCallsClient)
        #expect(booking.phoneNumber == nil)
        #expect(booking.skypeName == nil)
        #expect(booking.createDate.description == "2018-01-20T12:34:56.789")
        #expect(booking.createDate == (try DateTime(year: 2018, month: 1, day: 20, hour: 12, minute: 34, second: 56, ticks: 7_890_000)))
        #expect(booking.sessionDate.description == "2018-01-22T21:30:00")
        #expect(booking.acceptBy.description == "2018-01-22T00:00:00")
        #expect(booking.acceptedDate?.description == "2018-01-21T13:24:05.987")
        #expect(booking.confirmedDate == nil)
        #expect(booking.cancelledDate == nil)
        #expect(booking.cancelledReason == nil)
        #expect(booking.cancelledBy == nil)
        #expect(booking.rejectedReason == nil)
        #expect(booking.lastUpdated.description == "2018-01-21T13:24:05.987")
        #expect(booking.comments == nil)
        #expect(booking.actionCandidate == "BookingUser Needs to Confirm")
    }

    @Test("the nested aws:PhoneChatBookingUser")
    func client() {
        #expect(booking.client == PhoneChat.BookingUser(
            userID: 123654, nickname: "BookingUser", phoneNumber: nil, skypeName: nil,
            total: 1, positive: 1, neutral: 0, negative: 0, ratings: 1, disputes: 0))
    }

    @Test("the same bytes sniffed without a content type decode to the same value")
    func sniffed() throws {
        let data = try sample("PhoneChat/AcceptReceivedBooking/response.json")
        #expect(try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: data) == booking)
    }

    @Test("encoding writes every wire name, nulls included, and decodes back equal")
    func roundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(booking)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == Set(PhoneChat.ReceivedBooking.CodingKeys.allCases.map(\.rawValue)))
        #expect(object["PhoneNumber"] is NSNull)
        #expect(object["CreateDate"] as? String == "2018-01-20T12:34:56.789")
        #expect(try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: data) == booking)
    }
}

@Suite("Request body")
struct AcceptReceivedBookingRequestTests {
    @Test("encodes to the documented body {\"BookingID\":1,\"Credits\":8}")
    func body() throws {
        let data = try JSONEncoder().encode(PhoneChat.AcceptReceivedBookingRequest(bookingID: 1, credits: 8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.count == 2)
        #expect((object["BookingID"] as? NSNumber)?.intValue == 1)
        #expect(String(decoding: data, as: UTF8.self).contains(#""Credits":8"#))
    }

    @Test("the page's request sample decodes to BookingID 1, Credits 8")
    func sampleDecodes() throws {
        let request = try JSONDecoder().decode(
            PhoneChat.AcceptReceivedBookingRequest.self,
            from: try sample("PhoneChat/AcceptReceivedBooking/request.json"))
        #expect(request == PhoneChat.AcceptReceivedBookingRequest(bookingID: 1, credits: 8))
    }
}
