import DataContractXML
import Foundation
import Testing

@Suite("JSON and XML parity")
struct ParityTests {
    @Test func sameRecordAsJSONAndAsXMLDecodesToEqualValues() throws {
        let json = #"""
            {"BookingID":7,"Duration":30,"Credits":8.5,"Status":"Confirmed","Method":2,"PhoneNumber":"0123",
             "SkypeName":null,"CreateDate":"2024-03-05T14:07:09.1234567","SessionDate":"2024-03-06T20:00:00",
             "AcceptBy":"2024-03-06T00:00:00","AcceptedDate":"2024-03-05T15:00:00Z","ConfirmedDate":null,
             "CancelledDate":null,"CancelledReason":null,"CancelledBy":null,"RejectedReason":null,
             "LastUpdated":"2024-03-05T15:00:00+01:00","Comments":"a < b & c","ActionCandidate":null,
             "Client":{"UserID":9,"Nickname":"Zoë","PhoneNumber":null,"SkypeName":"zoe.s","Total":3,
                       "Positive":2,"Neutral":1,"Negative":0,"Ratings":3,"Disputes":0}}
            """#
        let xml = #"""
            <ReceivedBooking xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="\#(Fixtures.received)"><AcceptBy>2024-03-06T00:00:00</AcceptBy><AcceptedDate>2024-03-05T15:00:00Z</AcceptedDate><ActionCandidate i:nil="true"/><BookingID>7</BookingID><CancelledBy i:nil="true"/><CancelledDate i:nil="true"/><CancelledReason i:nil="true"/><Client xmlns:d4p1="\#(Fixtures.bookings)"><Disputes xmlns="\#(Fixtures.profile)">0</Disputes><Negative xmlns="\#(Fixtures.profile)">0</Negative><Neutral xmlns="\#(Fixtures.profile)">1</Neutral><Positive xmlns="\#(Fixtures.profile)">2</Positive><Ratings xmlns="\#(Fixtures.profile)">3</Ratings><Total xmlns="\#(Fixtures.profile)">3</Total><d4p1:Nickname>Zoë</d4p1:Nickname><d4p1:PhoneNumber i:nil="true"/><d4p1:SkypeName>zoe.s</d4p1:SkypeName><d4p1:UserID>9</d4p1:UserID></Client><Comments>a &lt; b &amp; c</Comments><ConfirmedDate i:nil="true"/><CreateDate>2024-03-05T14:07:09.1234567</CreateDate><Credits>8.5000</Credits><Duration>30</Duration><LastUpdated>2024-03-05T15:00:00+01:00</LastUpdated><Method>2</Method><PhoneNumber>0123</PhoneNumber><RejectedReason i:nil="true"/><SessionDate>2024-03-06T20:00:00</SessionDate><SkypeName i:nil="true"/><Status>Confirmed</Status></ReceivedBooking>
            """#
        let fromJSON = try JSONDecoder().decode(ReceivedBooking.self, from: Data(json.utf8))
        let fromXML = try decode(ReceivedBooking.self, xml)
        #expect(fromXML == fromJSON)
        #expect(fromXML.credits == Decimal(string: "8.5"))
        #expect(fromXML.client.nickname == "Zoë")
    }
}
