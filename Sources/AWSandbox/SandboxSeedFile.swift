import AWModels
import DataContractXML
import Foundation
import Yams

/// The bookings `awkit mock --seed FILE` starts with, from a JSON or YAML file (YAML is a
/// superset of JSON, so one reader takes both). The file's bookings replace the built-in seed
/// (``SandboxSeed``); a restart reads the file again.
///
/// ```yaml
/// phoneChat:
///   received:                 # bookings the user received (AcceptReceivedBooking, DeleteReceivedBooking)
///     - BookingID: 1001
///       Status: Pending       # Pending (default), Accepted, Rejected, Confirmed or Cancelled
///       SessionDate: +48h     # a DateTime (2026-12-24T21:30:00) or now±N with d, h, m, s
///       AcceptBy: +24h
///       Duration: 15          # default 15
///       Credits: 8            # default 8
///       Method: 1             # default 2; PhoneNumber/SkypeName as the page says
///   made: []                  # bookings the user made (MadeBookingDetails, CancelMadeBooking, …)
/// webcam:
///   received: []              # same members; SoftwareTypeID (default 3) instead of Method
///   made: []
/// ```
///
/// Defaults: SessionDate `+48h`, AcceptBy `+24h`, CreateDate and LastUpdated `-1h`; the other
/// party `UserID` 123654, `Nickname` `BookingUser`.
public struct SandboxSeedFile: Decodable, Sendable {
    /// One booking of the file.
    struct Booking: Decodable, Sendable {
        var bookingID: Int
        var status: String?
        var sessionDate: String?
        var acceptBy: String?
        var createDate: String?
        var duration: Int?
        var credits: Decimal?
        var method: Int?
        var phoneNumber: String?
        var skypeName: String?
        var comments: String?
        var softwareTypeID: Int?
        var signInNameOrEmail: String?
        var isMultiple: Bool?
        var userID: Int?
        var nickname: String?

