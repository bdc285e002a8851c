// The memberwise XML path for the hand-written PhoneChat models, written by hand the way the
// model generator is to emit it (see DataContractMemberwiseDecodable), to measure it and to
// prove it gives what init(from:) gives. Test-only (Benchmarks/Sources/BenchmarkInputs links
// this file): AWModels itself is regenerated, and the generator will emit these conformances
// there, at which point this file goes away.
//
// Members are read in the contract's order (DataContract.memberOrder: groups base first, each
// sorted ordinally), with decode where the synthesized init(from:) uses decode and
// decodeIfPresent where it uses decodeIfPresent (the optional members). Outside AWModels an
// initializer must delegate to self.init, so values go to locals first; inside AWModels a
// conformance assigns the stored properties directly.
import AWModels
import DataContractXML
import Foundation

extension PhoneChat.ReceivedBooking: DataContractMemberwiseDecodable {
    public init(dataContractMembers members: inout DataContractMemberReader) throws {
        let acceptBy = try members.decode(DateTime.self, forKey: CodingKeys.acceptBy)
        let acceptedDate = try members.decodeIfPresent(DateTime.self, forKey: CodingKeys.acceptedDate)
        let actionCandidate = try members.decodeIfPresent(String.self, forKey: CodingKeys.actionCandidate)
        let bookingID = try members.decode(Int.self, forKey: CodingKeys.bookingID)
        let cancelledBy = try members.decodeIfPresent(String.self, forKey: CodingKeys.cancelledBy)
        let cancelledDate = try members.decodeIfPresent(DateTime.self, forKey: CodingKeys.cancelledDate)
        let cancelledReason = try members.decodeIfPresent(String.self, forKey: CodingKeys.cancelledReason)
        let client = try members.decode(PhoneChat.BookingUser.self, forKey: CodingKeys.client)
        let comments = try members.decodeIfPresent(String.self, forKey: CodingKeys.comments)
        let confirmedDate = try members.decodeIfPresent(DateTime.self, forKey: CodingKeys.confirmedDate)
        let createDate = try members.decode(DateTime.self, forKey: CodingKeys.createDate)
        let credits = try members.decode(Decimal.self, forKey: CodingKeys.credits)
        let duration = try members.decode(Int.self, forKey: CodingKeys.duration)
        let lastUpdated = try members.decode(DateTime.self, forKey: CodingKeys.lastUpdated)
        let method = Self.callMethod(try members.decodeRawValue(Int.self, forKey: CodingKeys.method))
        let phoneNumber = try members.decodeIfPresent(String.self, forKey: CodingKeys.phoneNumber)
        let rejectedReason = try members.decodeIfPresent(String.self, forKey: CodingKeys.rejectedReason)
        let sessionDate = try members.decode(DateTime.self, forKey: CodingKeys.sessionDate)
        let skypeName = try members.decodeIfPresent(String.self, forKey: CodingKeys.skypeName)
        let status = Self.bookingStatus(try members.decodeRawValue(String.self, forKey: CodingKeys.status))
        self.init(
            bookingID: bookingID, duration: duration, credits: credits, status: status, method: method,
            phoneNumber: phoneNumber, skypeName: skypeName, createDate: createDate,
            sessionDate: sessionDate, acceptBy: acceptBy, acceptedDate: acceptedDate,
            confirmedDate: confirmedDate, cancelledDate: cancelledDate,
            cancelledReason: cancelledReason, cancelledBy: cancelledBy, rejectedReason: rejectedReason,
            lastUpdated: lastUpdated, comments: comments, actionCandidate: actionCandidate, client: client)
    }

    // What OpenEnumeration's init(rawValue:) gives (the first of knownCases with that raw
    // value, else .unknown), as a switch: the generic lookup through knownCases costs about
    // 3,600 instructions a value; a generator emits these from the same documented values.
    static func bookingStatus(_ raw: String) -> PhoneChat.BookingStatus {
        switch raw {
        case "Pending": .pending
        case "Accepted": .accepted
        case "Rejected": .rejected
        case "Confirmed": .confirmed
        case "Cancelled": .cancelled
        default: .unknown(raw)
        }
    }

    static func callMethod(_ raw: Int) -> PhoneChat.CallMethod {
        switch raw {
        case 1: .bookedUserCallsClient
        case 2: .clientCalls
        case 3: .skype
        default: .unknown(raw)
        }
    }
}

extension PhoneChat.BookingUser: DataContractMemberwiseDecodable {
    public init(dataContractMembers members: inout DataContractMemberReader) throws {
        // Base contract (API.Models.Profile) first, then the type's own members.
        let disputes = try members.decode(Int.self, forKey: CodingKeys.disputes)
        let negative = try members.decode(Int.self, forKey: CodingKeys.negative)
        let neutral = try members.decode(Int.self, forKey: CodingKeys.neutral)
        let positive = try members.decode(Int.self, forKey: CodingKeys.positive)
        let ratings = try members.decode(Int.self, forKey: CodingKeys.ratings)
        let total = try members.decode(Int.self, forKey: CodingKeys.total)
        let nickname = try members.decode(String.self, forKey: CodingKeys.nickname)
        let phoneNumber = try members.decodeIfPresent(String.self, forKey: CodingKeys.phoneNumber)
        let skypeName = try members.decodeIfPresent(String.self, forKey: CodingKeys.skypeName)
        let userID = try members.decode(Int.self, forKey: CodingKeys.userID)
        self.init(
            userID: userID, nickname: nickname, phoneNumber: phoneNumber, skypeName: skypeName,
            total: total, positive: positive, neutral: neutral, negative: negative, ratings: ratings,
            disputes: disputes)
    }
}
