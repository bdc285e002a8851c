import DataContractXML

extension PhoneChat {
    /// A user taking part in a PhoneChat booking: the page's `aws:PhoneChatBookingUser`, as in
    /// ``ReceivedBooking/client``.
    ///
    /// Source: PhoneChat/AcceptReceivedBooking documentation page. The page documents no table for
    /// this type: **every property is known only from the page's JSON and XML samples.** The XML
    /// sample shows that `Disputes`, `Negative`, `Neutral`, `Positive`, `Ratings` and `Total`
    /// are declared by a base contract in `…/API.Models.Profile`, and the rest in
    /// `…/API.Models.PhoneChat.Bookings`.
    public struct BookingUser: Codable, Hashable, Sendable {
        /// `UserID`: the user's ID.
        public var userID: Int
        /// `Nickname`: the user's nickname.
        public var nickname: String
        /// `PhoneNumber`: the user's phone number; `null` in both samples.
        public var phoneNumber: String?
        /// `SkypeName`: the user's Skype name; `null` in both samples.
        public var skypeName: String?
        /// `Total`: the user's total feedback count.
        public var total: Int
        /// `Positive`: positive feedback count.
        public var positive: Int
        /// `Neutral`: neutral feedback count.
        public var neutral: Int
        /// `Negative`: negative feedback count.
        public var negative: Int
        /// `Ratings`: number of ratings.
        public var ratings: Int
        /// `Disputes`: number of disputes.
        public var disputes: Int

        public init(
            userID: Int, nickname: String, phoneNumber: String? = nil, skypeName: String? = nil,
            total: Int, positive: Int, neutral: Int, negative: Int, ratings: Int, disputes: Int
        ) {
            self.userID = userID
            self.nickname = nickname
            self.phoneNumber = phoneNumber
            self.skypeName = skypeName
            self.total = total
            self.positive = positive
            self.neutral = neutral
            self.negative = negative
            self.ratings = ratings
            self.disputes = disputes
        }

        /// The wire names, exactly as the API writes them.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case userID = "UserID"
            case nickname = "Nickname"
            case phoneNumber = "PhoneNumber"
            case skypeName = "SkypeName"
            case total = "Total"
            case positive = "Positive"
            case neutral = "Neutral"
            case negative = "Negative"
            case ratings = "Ratings"
            case disputes = "Disputes"
        }

        /// Encodes every property, `nil` ones as an explicit null (JSON `null`, XML `i:nil`), as
        /// the API writes them.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(userID, forKey: .userID)
            try c.encode(nickname, forKey: .nickname)
            try c.encode(phoneNumber, forKey: .phoneNumber)
            try c.encode(skypeName, forKey: .skypeName)
            try c.encode(total, forKey: .total)
            try c.encode(positive, forKey: .positive)
            try c.encode(neutral, forKey: .neutral)
            try c.encode(negative, forKey: .negative)
            try c.encode(ratings, forKey: .ratings)
            try c.encode(disputes, forKey: .disputes)
        }
    }
}

extension PhoneChat.BookingUser: DataContractDescribing {
    /// From the page's XML sample: base members in `API.Models.Profile`, own members in
    /// `API.Models.PhoneChat.Bookings`. The contract name is the page's type name.
    public static let dataContract = DataContract(
        name: "PhoneChatBookingUser",
        namespace: "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings",
        memberGroups: [
            .init(
                namespace: "http://schemas.datacontract.org/2004/07/API.Models.Profile",
                members: ["Disputes", "Negative", "Neutral", "Positive", "Ratings", "Total"]),
            .init(
                namespace: "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings",
                members: ["Nickname", "PhoneNumber", "SkypeName", "UserID"]),
        ])
}
