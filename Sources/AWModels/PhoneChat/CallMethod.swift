extension PhoneChat {
    /// How a PhoneChat session is called: the `Method` property of ``ReceivedBooking``.
    ///
    /// Source: PhoneChat/AcceptReceivedBooking documentation page: "1 if the client wants to be
    /// called by the booked user (logged in user), 2 if the client will call you him/herself, or
    /// 3 if skype will be used." On the wire as the integer, in JSON and XML alike.
    public enum CallMethod: OpenEnumeration {
        /// 1: the booked user (the logged-in user) calls the client.
        case bookedUserCallsClient
        /// 2: the client calls the booked user.
        case clientCalls
        /// 3: the session uses Skype.
        case skype
        /// A method number the documentation does not list, as sent.
        case unknown(Int)

        public static let knownCases: [CallMethod] = [.bookedUserCallsClient, .clientCalls, .skype]

        /// The wire value: 1, 2, 3, or the unknown number as sent.
        public var rawValue: Int {
            switch self {
            case .bookedUserCallsClient: 1
            case .clientCalls: 2
            case .skype: 3
            case .unknown(let value): value
            }
        }
    }
}
