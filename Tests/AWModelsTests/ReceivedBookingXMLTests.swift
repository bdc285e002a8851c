import AWModels
import DataContractXML
import Foundation
import Testing

@Suite("PhoneChat.ReceivedBooking from the XML sample")
struct ReceivedBookingXMLTests {
    /// The page's XML sample with its two end tags repaired (`</ActionCandidate>`, `</Comments>`).
    static func repairedSample() throws -> Data {
        let text = String(decoding: try sample("PhoneChat/AcceptReceivedBooking/response.xml"), as: UTF8.self)
            .replacingOccurrences(of: "Confirm<ActionCandidate>", with: "Confirm</ActionCandidate>")
            .replacingOccurrences(of: "tonight!<Comments>", with: "tonight!</Comments>")
        return Data(text.utf8)
    }

    @Test("the repaired sample decodes to the values it shows, which differ from the JSON sample's")
    func repaired() throws {
        let booking = try ResponseDecoder().decode(
            PhoneChat.ReceivedBooking.self, from: try Self.repairedSample(), contentType: "application/xml; charset=utf-8")
        #expect(booking.credits == 8)
        #expect(booking.confirmedDate?.description == "2018-01-21T13:24:05.987")
        #expect(booking.comments == "Hi, I had a great time last weekend, I want to do it again tonight!")
        #expect(booking.client.negative == 1)
        #expect(booking.client.positive == 7)
        #expect(booking.client.ratings == 8)
        #expect(booking.client.total == 6)
        #expect(booking.client.userID == 123654)
        #expect(booking.cancelledBy == nil)
        #expect(booking.status == .accepted)
    }

    @Test("sniffed without a content type, under strict namespaces too")
    func strict() throws {
        var options = DataContractDecoder.Options()
        options.strictNamespaces = true
        let booking = try ResponseDecoder(xmlOptions: options).decode(PhoneChat.ReceivedBooking.self, from: try Self.repairedSample())
        #expect(booking.client.nickname == "BookingUser")
    }

    @Test("the sample as published fails, naming ActionCandidate left open at line 4 and the missing /")
    func verbatim() throws {
        let data = try sample("PhoneChat/AcceptReceivedBooking/response.xml")
        #expect { try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: data) } throws: { error in
            guard let error = error as? DataContractXMLError else { return false }
            return error.code == .notWellFormed && error.openElement == "ActionCandidate"
                && error.openElementLine == 4 && error.missingSlashSuspected
                && error.description.contains("</ActionCandidate>")
        }
    }

    @Test("a record written as JSON and as XML decodes to equal values")
    func parity() throws {
        let json = #"{"BookingID":5,"Duration":20,"Credits":12.5,"Status":"Pending","Method":3,"PhoneNumber":null,"SkypeName":"caller.five","CreateDate":"2021-07-01T08:00:00.1234567","SessionDate":"2021-07-02T20:00:00","AcceptBy":"2021-07-02T12:00:00","AcceptedDate":null,"ConfirmedDate":null,"CancelledDate":null,"CancelledReason":null,"CancelledBy":null,"RejectedReason":null,"LastUpdated":"2021-07-01T08:00:00.1234567","Comments":"Fish & chips <3","ActionCandidate":null,"Client":{"UserID":9,"Nickname":"Five","PhoneNumber":null,"SkypeName":null,"Total":0,"Positive":0,"Neutral":0,"Negative":0,"Ratings":0,"Disputes":0}}"#
        let xml = """
            <ReceivedBooking xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received"><AcceptBy>2021-07-02T12:00:00</AcceptBy><AcceptedDate i:nil="true"/><ActionCandidate i:nil="true"/><BookingID>5</BookingID><CancelledBy i:nil="true"/><CancelledDate i:nil="true"/><CancelledReason i:nil="true"/><Client xmlns:d2p1="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings"><Disputes xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Disputes><Negative xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Negative><Neutral xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Neutral><Positive xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Positive><Ratings xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Ratings><Total xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Total><d2p1:Nickname>Five</d2p1:Nickname><d2p1:PhoneNumber i:nil="true"/><d2p1:SkypeName i:nil="true"/><d2p1:UserID>9</d2p1:UserID></Client><Comments>Fish &amp; chips &lt;3</Comments><ConfirmedDate i:nil="true"/><CreateDate>2021-07-01T08:00:00.1234567</CreateDate><Credits>12.5000</Credits><Duration>20</Duration><LastUpdated>2021-07-01T08:00:00.1234567</LastUpdated><Method>3</Method><PhoneNumber i:nil="true"/><RejectedReason i:nil="true"/><SessionDate>2021-07-02T20:00:00</SessionDate><SkypeName>caller.five</SkypeName><Status>Pending</Status></ReceivedBooking>
            """
        let decoder = ResponseDecoder()
        let fromJSON = try decoder.decode(PhoneChat.ReceivedBooking.self, from: Data(json.utf8), contentType: "application/json")
        let fromXML = try decoder.decode(PhoneChat.ReceivedBooking.self, from: Data(xml.utf8), contentType: "text/xml")
        #expect(fromJSON == fromXML)
        #expect(fromXML.comments == "Fish & chips <3")
        #expect(fromXML.method == .skype)
    }
}
