import AWConformance
import AWModels
import DataContractXML
import Foundation

/// The received bookings the stand-in starts with.
///
/// - `1`: the documentation's sample booking (Accepted, dates in 2018), from the
///   AcceptReceivedBooking schema's JSON sample;
/// - ``pendingIDs`` `1001` and `1002`: Pending, AcceptBy in a day, SessionDate in two days,
///   identical but for their ID (a write call accepts one per format);
/// - ``acceptedID`` `1003`: already Accepted (in the future);
/// - ``expiredID`` `1004`: Pending, but its AcceptBy passed an hour ago.
public enum SandboxSeed {
    /// The Pending bookings that can be accepted.
    public static let pendingIDs = [1001, 1002]
    /// The booking that is already Accepted.
    public static let acceptedID = 1003
    /// The Pending booking whose AcceptBy has passed.
    public static let expiredID = 1004
    /// The documentation sample's booking.
    public static let sampleID = 1

    /// The seed bookings, dated relative to `now` in `timeZone` (whole seconds).
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
        return [sample] + pendingIDs.map(pending) + [accepted, expired]
    }
}
