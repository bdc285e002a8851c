import AWModels
import DataContractXML
import Foundation

/// One Webcam booking of the stand-in: what the Webcam pages say a booking has (the request of
/// CreateBooking, the response of AcceptReceivedBooking, the prerequisites' AcceptBy).
///
/// No page shows a whole Webcam booking (the Details pages show no response), so this is the
/// stand-in's record, not an API type; the answers are the documented response models made from
/// it (``SandboxBookings``).
public struct SandboxWebcamBooking: Codable, Hashable, Sendable {
    /// `WebcamBookingID`.
    public var bookingID: Int
    /// Minutes planned.
    public var duration: Int
    /// Credits offered (or, once accepted, what the performer asked for).
    public var credits: Decimal
    /// Pending, Accepted, Rejected, Confirmed or Cancelled.
    public var status: Webcam.Status
    /// Whether the booking was also sent to other users (`IsMulitple`, as the page spells it).
    public var isMultiple: Bool
    /// 1 MSN Messenger, 2 Yahoo Messenger, 3 Skype.
    public var softwareTypeID: Webcam.SoftwareTypeID
    /// The client's sign-in name or email for the software.
    public var signInNameOrEmail: String
    /// The user IDs booked (CreateBooking's `BookUserIDs`).
    public var bookUserIDs: [Int]
    /// When the session is planned (wall-clock, as the API sends it).
    public var sessionDate: DateTime
    /// Until when the performer may accept. The Webcam CreateBooking page takes no AcceptBy;
    /// the stand-in uses the SessionDate then (the page is silent).
    public var acceptBy: DateTime
    /// When the booking was made.
    public var createDate: DateTime
    /// When it last changed.
    public var lastUpdated: DateTime
    /// The reason given by CancelMadeBooking, if cancelled.
    public var cancelledReason: String?

    /// A booking with these values.
    public init(
        bookingID: Int, duration: Int, credits: Decimal, status: Webcam.Status, isMultiple: Bool = false,
        softwareTypeID: Webcam.SoftwareTypeID = .value3, signInNameOrEmail: String = "client.skype",
        bookUserIDs: [Int] = [123654], sessionDate: DateTime, acceptBy: DateTime, createDate: DateTime,
        lastUpdated: DateTime, cancelledReason: String? = nil
    ) {
        self.bookingID = bookingID
        self.duration = duration
        self.credits = credits
        self.status = status
        self.isMultiple = isMultiple
        self.softwareTypeID = softwareTypeID
        self.signInNameOrEmail = signInNameOrEmail
        self.bookUserIDs = bookUserIDs
        self.sessionDate = sessionDate
        self.acceptBy = acceptBy
        self.createDate = createDate
        self.lastUpdated = lastUpdated
        self.cancelledReason = cancelledReason
    }
}
