import AWModels
import Foundation
import Testing

/// Requests render to the method, path, query and body the pages document.
@Suite struct RequestTests {
    private func sample(_ path: String) throws -> Data {
        try Data(contentsOf: SchemaFixtures.repository.appendingPathComponent("Samples/\(path)"))
    }

    private func jsonObject(_ data: Data?) throws -> NSDictionary {
        let data = try #require(data)
        return try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func aJSONBodyHasExactlyTheDocumentedMembers() throws {
        let request = try PhoneChat.AcceptReceivedBookingRequest(bookingID: 1, credits: 8).httpRequest()
        #expect(request.method == "POST")
        #expect(request.path == "/v1/PhoneChat/AcceptReceivedBooking")
        #expect(request.queryItems.isEmpty)
        #expect(request.contentType == "application/json")
        #expect(String(decoding: try #require(request.body), as: UTF8.self) == #"{"BookingID":1,"Credits":8}"#)
    }

    /// Every request sample of `Samples/` decodes to its request type, and encodes back to the same
    /// members and values.
    @Test(arguments: [
        "Email/BlockedSendersAdd", "Email/BlockedSendersUpdate", "PhoneChat/AcceptReceivedBooking",
        "PhoneChat/CancelMadeBooking", "PhoneChat/RescheduleMadeBooking", "Pictures/UpdatePricePlans",
        "Webcam/AcceptReceivedBooking", "Webcam/CancelMadeBooking", "Webcam/ConfirmMadeBooking",
        "Webcam/RescheduleMadeBooking",
    ])
    func requestSamplesRoundTrip(endpoint id: String) throws {
        let endpoint = try #require(Endpoint.named(id))
        let type = try #require(endpoint.requestType)
        let data = try sample("\(id)/request.json")
        let request = try JSONDecoder().decode(type, from: data)
        #expect(try jsonObject(try request.httpRequest().body) == jsonObject(data))
    }

    @Test func queryParametersInTheAPIsLexicalForms() throws {
        var request = Webcam.GetUserBookingRequirementsRequest(bookUserIDs: [1, 2, 3])
        #expect(request.queryItems == [URLQueryItem(name: "BookUserIDs", value: "1,2,3")])
        request.bookUserIDs = []
        #expect(request.queryItems == [URLQueryItem(name: "BookUserIDs", value: "")])
        let made = PhoneChat.MadeBookingsRequest(startDate: try DateOnly(year: 2018, month: 1, day: 22))
        #expect(made.queryItems.first { $0.name == "StartDate" }?.value == "2018-01-22")
        let search = Search.SearchToursRequest(
            countryID: 1, regionID: 2, tourDateFrom: try DateTime(year: 2018, month: 1, day: 2))
        #expect(search.queryItems.first { $0.name == "TourDateFrom" }?.value == "2018-01-02")
    }

    @Test func aDocumentedFormatAppliesInAJSONBody() throws {
        let json = #"""
            {"BookUserID": 7, "FirstName": "Ann", "ContactNumber": "0123", "ContactOn": "22-01-2018",
             "ContactOnStartTime": "10:00", "ContactOnEndTime": "11:00", "MeetStartDate": "2018-02-03",
             "MeetStartTime": "20:00", "MeetEndDate": "03-02-2018", "MeetEndTime": "22:00"}
            """#
        var booking = try JSONDecoder().decode(Bookings.CreateBookingRequest.self, from: Data(json.utf8))
        #expect(booking.contactOn == (try DateOnly(year: 2018, month: 1, day: 22)))
        #expect(booking.meetStartDate == (try DateOnly(year: 2018, month: 2, day: 3)))
        #expect(booking.lastName == nil)
        booking.meetEndDate = try DateOnly(year: 2018, month: 2, day: 4)
        let body = try jsonObject(try booking.httpRequest().body)
        #expect(body["ContactOn"] as? String == "22-01-2018")
        #expect(body["MeetStartDate"] as? String == "03-02-2018")
        #expect(body["MeetEndDate"] as? String == "04-02-2018")
        #expect(body["LastName"] == nil)
        #expect(body.count == 10)
        let show = DirectCam.ScheduleShowRequest(
            scheduledDate: try DateTime(year: 2018, month: 1, day: 22, hour: 21, minute: 30), estimatedLengthInMinutes: .value30,
            title: "Show", webcamCategoryID: 1, summary: "S", image: "I")
        let showBody = try jsonObject(try show.httpRequest().body)
        #expect(showBody["ScheduledDate"] as? String == "2018-01-22 21:30")
        #expect(showBody["EstimatedLengthInMinutes"] as? Int == 30)
    }

    @Test func aGroupManagerParameterSendsTheCallToTheGroupManagerPath() throws {
        let own = try PhoneChat.GetSettingsRequest().httpRequest()
        #expect(own.path == "/v1/PhoneChat/GetSettings")
        #expect(own.queryItems.isEmpty)
        let managed = try PhoneChat.GetSettingsRequest(userID: 5).httpRequest()
        #expect(managed.path == "/v1/Groups/PhoneChat/GetSettings")
        #expect(managed.queryItems == [URLQueryItem(name: "UserID", value: "5")])
        let url = managed.url(relativeTo: URL(string: "https://api-sandbox.adultwork.com")!)
        #expect(url?.absoluteString == "https://api-sandbox.adultwork.com/v1/Groups/PhoneChat/GetSettings?UserID=5")
    }
}
