extension PhoneChat {
    /// The status of a PhoneChat booking: the `Status` property of ``ReceivedBooking``.
    ///
    /// Source: PhoneChat/AcceptReceivedBooking documentation page, "This can be Pending, Accepted,
    /// Rejected, Confirmed or Cancelled." On the wire as the name, in JSON and XML alike.
    public enum BookingStatus: OpenEnumeration {
        /// Waiting for the booked user to accept or reject it.
        case pending
        /// Accepted by the booked user.
        case accepted
        /// Rejected by the booked user.
        case rejected
        /// Confirmed by both parties.
        case confirmed
        /// Cancelled by either party.
        case cancelled
        /// A status the documentation does not list, as sent.
        case unknown(String)

        public static let knownCases: [BookingStatus] = [
            .pending, .accepted, .rejected, .confirmed, .cancelled,
        ]

        /// The wire value: `Pending`, `Accepted`, `Rejected`, `Confirmed`, `Cancelled`, or the
        /// unknown value as sent.
        public var rawValue: String {
            switch self {
            case .pending: "Pending"
            case .accepted: "Accepted"
            case .rejected: "Rejected"
            case .confirmed: "Confirmed"
            case .cancelled: "Cancelled"
            case .unknown(let value): value
            }
        }
    }
}
