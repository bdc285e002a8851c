import DataContractXML
import Foundation
import Testing

/// Test models equivalent to AWModels' PhoneChat types (this target depends only on
/// DataContractXML), and the seed XML of the PhoneChat/AcceptReceivedBooking page.
enum Fixtures {
    static let received = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received"
    static let bookings = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings"
    static let profile = "http://schemas.datacontract.org/2004/07/API.Models.Profile"

    /// The seed XML exactly as the documentation page publishes it (two end tags lack `/`).
    static let seedVerbatim = #"""
<ReceivedBooking xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received">
    <AcceptBy>2018-01-22T00:00:00</AcceptBy>
    <AcceptedDate>2018-01-21T13:24:05.987</AcceptedDate>
    <ActionCandidate>BookingUser Needs to Confirm<ActionCandidate>
    <BookingID>1</BookingID>            
    <CancelledBy i:nil="true" />
    <CancelledDate i:nil="true" />
    <CancelledReason i:nil="true" />
    <Client xmlns:d4p1="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings">
        <Disputes xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Disputes>
        <Negative xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">1</Negative>
        <Neutral xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Neutral>
        <Positive xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">7</Positive>
        <Ratings xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">8</Ratings>
        <Total xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">6</Total>
        <d4p1:Nickname>BookingUser</d4p1:Nickname>
        <d4p1:PhoneNumber i:nil="true" />
        <d4p1:SkypeName i:nil="true" />
        <d4p1:UserID>123654</d4p1:UserID>
    </Client>
    <Comments>Hi, I had a great time last weekend, I want to do it again tonight!<Comments>
    <ConfirmedDate>2018-01-21T13:24:05.987</ConfirmedDate>
    <CreateDate>2018-01-20T12:34:56.789</CreateDate>
    <Credits>8.0000</Credits>
    <Duration>15</Duration>
    <LastUpdated>2018-01-21T13:24:05.987</LastUpdated>
    <Method>1</Method>
    <PhoneNumber i:nil="true" />
    <RejectedReason i:nil="true" />
    <SessionDate>2018-01-22T21:30:00</SessionDate>
    <SkypeName i:nil="true" />
    <Status>Accepted</Status>
</ReceivedBooking>
"""#

    /// The seed with its two broken end tags repaired.
    static var seedRepaired: String {
        seedVerbatim
            .replacingOccurrences(of: "Confirm<ActionCandidate>", with: "Confirm</ActionCandidate>")
            .replacingOccurrences(of: "tonight!<Comments>", with: "tonight!</Comments>")
    }
}

enum Status: String, Codable, Hashable {
    case pending = "Pending", accepted = "Accepted", rejected = "Rejected"
    case confirmed = "Confirmed", cancelled = "Cancelled"
}

struct BookingUser: Codable, Hashable, DataContractDescribing {
    var userID: Int
    var nickname: String
    var phoneNumber: String?
    var skypeName: String?
    var total: Int
    var positive: Int
    var neutral: Int
    var negative: Int
    var ratings: Int
    var disputes: Int

    enum CodingKeys: String, CodingKey {
        case userID = "UserID", nickname = "Nickname", phoneNumber = "PhoneNumber"
        case skypeName = "SkypeName", total = "Total", positive = "Positive", neutral = "Neutral"
        case negative = "Negative", ratings = "Ratings", disputes = "Disputes"
    }

    static let dataContract = DataContract(
        name: "PhoneChatBookingUser", namespace: Fixtures.bookings,
        memberGroups: [
            .init(namespace: Fixtures.profile, members: ["Disputes", "Negative", "Neutral", "Positive", "Ratings", "Total"]),
            .init(namespace: Fixtures.bookings, members: ["Nickname", "PhoneNumber", "SkypeName", "UserID"]),
        ])
}

struct ReceivedBooking: Codable, Hashable, DataContractDescribing {
    var bookingID: Int
    var duration: Int
    var credits: Decimal
    var status: Status
    var method: Int
    var phoneNumber: String?
    var skypeName: String?
    var createDate: DateTime
    var sessionDate: DateTime
    var acceptBy: DateTime
    var acceptedDate: DateTime?
    var confirmedDate: DateTime?
    var cancelledDate: DateTime?
    var cancelledReason: String?
    var cancelledBy: String?
    var rejectedReason: String?
    var lastUpdated: DateTime
    var comments: String?
    var actionCandidate: String?
    var client: BookingUser

    enum CodingKeys: String, CodingKey, CaseIterable {
        case bookingID = "BookingID", duration = "Duration", credits = "Credits", status = "Status"
        case method = "Method", phoneNumber = "PhoneNumber", skypeName = "SkypeName"
        case createDate = "CreateDate", sessionDate = "SessionDate", acceptBy = "AcceptBy"
        case acceptedDate = "AcceptedDate", confirmedDate = "ConfirmedDate"
        case cancelledDate = "CancelledDate", cancelledReason = "CancelledReason"
        case cancelledBy = "CancelledBy", rejectedReason = "RejectedReason"
        case lastUpdated = "LastUpdated", comments = "Comments"
        case actionCandidate = "ActionCandidate", client = "Client"
    }

    static let dataContract = DataContract(
        name: "ReceivedBooking", namespace: Fixtures.received,
        memberGroups: [.init(namespace: Fixtures.received, members: CodingKeys.allCases.map(\.rawValue))])
}

/// Decodes `xml` (UTF-8) with default or given options.
func decode<T: Decodable>(
    _ type: T.Type, _ xml: String, options: DataContractDecoder.Options = .init()
) throws -> T {
    try DataContractDecoder(options: options).decode(type, from: Array(xml.utf8))
}

/// A document whose root `<R>` holds `body`, with the usual `i` prefix bound.
func doc(_ body: String) -> String {
    #"<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t">"# + body + "</R>"
}
