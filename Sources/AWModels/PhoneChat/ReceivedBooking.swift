import DataContractXML
import Foundation

extension PhoneChat {
    /// A PhoneChat booking the authenticated user received: the response of
    /// `POST /v1/PhoneChat/AcceptReceivedBooking`.
    ///
    /// Source: PhoneChat/AcceptReceivedBooking documentation page, "Response" table (all 20
    /// properties). Properties the page says "will be null if…" are optional; `Comments` is
    /// optional because the page's JSON sample shows it as `null` (the table does not say so).
    /// ``client``'s type is documented only by the samples (see ``BookingUser``).
    ///
    /// Dates are `DateTime` values without an offset (wall-clock times); credits are exact
    /// `Decimal`s (`8` in JSON, `8.0000` in XML).
    public struct ReceivedBooking: Codable, Hashable, Sendable {
        /// `BookingID`: the ID of the booking.
        public var bookingID: Int
        /// `Duration`: the planned length of the session, in minutes.
        public var duration: Int
        /// `Credits`: credits offered by the client, or agreed by both parties once accepted.
        public var credits: Decimal
        /// `Status`: Pending, Accepted, Rejected, Confirmed or Cancelled.
        public var status: BookingStatus
        /// `Method`: how the session is called (1, 2 or 3).
        public var method: CallMethod
        /// `PhoneNumber`: the candidate's phone number; `nil` when the method needs none.
        public var phoneNumber: String?
        /// `SkypeName`: the candidate's Skype name; `nil` when the method needs none.
        public var skypeName: String?
        /// `CreateDate`: when the booking was created.
        public var createDate: DateTime
        /// `SessionDate`: when the session is planned to happen.
        public var sessionDate: DateTime
        /// `AcceptBy`: the time until which the booking can be accepted.
        public var acceptBy: DateTime
        /// `AcceptedDate`: when the booking was accepted; `nil` if it never was.
        public var acceptedDate: DateTime?
        /// `ConfirmedDate`: when the booking was confirmed; `nil` if it never was.
        public var confirmedDate: DateTime?
        /// `CancelledDate`: when the booking was cancelled; `nil` if it never was.
        public var cancelledDate: DateTime?
        /// `CancelledReason`: why the booking was cancelled; `nil` if it never was.
        public var cancelledReason: String?
        /// `CancelledBy`: nickname of the user who cancelled; `nil` if it never was.
        public var cancelledBy: String?
        /// `RejectedReason`: why the booking was rejected; `nil` if it never was.
        public var rejectedReason: String?
        /// `LastUpdated`: when the booking was last updated.
        public var lastUpdated: DateTime
        /// `Comments`: the client's comment; `null` in the page's JSON sample.
        public var comments: String?
        /// `ActionCandidate`: what the user needs to do next; `nil` when nothing.
        public var actionCandidate: String?
        /// `Client`: the user who made the booking.
        public var client: BookingUser

        public init(
            bookingID: Int, duration: Int, credits: Decimal, status: BookingStatus,
            method: CallMethod, phoneNumber: String? = nil, skypeName: String? = nil,
            createDate: DateTime, sessionDate: DateTime, acceptBy: DateTime,
            acceptedDate: DateTime? = nil, confirmedDate: DateTime? = nil,
            cancelledDate: DateTime? = nil, cancelledReason: String? = nil,
            cancelledBy: String? = nil, rejectedReason: String? = nil, lastUpdated: DateTime,
            comments: String? = nil, actionCandidate: String? = nil, client: BookingUser
        ) {
            self.bookingID = bookingID
            self.duration = duration
            self.credits = credits
            self.status = status
            self.method = method
            self.phoneNumber = phoneNumber
            self.skypeName = skypeName
            self.createDate = createDate
            self.sessionDate = sessionDate
            self.acceptBy = acceptBy
            self.acceptedDate = acceptedDate
            self.confirmedDate = confirmedDate
            self.cancelledDate = cancelledDate
            self.cancelledReason = cancelledReason
            self.cancelledBy = cancelledBy
            self.rejectedReason = rejectedReason
            self.lastUpdated = lastUpdated
            self.comments = comments
            self.actionCandidate = actionCandidate
            self.client = client
        }

        /// The wire names, exactly as the page's table writes them (case-sensitive).
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case bookingID = "BookingID"
            case duration = "Duration"
            case credits = "Credits"
            case status = "Status"
            case method = "Method"
            case phoneNumber = "PhoneNumber"
            case skypeName = "SkypeName"
            case createDate = "CreateDate"
            case sessionDate = "SessionDate"
            case acceptBy = "AcceptBy"
            case acceptedDate = "AcceptedDate"
            case confirmedDate = "ConfirmedDate"
            case cancelledDate = "CancelledDate"
            case cancelledReason = "CancelledReason"
            case cancelledBy = "CancelledBy"
            case rejectedReason = "RejectedReason"
            case lastUpdated = "LastUpdated"
            case comments = "Comments"
            case actionCandidate = "ActionCandidate"
            case client = "Client"
        }

        /// Encodes every property, `nil` ones as an explicit null (JSON `null`, XML `i:nil`), as
        /// the API writes them.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(bookingID, forKey: .bookingID)
            try c.encode(duration, forKey: .duration)
            try c.encode(credits, forKey: .credits)
            try c.encode(status, forKey: .status)
            try c.encode(method, forKey: .method)
            try c.encode(phoneNumber, forKey: .phoneNumber)
            try c.encode(skypeName, forKey: .skypeName)
            try c.encode(createDate, forKey: .createDate)
            try c.encode(sessionDate, forKey: .sessionDate)
            try c.encode(acceptBy, forKey: .acceptBy)
            try c.encode(acceptedDate, forKey: .acceptedDate)
            try c.encode(confirmedDate, forKey: .confirmedDate)
            try c.encode(cancelledDate, forKey: .cancelledDate)
            try c.encode(cancelledReason, forKey: .cancelledReason)
            try c.encode(cancelledBy, forKey: .cancelledBy)
            try c.encode(rejectedReason, forKey: .rejectedReason)
            try c.encode(lastUpdated, forKey: .lastUpdated)
            try c.encode(comments, forKey: .comments)
            try c.encode(actionCandidate, forKey: .actionCandidate)
            try c.encode(client, forKey: .client)
        }
    }
}

extension PhoneChat.ReceivedBooking: DataContractDescribing {
    /// From the page's XML sample: root `ReceivedBooking` in `API.Models.PhoneChat.Bookings.Received`,
    /// all members declared by the type itself.
    public static let dataContract = DataContract(
        name: "ReceivedBooking",
        namespace: "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received",
        memberGroups: [
            .init(
                namespace: "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received",
                members: CodingKeys.allCases.map(\.rawValue))
        ])
}
