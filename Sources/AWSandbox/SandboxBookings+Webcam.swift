import AWModels
import DataContractXML
import Foundation

/// The Webcam workflows, each enforcing the prerequisites its page states. Times are wall-clock
/// in the API's time zone; `now` is the stand-in's clock.
extension SandboxBookings {
    /// A made Webcam booking, or `404`.
    func madeWebcam(_ id: Int) throws(Refusal) -> SandboxWebcamBooking {
        guard let booking = webcamMade[id] else { throw .unknownBooking(service: "Webcam", side: .made, id: id) }
        return booking
    }

    /// A received Webcam booking, or `404`.
    func receivedWebcam(_ id: Int) throws(Refusal) -> SandboxWebcamBooking {
        guard let booking = webcamReceived[id] else { throw .unknownBooking(service: "Webcam", side: .received, id: id) }
        return booking
    }

    /// Webcam/CreateBooking: one new made booking, Pending, for up to 4 users (`IsMulitple`
    /// when more than one: "the first user to accept gets the booking").
    ///
    /// The page's rules: BookUserIDs 1 to 4 integers; SessionDate in the future and no more than
    /// 3 months ahead; a valid email as SignInNameOrEmail when SoftwareTypeID is 1; a PhoneNumber
    /// when AlsoPhoneChat is true, which also makes a made PhoneChat booking (Method 1, the same
    /// session; its AcceptBy, which the page does not give, the SessionDate). Not enforced: a
    /// verified mobile for SendSMSOnAccept.
    ///
    /// - Returns: the new Webcam booking.
    mutating func createWebcam(_ request: Webcam.CreateBookingRequest, now: Date, timeZone: TimeZone) throws(Refusal) -> SandboxWebcamBooking {
        let users = request.bookUserIDs.split(separator: ",", omittingEmptySubsequences: false)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !users.isEmpty, users.count <= 4, users.allSatisfy({ $0 != nil }) else {
            throw .unmet("BookUserIDs must be a comma-delimited list of 1 to 4 user IDs, not '\(request.bookUserIDs)'.")
        }
        guard Self.isFuture(request.sessionDate, now: now, timeZone: timeZone) else {
            throw .unmet("SessionDate (\(request.sessionDate)) must be in the future.")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let limit = calendar.date(byAdding: .month, value: 3, to: now), request.sessionDate.date(in: timeZone) > limit {
            throw .unmet("SessionDate (\(request.sessionDate)) must be no more than 3 months ahead.")
        }
        if request.softwareTypeID == .value1, !Self.looksLikeEmail(request.signInNameOrEmail) {
            throw .unmet("SignInNameOrEmail must be a valid email when SoftwareTypeID is 1.")
        }
        let phone = request.phoneNumber ?? ""
        if request.alsoPhoneChat == true, phone.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .unmet("PhoneNumber is required when AlsoPhoneChat is true.")
        }
        let stamp = DateTime.wallClock(now, in: timeZone)
        let ids = users.compactMap { $0 }
        let booking = SandboxWebcamBooking(
            bookingID: takeID(), duration: request.duration, credits: request.credits, status: .pending,
            isMultiple: ids.count > 1, softwareTypeID: request.softwareTypeID,
            signInNameOrEmail: request.signInNameOrEmail, bookUserIDs: ids, sessionDate: request.sessionDate,
            acceptBy: request.sessionDate, createDate: stamp, lastUpdated: stamp)
        webcamMade[booking.bookingID] = booking
        if request.alsoPhoneChat == true {
            let phoneChat = PhoneChat.ReceivedBooking(
                bookingID: takeID(), duration: request.duration, credits: request.credits, status: .pending,
                method: .bookedUserCallsClient, phoneNumber: phone, skypeName: nil, createDate: stamp,
                sessionDate: request.sessionDate, acceptBy: request.sessionDate, acceptedDate: nil, confirmedDate: nil,
                cancelledDate: nil, cancelledReason: nil, cancelledBy: nil, rejectedReason: nil, lastUpdated: stamp,
                comments: nil, actionCandidate: "Performer Needs to Accept", client: Self.otherParty(ids[0]))
            phoneChatMade[phoneChat.bookingID] = phoneChat
        }
        return booking
    }

