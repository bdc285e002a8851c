import AWModels
import DataContractXML
import Foundation

/// The stand-in's mutable state: the PhoneChat and Webcam bookings the booking workflows work on
/// (``SandboxBookings``), and the remaining count of each counted fault rule. An actor: requests
/// run concurrently. A restart starts again from the seed.
public actor SandboxState {
    /// Why a booking cannot be accepted (the documented prerequisites).
    public enum Refusal: Error, Hashable, Sendable {
        /// No booking has this ID.
        case notFound(Int)
        /// The booking's status is not Pending.
        case notPending(Int, PhoneChat.BookingStatus)
        /// AcceptBy is not in the future.
        case acceptByPassed(Int, DateTime)
        /// SessionDate is not in the future.
        case sessionPassed(Int, DateTime)
        /// The stand-in is shutting down: no state changes any more.
        case shuttingDown
        /// No booking of this service (`PhoneChat`, `Webcam`) and side has this ID (`404`).
        case unknownBooking(service: String, side: SandboxBookings.Side, id: Int)
        /// A prerequisite the endpoint's page states does not hold, or a request value the page
        /// rules out (`400` with this message).
        case unmet(String)

        /// The HTTP status Web API answers the refusal with: `404` for an unknown booking, `503`
        /// while shutting down, `400` otherwise.
        public var status: Int {
            switch self {
            case .notFound, .unknownBooking: 404
            case .shuttingDown: 503
            default: 400
            }
        }

        /// The message of the `{"Message": …}` body.
        public var message: String {
            switch self {
            case .notFound(let id):
                "No received booking has BookingID \(id)."
            case .notPending(let id, let status):
                "Booking \(id) cannot be accepted: its Status is \(status), only a Pending booking can be accepted."
            case .acceptByPassed(let id, let acceptBy):
                "Booking \(id) cannot be accepted: its AcceptBy (\(acceptBy)) has passed."
            case .sessionPassed(let id, let session):
                "Booking \(id) cannot be accepted: its SessionDate (\(session)) has passed."
            case .shuttingDown:
                "The stand-in is shutting down; nothing was changed."
            case .unknownBooking(let service, let side, let id):
                "No \(side.rawValue) \(service) booking has BookingID \(id)."
            case .unmet(let message):
                message
            }
        }
    }

    /// Every booking of both services and sides.
    public private(set) var bookings: SandboxBookings
    private var faultRules: [SandboxFaultRule]
    private var inFlight = 0

    /// The most requests the stand-in was answering at once since it started (tests read it
    /// to check a client's concurrency bound).
    public private(set) var maxInFlight = 0

    /// Whether shutdown has begun (``beginShutdown()``): from then on nothing changes state.
    public private(set) var isShuttingDown = false

    /// Marks the start of shutdown: requests still in flight (a delayed one, say) are answered
    /// `503` without changing anything.
    public func beginShutdown() {
        isShuttingDown = true
    }

    /// Counts a request the stand-in starts answering.
    func requestStarted() {
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
    }

    /// Counts a request the stand-in has answered.
    func requestFinished() {
        inFlight -= 1
    }

    /// State holding these received PhoneChat bookings (and no others) and fault rules.
    public init(bookings: [PhoneChat.ReceivedBooking], faults: [SandboxFaultRule] = []) {
        self.init(bookings: SandboxBookings(phoneChatReceived: bookings), faults: faults)
    }

    /// State holding these bookings and fault rules.
    public init(bookings: SandboxBookings, faults: [SandboxFaultRule] = []) {
        self.bookings = bookings
        self.faultRules = faults
    }

    /// The received PhoneChat booking with this ID, or `nil`.
    public func booking(_ id: Int) -> PhoneChat.ReceivedBooking? { bookings.phoneChatReceived[id] }

    /// Every received PhoneChat booking, by ID.
    public func allBookings() -> [PhoneChat.ReceivedBooking] {
        bookings.phoneChatReceived.keys.sorted().map { bookings.phoneChatReceived[$0]! }
    }

    /// Runs one workflow step on the bookings: all of it or, when it throws, none of it.
    ///
    /// - Throws: ``Refusal`` from `body`, or ``Refusal/shuttingDown`` once shutdown has begun.
    func change<T: Sendable>(_ body: (inout SandboxBookings) throws(Refusal) -> T) throws(Refusal) -> T {
        guard !isShuttingDown else { throw .shuttingDown }
        var copy = bookings
        let result = try body(&copy)
        bookings = copy
        return result
    }

    /// Reads the bookings.
    func read<T: Sendable>(_ body: (SandboxBookings) throws(Refusal) -> T) throws(Refusal) -> T {
        try body(bookings)
    }

    /// Accepts a booking when the documented prerequisites hold: it is Pending, and its AcceptBy
    /// and SessionDate are after `now` (read in `timeZone`). Then Status is Accepted,
    /// AcceptedDate and LastUpdated are `now` (wall-clock, milliseconds, no offset, as the API
    /// sends), Credits is `credits` and ActionCandidate says the client needs to confirm.
    ///
    /// - Throws: ``Refusal``.
    public func accept(_ id: Int, credits: Decimal, now: Date, timeZone: TimeZone) throws(Refusal) -> PhoneChat.ReceivedBooking {
        guard !isShuttingDown else { throw .shuttingDown }
        guard var booking = bookings.phoneChatReceived[id] else { throw .notFound(id) }
        guard booking.status == .pending else { throw .notPending(id, booking.status) }
        guard booking.acceptBy.date(in: timeZone) > now else { throw .acceptByPassed(id, booking.acceptBy) }
        guard booking.sessionDate.date(in: timeZone) > now else { throw .sessionPassed(id, booking.sessionDate) }
        let stamp = DateTime.wallClock(now, in: timeZone)
        booking.status = .accepted
        booking.acceptedDate = stamp
        booking.lastUpdated = stamp
        booking.credits = credits
        booking.actionCandidate = "\(booking.client.nickname) Needs to Confirm"
        bookings.phoneChatReceived[id] = booking
        return booking
    }

    /// The counted and uncounted fault rules that match, using up one of each counted one.
    func takeFaults(endpoint: String, format: ResponseFormat) -> [SandboxFault] {
        var faults: [SandboxFault] = []
        for index in faultRules.indices {
            let rule = faultRules[index]
            guard rule.endpoint.map({ $0 == endpoint }) ?? true, rule.format.map({ $0 == format }) ?? true else { continue }
            if let times = rule.times {
                guard times > 0 else { continue }
                faultRules[index].times = times - 1
            }
            faults.append(rule.fault)
        }
        return faults
    }
}

extension DateTime {
    /// The wall-clock time of `date` in `timeZone`, to the millisecond, without an offset
    /// (.NET's "Unspecified" kind, as the API sends its dates).
    static func wallClock(_ date: Date, in timeZone: TimeZone, milliseconds: Bool = true) -> DateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        let ms = milliseconds ? (c.nanosecond ?? 0) / 1_000_000 : 0
        // The components of a real date are always in range.
        return (try? DateTime(
            year: c.year!, month: c.month!, day: c.day!, hour: c.hour!, minute: c.minute!, second: c.second!,
            ticks: ms * 10_000)) ?? DateTime.minValue
    }
}
