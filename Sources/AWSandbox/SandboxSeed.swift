import AWConformance
import AWModels
import DataContractXML
import Foundation

/// The bookings the stand-in starts with when no `--seed` file is given (``standard(schemas:now:timeZone:)``),
/// dated relative to its start. Received PhoneChat bookings:
///
/// - `1`: the documentation's sample booking (Accepted, dates in 2018), from the
///   AcceptReceivedBooking schema's JSON sample;
/// - ``pendingIDs`` `1001` and `1002`: Pending, AcceptBy in a day, SessionDate in two days,
///   identical but for their ID (a write call accepts one per format);
/// - ``acceptedID`` `1003`: already Accepted (in the future);
/// - ``expiredID`` `1004`: Pending, but its AcceptBy passed an hour ago;
/// - ``deletableIDs`` `1005` Confirmed (its session two days ago) and `1006` Cancelled: what
///   DeleteReceivedBooking deletes.
///
/// Made PhoneChat bookings (``phoneChatMadeIDs``): `2001` Pending, `2002` Accepted (both in
/// the future), `2003` and `2004` Confirmed with their SessionDate an hour ago (to reschedule),
/// `2005` Cancelled. Received Webcam bookings (``webcamReceivedIDs``): `3001`, `3002` Pending,
/// `3003` Accepted. Made Webcam bookings (``webcamMadeIDs``): `4001`, `4002` Accepted (to
/// confirm), `4003` Pending, `4004` Cancelled. Created bookings get IDs from
/// ``SandboxBookings/firstCreatedID`` (5001).
public enum SandboxSeed {
    /// The received PhoneChat bookings DeleteReceivedBooking can delete (Confirmed, Cancelled).
    public static let deletableIDs = [1005, 1006]
    /// The made PhoneChat bookings: Pending, Accepted, Confirmed (passed), Confirmed (passed), Cancelled.
    public static let phoneChatMadeIDs = [2001, 2002, 2003, 2004, 2005]
    /// The received Webcam bookings: Pending, Pending, Accepted.
    public static let webcamReceivedIDs = [3001, 3002, 3003]
    /// The made Webcam bookings: Accepted, Accepted, Pending, Cancelled.
    public static let webcamMadeIDs = [4001, 4002, 4003, 4004]

    /// The Pending bookings that can be accepted.
    public static let pendingIDs = [1001, 1002]
    /// The booking that is already Accepted.
    public static let acceptedID = 1003
    /// The Pending booking whose AcceptBy has passed.
    public static let expiredID = 1004
    /// The documentation sample's booking.
    public static let sampleID = 1

