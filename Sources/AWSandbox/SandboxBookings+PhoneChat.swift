import AWModels
import DataContractXML
import Foundation

/// The PhoneChat workflows besides AcceptReceivedBooking (``SandboxState/accept(_:credits:now:timeZone:)``),
/// each enforcing the prerequisites its page states. Times are wall-clock in the API's time zone;
/// `now` is the stand-in's clock.
extension SandboxBookings {
    typealias Refusal = SandboxState.Refusal

    /// Whether a wall-clock `time` is after `now`.
    static func isFuture(_ time: DateTime, now: Date, timeZone: TimeZone) -> Bool {
        time.date(in: timeZone) > now
    }

    /// PhoneChat/CreateBooking: a new made booking, Pending.
    ///
    /// The page's rules: SessionDate in the future; AcceptBy in the future and before
    /// SessionDate; Duration 5 or more; a PhoneNumber of 10 or 11 digits when Method is 1; a
    /// SkypeName when Method is 3. Not enforced (the stand-in has no other users): the candidate's
    /// PPM and that the booked user offers PhoneChat.
    ///
    /// - Returns: the new booking.
    /// - Throws: ``SandboxState/Refusal/unmet(_:)`` naming the rule.
    mutating func createPhoneChat(_ request: PhoneChat.CreateBookingRequest, now: Date, timeZone: TimeZone) throws(Refusal) -> PhoneChat.ReceivedBooking {
        guard Self.isFuture(request.sessionDate, now: now, timeZone: timeZone) else {
            throw .unmet("SessionDate (\(request.sessionDate)) must be in the future.")
        }
        guard Self.isFuture(request.acceptBy, now: now, timeZone: timeZone) else {
            throw .unmet("AcceptBy (\(request.acceptBy)) must be in the future.")
        }
        guard request.acceptBy.date(in: timeZone) < request.sessionDate.date(in: timeZone) else {
            throw .unmet("AcceptBy (\(request.acceptBy)) must be before SessionDate (\(request.sessionDate)).")
        }
        guard request.duration >= 5 else { throw .unmet("Duration must be 5 minutes or more, not \(request.duration).") }
        switch request.method {
        case .bookedUserCallsClient:
            let digits = request.phoneNumber ?? ""
            guard (10...11).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else {
                throw .unmet("PhoneNumber must be 10 or 11 digits when Method is 1.")
            }
        case .skype:
            guard let skype = request.skypeName, !skype.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .unmet("SkypeName is required when Method is 3.")
            }
        case .clientCalls, .unknown:
            break
        }
        let stamp = DateTime.wallClock(now, in: timeZone)
        let booking = PhoneChat.ReceivedBooking(
            bookingID: takeID(), duration: request.duration, credits: request.credits, status: .pending,
            method: request.method,
            phoneNumber: request.method == .bookedUserCallsClient ? request.phoneNumber : nil,
            skypeName: request.method == .skype ? request.skypeName : nil,
            createDate: stamp, sessionDate: request.sessionDate, acceptBy: request.acceptBy, acceptedDate: nil,
            confirmedDate: nil, cancelledDate: nil, cancelledReason: nil, cancelledBy: nil, rejectedReason: nil,
            lastUpdated: stamp, comments: request.comments, actionCandidate: "Performer Needs to Accept",
            client: Self.otherParty(request.bookUserID))
        phoneChatMade[booking.bookingID] = booking
        return booking
    }

    /// The other party of a booking the stand-in makes up: the booked user's ID, a nickname from
    /// it, no feedback.
    static func otherParty(_ userID: Int) -> PhoneChat.BookingUser {
        PhoneChat.BookingUser(
            userID: userID, nickname: "User\(userID)", phoneNumber: nil, skypeName: nil, total: 0, positive: 0,
            neutral: 0, negative: 0, ratings: 0, disputes: 0)
    }

    /// A made PhoneChat booking, or `404`.
    func madePhoneChat(_ id: Int) throws(Refusal) -> PhoneChat.ReceivedBooking {
        guard let booking = phoneChatMade[id] else { throw .unknownBooking(service: "PhoneChat", side: .made, id: id) }
        return booking
    }

    /// PhoneChat/CancelMadeBooking. The page: Status must not be Cancelled or Rejected; if the
    /// booking is Confirmed, the SessionDate must not have passed. Then Status is Cancelled,
    /// CancelledDate and LastUpdated now, CancelledReason the reason, CancelledBy the user.
    mutating func cancelMadePhoneChat(_ id: Int, reason: String, now: Date, timeZone: TimeZone) throws(Refusal) -> PhoneChat.ReceivedBooking {
        var booking = try madePhoneChat(id)
        if booking.status == .cancelled || booking.status == .rejected {
            throw .unmet("Booking \(id) cannot be cancelled: its Status is \(booking.status); a Cancelled or Rejected booking cannot be cancelled.")
        }
        if booking.status == .confirmed, !Self.isFuture(booking.sessionDate, now: now, timeZone: timeZone) {
            throw .unmet("Booking \(id) cannot be cancelled: it is Confirmed and its SessionDate (\(booking.sessionDate)) has passed.")
        }
        let stamp = DateTime.wallClock(now, in: timeZone)
        booking.status = .cancelled
        booking.cancelledDate = stamp
        booking.cancelledReason = reason
        booking.cancelledBy = Self.userNickname
        booking.lastUpdated = stamp
        booking.actionCandidate = nil
        phoneChatMade[id] = booking
        return booking
    }

    /// PhoneChat/RescheduleMadeBooking. The page: the SessionDate must already have passed; it
    /// "re-books" the booking with a SessionDate about 5 to 10 minutes from now and the other
    /// details copied. The stand-in makes a new made booking (new ID, Pending, SessionDate in 5
    /// minutes; AcceptBy, which the page does not mention, the new SessionDate) and leaves the
    /// old one as it was. Not enforced: the client's credit balance (the stand-in keeps none).
    mutating func rescheduleMadePhoneChat(_ id: Int, now: Date, timeZone: TimeZone) throws(Refusal) -> PhoneChat.ReceivedBooking {
        let old = try madePhoneChat(id)
        guard !Self.isFuture(old.sessionDate, now: now, timeZone: timeZone) else {
            throw .unmet("Booking \(id) cannot be rescheduled: its SessionDate (\(old.sessionDate)) has not passed yet.")
        }
        let stamp = DateTime.wallClock(now, in: timeZone)
        let session = DateTime.wallClock(now.addingTimeInterval(5 * 60), in: timeZone, milliseconds: false)
        var booking = old
        booking.bookingID = takeID()
        booking.status = .pending
        booking.createDate = stamp
        booking.lastUpdated = stamp
        booking.sessionDate = session
        booking.acceptBy = session
        booking.acceptedDate = nil
        booking.confirmedDate = nil
        booking.cancelledDate = nil
        booking.cancelledReason = nil
        booking.cancelledBy = nil
        booking.rejectedReason = nil
        booking.actionCandidate = "Performer Needs to Accept"
        phoneChatMade[booking.bookingID] = booking
        return booking
    }

    /// PhoneChat/DeleteReceivedBooking: one result per ID, in the order asked. The page: only a
    /// Rejected, Cancelled or Confirmed booking is deleted; the others (and unknown IDs) stay,
    /// with `Deleted` false and a `Message` saying why. A deleted booking's Message is empty (the
    /// page documents it only for bookings not deleted).
    mutating func deleteReceivedPhoneChat(_ ids: [Int]) -> [PhoneChat.DeleteReceivedBooking] {
        ids.map { id in
            guard let booking = phoneChatReceived[id] else {
                return .init(bookingID: id, deleted: false, message: "No received PhoneChat booking has BookingID \(id).")
            }
            guard [.rejected, .cancelled, .confirmed].contains(booking.status) else {
                return .init(
                    bookingID: id, deleted: false,
                    message: "Booking \(id) cannot be deleted: its Status is \(booking.status); only Rejected, Cancelled or Confirmed bookings can be deleted.")
            }
            phoneChatReceived[id] = nil
            return .init(bookingID: id, deleted: true, message: "")
        }
    }
}

extension Character {
    /// `0`…`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
