import AWModels
import DataContractXML
import Foundation

/// The stand-in's PhoneChat and Webcam bookings, on both sides: the bookings the user *made*
/// (as a client: CreateBooking, the `…MadeBooking` endpoints) and those the user *received* (as
/// a performer: the `…ReceivedBooking` endpoints). Each endpoint finds only bookings of its own
/// service and side: accepting a made booking is `404`, as for an ID that does not exist.
///
/// A value type kept by ``SandboxState`` (an actor), so every change is one step under its
/// isolation. The workflows (`SandboxBookings+PhoneChat.swift`, `SandboxBookings+Webcam.swift`)
/// enforce the prerequisites each page states, and only those; what a page leaves open is said in
/// their comments and in the README.
///
/// PhoneChat bookings of both sides are kept as `PhoneChat.ReceivedBooking`, the fullest record
/// a PhoneChat page shows (its `Client` is the other party of a made booking); Webcam bookings as
/// ``SandboxWebcamBooking``.
public struct SandboxBookings: Sendable, Hashable {
    /// Which side of a booking the user is on.
    public enum Side: String, Codable, Hashable, Sendable, CaseIterable {
        /// The user made the booking (the client).
        case made
        /// The user received the booking (the booked performer).
        case received
    }

    /// PhoneChat bookings the user received, by ID.
    public internal(set) var phoneChatReceived: [Int: PhoneChat.ReceivedBooking] = [:]
    /// PhoneChat bookings the user made, by ID.
    public internal(set) var phoneChatMade: [Int: PhoneChat.ReceivedBooking] = [:]
    /// Webcam bookings the user received, by ID.
    public internal(set) var webcamReceived: [Int: SandboxWebcamBooking] = [:]
    /// Webcam bookings the user made, by ID.
    public internal(set) var webcamMade: [Int: SandboxWebcamBooking] = [:]
    /// The ID the next created (or rescheduled) booking gets; always above every ID held.
    public internal(set) var nextID: Int

    /// The nickname the stand-in's user has (a cancelled booking's `CancelledBy`).
    public static let userNickname = "AWKitStandInUser"

    /// The first ID given to a created booking when no seed booking has a higher one: 5001.
    public static let firstCreatedID = 5001

    /// Bookings holding these records; a later record with the same ID and side replaces an
    /// earlier one.
    public init(
        phoneChatReceived: [PhoneChat.ReceivedBooking] = [], phoneChatMade: [PhoneChat.ReceivedBooking] = [],
        webcamReceived: [SandboxWebcamBooking] = [], webcamMade: [SandboxWebcamBooking] = []
    ) {
        func byID<T>(_ items: [T], _ id: (T) -> Int) -> [Int: T] {
            Dictionary(items.map { (id($0), $0) }, uniquingKeysWith: { _, last in last })
        }
        self.phoneChatReceived = byID(phoneChatReceived, \.bookingID)
        self.phoneChatMade = byID(phoneChatMade, \.bookingID)
        self.webcamReceived = byID(webcamReceived, \.bookingID)
        self.webcamMade = byID(webcamMade, \.bookingID)
        let highest = (phoneChatReceived.map(\.bookingID) + phoneChatMade.map(\.bookingID)
            + webcamReceived.map(\.bookingID) + webcamMade.map(\.bookingID)).max() ?? 0
        self.nextID = max(Self.firstCreatedID, highest + 1)
    }

    /// A new booking ID (IDs are unique across both services and sides, as the API's are not
    /// promised to be; the stand-in keeps them apart so a reference cannot hit the wrong record).
    mutating func takeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }
}