    /// Every seed booking of both services and sides, dated relative to `now` in `timeZone`.
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-seed` when the schema's JSON sample does not decode.
    public static func standard(schemas: [String: EndpointSchema], now: Date, timeZone: TimeZone) throws(SandboxError) -> SandboxBookings {
        let received = try bookings(schemas: schemas, now: now, timeZone: timeZone)
        func at(_ offset: TimeInterval) -> DateTime {
            DateTime.wallClock(now.addingTimeInterval(offset), in: timeZone, milliseconds: false)
        }
        let hour: TimeInterval = 3600
        // A made booking: the other party is the sample's client, or a made-up user.
        let template = received.first { $0.bookingID == pendingIDs[0] }
        func made(_ id: Int, _ status: PhoneChat.BookingStatus, session: TimeInterval) -> PhoneChat.ReceivedBooking? {
            guard var booking = template else { return nil }
            booking.bookingID = id
            booking.status = status
            booking.sessionDate = at(session)
            booking.acceptBy = at(session - 24 * hour)
            booking.createDate = at(session - 72 * hour)
            booking.lastUpdated = at(-2 * hour)
            booking.acceptedDate = [.accepted, .confirmed].contains(status) ? at(-2 * hour) : nil
            booking.confirmedDate = status == .confirmed ? at(-2 * hour) : nil
            booking.cancelledDate = status == .cancelled ? at(-2 * hour) : nil
            booking.cancelledReason = status == .cancelled ? "Seeded as cancelled" : nil
            booking.cancelledBy = status == .cancelled ? SandboxBookings.userNickname : nil
            booking.actionCandidate = nil
            booking.client = SandboxBookings.otherParty(223344)
            return booking
        }
        let phoneChatMade = zip(phoneChatMadeIDs, [
            (PhoneChat.BookingStatus.pending, 48 * hour), (.accepted, 48 * hour), (.confirmed, -hour), (.confirmed, -hour),
            (.cancelled, 48 * hour),
        ]).compactMap { made($0, $1.0, session: $1.1) }
        func webcam(_ id: Int, _ status: Webcam.Status) -> SandboxWebcamBooking {
            SandboxWebcamBooking(
                bookingID: id, duration: 20, credits: 10, status: status, sessionDate: at(48 * hour), acceptBy: at(24 * hour),
                createDate: at(-hour), lastUpdated: at(-hour), cancelledReason: status == .cancelled ? "Seeded as cancelled" : nil)
        }
        let webcamReceived = zip(webcamReceivedIDs, [Webcam.Status.pending, .pending, .accepted]).map { webcam($0, $1) }
        let webcamMade = zip(webcamMadeIDs, [Webcam.Status.accepted, .accepted, .pending, .cancelled]).map { webcam($0, $1) }
        return SandboxBookings(
            phoneChatReceived: received, phoneChatMade: phoneChatMade, webcamReceived: webcamReceived, webcamMade: webcamMade)
    }

    /// The seed's received PhoneChat bookings, dated relative to `now` in `timeZone` (whole seconds).
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-seed` when the schema's JSON sample does not decode.
    public static func bookings(schemas: [String: EndpointSchema], now: Date, timeZone: TimeZone) throws(SandboxError) -> [PhoneChat.ReceivedBooking] {
        let endpoint = Endpoint.phoneChatAcceptReceivedBooking
        guard let sampleText = schemas[endpoint.id]?.responseJSONSample else { return [] }
        let sample: PhoneChat.ReceivedBooking
        do {
            sample = try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: Data(sampleText.utf8), format: .json)
        } catch {
            throw SandboxError(code: .badSeed, message: "the \(endpoint.id) JSON sample does not decode: \(error)")
        }
        func at(_ offset: TimeInterval) -> DateTime {
            DateTime.wallClock(now.addingTimeInterval(offset), in: timeZone, milliseconds: false)
        }
        let hour: TimeInterval = 3600
        func pending(_ id: Int) -> PhoneChat.ReceivedBooking {
            var booking = sample
            booking.bookingID = id
            booking.status = .pending
            booking.createDate = at(-hour)
            booking.sessionDate = at(48 * hour)
            booking.acceptBy = at(24 * hour)
            booking.acceptedDate = nil
            booking.confirmedDate = nil
            booking.lastUpdated = at(-hour)
            booking.credits = 8
            booking.comments = "Booked through the AWKit stand-in"
            booking.actionCandidate = "Performer Needs to Accept"
            return booking
        }
        var accepted = pending(acceptedID)
        accepted.status = .accepted
        accepted.acceptedDate = at(-hour / 2)
        accepted.lastUpdated = at(-hour / 2)
        accepted.actionCandidate = "\(sample.client.nickname) Needs to Confirm"
        var expired = pending(expiredID)
        expired.createDate = at(-3 * hour)
        expired.acceptBy = at(-hour)
        expired.lastUpdated = at(-3 * hour)
        var confirmed = pending(deletableIDs[0])
        confirmed.status = .confirmed
        confirmed.createDate = at(-96 * hour)
        confirmed.sessionDate = at(-48 * hour)
        confirmed.acceptBy = at(-72 * hour)
        confirmed.acceptedDate = at(-80 * hour)
        confirmed.confirmedDate = at(-79 * hour)
        confirmed.lastUpdated = at(-79 * hour)
        confirmed.actionCandidate = nil
        var cancelled = pending(deletableIDs[1])
        cancelled.status = .cancelled
        cancelled.cancelledDate = at(-hour / 2)
        cancelled.cancelledReason = "Seeded as cancelled"
        cancelled.cancelledBy = sample.client.nickname
        cancelled.lastUpdated = at(-hour / 2)
        cancelled.actionCandidate = nil
        return [sample] + pendingIDs.map(pending) + [accepted, expired, confirmed, cancelled]
    }
}
