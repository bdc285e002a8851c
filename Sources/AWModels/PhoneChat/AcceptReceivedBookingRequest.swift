import DataContractXML
import Foundation

extension PhoneChat {
    /// The JSON body of `POST /v1/PhoneChat/AcceptReceivedBooking`:
    /// `{"BookingID": 1, "Credits": 8}`.
    ///
    /// Source: PhoneChat/AcceptReceivedBooking documentation page, "Request" table; both
    /// properties are documented as required. The page's prerequisites (the booking's Status is
    /// Pending, its AcceptBy and SessionDate are in the future) are checked by the server.
    public struct AcceptReceivedBookingRequest: Codable, Hashable, Sendable {
        /// `BookingID`: the ID of the booking to accept.
        public var bookingID: Int
        /// `Credits`: the credits the performer wishes to receive; when this differs from the
        /// booking's Credits the client is warned.
        public var credits: Decimal

        public init(bookingID: Int, credits: Decimal) {
            self.bookingID = bookingID
            self.credits = credits
        }

        /// The wire names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case bookingID = "BookingID"
            case credits = "Credits"
        }
    }
}

extension PhoneChat.AcceptReceivedBookingRequest: DataContractDescribing {
    /// **Assumed**: the page documents the request as JSON only and shows no XML sample, so
    /// the contract name is the type's name and the namespace is the PhoneChat models'
    /// (`API.Models.PhoneChat`), following the response's naming; both members are the type's own.
    public static let dataContract = DataContract(
        name: "AcceptReceivedBookingRequest",
        namespace: "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat",
        memberGroups: [
            .init(
                namespace: "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat",
                members: CodingKeys.allCases.map(\.rawValue))
        ])
}