    /// Whether `text` has the shape of an email address: one `@` with text before it and a dot
    /// inside the text after it, no white space.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        guard let dot = domain.firstIndex(of: "."), dot != domain.startIndex, domain.last != "." else { return false }
        return true
    }

    /// Webcam/AcceptReceivedBooking. The page: Status must be Pending, AcceptBy and SessionDate
    /// in the future. Then Status is Accepted and Credits what the performer asked for.
    mutating func acceptReceivedWebcam(_ id: Int, credits: Decimal, now: Date, timeZone: TimeZone) throws(Refusal) -> SandboxWebcamBooking {
        var booking = try receivedWebcam(id)
        guard booking.status == .pending else {
            throw .unmet("Booking \(id) cannot be accepted: its Status is \(booking.status), only a Pending booking can be accepted.")
        }
        guard Self.isFuture(booking.acceptBy, now: now, timeZone: timeZone) else {
            throw .unmet("Booking \(id) cannot be accepted: its AcceptBy (\(booking.acceptBy)) has passed.")
        }
        guard Self.isFuture(booking.sessionDate, now: now, timeZone: timeZone) else {
            throw .unmet("Booking \(id) cannot be accepted: its SessionDate (\(booking.sessionDate)) has passed.")
        }
        booking.status = .accepted
        booking.credits = credits
        booking.lastUpdated = DateTime.wallClock(now, in: timeZone)
        webcamReceived[id] = booking
        return booking
    }

    /// Webcam/CancelMadeBooking. The page: Status must not be Cancelled or Rejected; when it is
    /// Confirmed, the SessionDate must not be in the past. Then Status is Cancelled.
    mutating func cancelMadeWebcam(_ id: Int, reason: String, now: Date, timeZone: TimeZone) throws(Refusal) -> SandboxWebcamBooking {
        var booking = try madeWebcam(id)
        if booking.status == .cancelled || booking.status == .rejected {
            throw .unmet("Booking \(id) cannot be cancelled: its Status is \(booking.status); a Cancelled or Rejected booking cannot be cancelled.")
        }
        if booking.status == .confirmed, !Self.isFuture(booking.sessionDate, now: now, timeZone: timeZone) {
            throw .unmet("Booking \(id) cannot be cancelled: it is Confirmed and its SessionDate (\(booking.sessionDate)) is in the past.")
        }
        booking.status = .cancelled
        booking.cancelledReason = reason
        booking.lastUpdated = DateTime.wallClock(now, in: timeZone)
        webcamMade[id] = booking
        return booking
    }

    /// Webcam/ConfirmMadeBooking. The page: Status must be Accepted and the SessionDate in the
    /// future. Then Status is Confirmed. Not enforced: the client's credit balance (the stand-in
    /// keeps none).
    mutating func confirmMadeWebcam(_ id: Int, now: Date, timeZone: TimeZone) throws(Refusal) -> SandboxWebcamBooking {
        var booking = try madeWebcam(id)
        guard booking.status == .accepted else {
            throw .unmet("Booking \(id) cannot be confirmed: its Status is \(booking.status), only an Accepted booking can be confirmed.")
        }
        guard Self.isFuture(booking.sessionDate, now: now, timeZone: timeZone) else {
            throw .unmet("Booking \(id) cannot be confirmed: its SessionDate (\(booking.sessionDate)) has passed.")
        }
        booking.status = .confirmed
        booking.lastUpdated = DateTime.wallClock(now, in: timeZone)
        webcamMade[id] = booking
        return booking
    }

    /// Webcam/RescheduleMadeBooking. The page states no prerequisite: it "creates a new Webcam
    /// booking with the settings of another booking, and a SessionDate 5 minutes from now". The
    /// new booking is Pending (the page is silent; a new booking awaits acceptance), with AcceptBy
    /// its SessionDate; the old one is left as it was.
    mutating func rescheduleMadeWebcam(_ id: Int, now: Date, timeZone: TimeZone) throws(Refusal) -> SandboxWebcamBooking {
        var booking = try madeWebcam(id)
        let stamp = DateTime.wallClock(now, in: timeZone)
        let session = DateTime.wallClock(now.addingTimeInterval(5 * 60), in: timeZone, milliseconds: false)
        booking.bookingID = takeID()
        booking.status = .pending
        booking.sessionDate = session
        booking.acceptBy = session
        booking.createDate = stamp
        booking.lastUpdated = stamp
        booking.cancelledReason = nil
        webcamMade[booking.bookingID] = booking
        return booking
    }
}