        /// The members as the file spells them (the API's property names).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case bookingID = "BookingID"
            case status = "Status"
            case sessionDate = "SessionDate"
            case acceptBy = "AcceptBy"
            case createDate = "CreateDate"
            case duration = "Duration"
            case credits = "Credits"
            case method = "Method"
            case phoneNumber = "PhoneNumber"
            case skypeName = "SkypeName"
            case comments = "Comments"
            case softwareTypeID = "SoftwareTypeID"
            case signInNameOrEmail = "SignInNameOrEmail"
            case isMultiple = "IsMultiple"
            case userID = "UserID"
            case nickname = "Nickname"
        }
    }

    /// The bookings of one service.
    struct Service: Decodable, Sendable {
        var received: [Booking]?
        var made: [Booking]?
    }

    var phoneChat: Service?
    var webcam: Service?

    /// The statuses a booking may have (the pages' list).
    static let statuses = ["Pending", "Accepted", "Rejected", "Confirmed", "Cancelled"]

    /// Reads a seed file and makes its bookings, dating `now±N` values from `now` in `timeZone`.
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-seed-file` naming the file, the line and column
    ///   where known, the member (`phoneChat.received[1].Status`) and what was expected.
    public static func load(from url: URL, now: Date, timeZone: TimeZone) throws(SandboxError) -> SandboxBookings {
        func bad(_ message: String) -> SandboxError {
            SandboxError(code: .badSeedFile, message: "\(url.path): \(message)")
        }
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard data.count <= 4 << 20 else { throw bad("is larger than 4 MiB") }
            text = String(decoding: data, as: UTF8.self)
        } catch let error as SandboxError {
            throw error
        } catch {
            throw bad("cannot be read")
        }
        let file: SandboxSeedFile
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
            file = try YAMLDecoder().decode(SandboxSeedFile.self, from: text)
        } catch let error as YamlError {
            throw bad("is not JSON or YAML: \(error)")
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            let place = Self.line(of: path, in: (try? Yams.compose(yaml: text)) ?? nil).map { "line \($0): " } ?? ""
            throw bad("\(place)\(path.isEmpty ? "the file" : path): \(reason)")
        } catch {
            throw bad("is not a seed file: \(error)")
        }
        var bookings = SandboxBookings()
        func make(_ booking: Booking, _ where_: String) throws(SandboxError) -> (PhoneChat.ReceivedBooking, SandboxWebcamBooking) {
            let at = Self.line(of: where_, in: node).map { "line \($0): " } ?? ""
            func date(_ text: String?, _ member: String, default offset: TimeInterval) throws(SandboxError) -> DateTime {
                guard let text else { return DateTime.wallClock(now.addingTimeInterval(offset), in: timeZone, milliseconds: false) }
                if let relative = Self.offset(text) {
                    return DateTime.wallClock(now.addingTimeInterval(relative), in: timeZone, milliseconds: false)
                }
                do {
                    return try DateTime(parsing: text)
                } catch {
                    throw bad("\(at)\(where_).\(member): expected a DateTime (2026-12-24T21:30:00) or now±N (+48h, -30m), not '\(text)'")
                }
            }
            let status = booking.status ?? "Pending"
            guard statuses.contains(status) else {
                throw bad("\(at)\(where_).Status: expected one of \(statuses.joined(separator: ", ")), not '\(status)'")
            }
            let session = try date(booking.sessionDate, "SessionDate", default: 48 * 3600)
            let acceptBy = try date(booking.acceptBy, "AcceptBy", default: 24 * 3600)
            let created = try date(booking.createDate, "CreateDate", default: -3600)
            let other = PhoneChat.BookingUser(
                userID: booking.userID ?? 123654, nickname: booking.nickname ?? "BookingUser", phoneNumber: nil, skypeName: nil,
                total: 0, positive: 0, neutral: 0, negative: 0, ratings: 0, disputes: 0)
            let phoneChat = PhoneChat.ReceivedBooking(
                bookingID: booking.bookingID, duration: booking.duration ?? 15, credits: booking.credits ?? 8,
                status: PhoneChat.BookingStatus(rawValue: status), method: PhoneChat.CallMethod(rawValue: booking.method ?? 2),
                phoneNumber: booking.phoneNumber, skypeName: booking.skypeName, createDate: created, sessionDate: session,
                acceptBy: acceptBy, acceptedDate: nil, confirmedDate: nil, cancelledDate: nil, cancelledReason: nil,
                cancelledBy: nil, rejectedReason: nil, lastUpdated: created, comments: booking.comments, actionCandidate: nil,
                client: other)
            let webcam = SandboxWebcamBooking(
                bookingID: booking.bookingID, duration: booking.duration ?? 20, credits: booking.credits ?? 10,
                status: Webcam.Status(rawValue: status), isMultiple: booking.isMultiple ?? false,
                softwareTypeID: Webcam.SoftwareTypeID(rawValue: booking.softwareTypeID ?? 3),
                signInNameOrEmail: booking.signInNameOrEmail ?? "client.skype", bookUserIDs: [other.userID], sessionDate: session,
                acceptBy: acceptBy, createDate: created, lastUpdated: created)
            return (phoneChat, webcam)
        }
        var seen: Set<Int> = []
        for (service, sides) in [("phoneChat", file.phoneChat), ("webcam", file.webcam)] {
            for (side, list) in [("received", sides?.received ?? []), ("made", sides?.made ?? [])] {
                for (index, booking) in list.enumerated() {
                    let where_ = "\(service).\(side)[\(index)]"
                    let known = Set(Booking.CodingKeys.allCases.map(\.rawValue))
                    if let members = Self.node(at: where_, in: node)?.mapping,
                        let unknown = members.keys.compactMap(\.string).first(where: { !known.contains($0) })
                    {
                        throw bad("\(Self.line(of: where_ + "." + unknown, in: node).map { "line \($0): " } ?? "")\(where_).\(unknown): not a booking member; known: \(known.sorted().joined(separator: ", "))")
                    }
                    guard seen.insert(booking.bookingID).inserted else {
                        throw bad("\(Self.line(of: where_, in: node).map { "line \($0): " } ?? "")\(where_).BookingID: \(booking.bookingID) is used by an earlier booking of the file; IDs are unique across services and sides")
                    }
                    let (phoneChat, webcam) = try make(booking, where_)
                    switch (service, side) {
                    case ("phoneChat", "received"): bookings.phoneChatReceived[booking.bookingID] = phoneChat
                    case ("phoneChat", _): bookings.phoneChatMade[booking.bookingID] = phoneChat
                    case (_, "received"): bookings.webcamReceived[booking.bookingID] = webcam
                    default: bookings.webcamMade[booking.bookingID] = webcam
                    }
                }
            }
        }
        bookings.nextID = max(SandboxBookings.firstCreatedID, (seen.max() ?? 0) + 1)
        return bookings
    }

    /// `+48h`, `-30m`, `+2d`, `+10s` as seconds; `nil` for anything else.
    static func offset(_ text: String) -> TimeInterval? {
        guard let sign = text.first, sign == "+" || sign == "-", let unit = text.last else { return nil }
        let factors: [Character: TimeInterval] = ["d": 86_400, "h": 3_600, "m": 60, "s": 1]
        guard let factor = factors[unit], let count = Int(text.dropFirst().dropLast()), count >= 0, count <= 3_650_000 else { return nil }
        return (sign == "-" ? -1 : 1) * TimeInterval(count) * factor
    }

    /// The coding path and reason of a decoding error.
    static func describe(_ error: DecodingError) -> (String, String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().replacingOccurrences(of: "^\\.", with: "", options: .regularExpression)
        }
        switch error {
        case .typeMismatch(let type, let context): return (path(context.codingPath), "expected \(type)")
        case .valueNotFound(let type, let context): return (path(context.codingPath), "expected \(type), found null")
        case .keyNotFound(let key, let context): return (path(context.codingPath), "\(key.stringValue) is required")
        case .dataCorrupted(let context): return (path(context.codingPath), context.debugDescription)
        @unknown default: return ("", "\(error)")
        }
    }

    /// The node at `path` (`phoneChat.received[1]`), or `nil`.
    static func node(at path: String, in root: Node?) -> Node? {
        guard var node = root else { return nil }
        for step in path.replacingOccurrences(of: "[", with: ".[").split(separator: ".") {
            if step.hasPrefix("["), let index = Int(step.dropFirst().dropLast()) {
                guard let sequence = node.sequence, index < sequence.count else { return nil }
                node = sequence[index]
            } else {
                guard let next = node.mapping?[String(step)] else { return nil }
                node = next
            }
        }
        return node
    }

    /// The 1-based line of the node at `path` (`phoneChat.received[1].Status`), or of the
    /// deepest node of it that exists.
    static func line(of path: String, in root: Node?) -> Int? {
        guard var node = root else { return nil }
        var line = node.mark?.line
        let steps = path.replacingOccurrences(of: "[", with: ".[").split(separator: ".")
        for step in steps {
            if step.hasPrefix("["), let index = Int(step.dropFirst().dropLast()) {
                guard let sequence = node.sequence, index < sequence.count else { break }
                node = sequence[index]
            } else {
                guard let next = node.mapping?[String(step)] else { break }
                node = next
            }
            line = node.mark?.line ?? line
        }
        return line
    }
}
