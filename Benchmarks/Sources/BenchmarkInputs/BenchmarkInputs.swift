import AWModels
import DataContractXML
import Foundation

/// Deterministic, realistic inputs for the decoding benchmarks: `N` PhoneChat bookings with
/// values varied per record, as the API would send them in JSON (Json.NET shapes) and in XML
/// (DataContractSerializer's `ArrayOfReceivedBooking`, written by AWKit's own encoder).
///
/// The same `N` always gives the same bytes: values come from the record index through a fixed
/// integer hash, never from a clock or a random generator.
public enum BenchmarkInputs {
    public typealias Booking = PhoneChat.ReceivedBooking

    /// The record counts every benchmark runs at.
    public static let counts = [1, 1_000, 100_000]

    /// A fixed 64-bit mix of `i` and `salt` (SplitMix64's finaliser).
    @inline(__always)
    static func mix(_ i: Int, _ salt: UInt64) -> UInt64 {
        var z = UInt64(truncatingIfNeeded: i) &* 0x9E37_79B9_7F4A_7C15 &+ salt
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static let nicknames = [
        "BookingUser", "Zoë_K", "night-owl", "Ana María", "mr.smith", "Łucja", "J&J", "talkative",
        "王小明", "O'Neill", "sunny<3", "Müller",
    ]
    static let comments = [
        "Hi, I had a great time last weekend, I want to do it again tonight!",
        "Call me after 9 & before 11 — thanks",
        "Is 15 minutes < 20 minutes? Let's do \"the usual\".",
        "Ça va ? À ce soir 😊",
        "No comment",
        "Line one\nline two\twith a tab",
        "5 > 4 and 3 < 4 & \"quotes\" and 'apostrophes'",
        "日本語のコメントです。よろしくお願いします。",
    ]
    static let reasons = ["Client did not answer", "Time zone mix-up & rebooked", "Changed my mind"]
    static let actions = ["BookingUser Needs to Confirm", "Accept or Reject", "Call the client"]
    static let statuses: [PhoneChat.BookingStatus] = [.pending, .accepted, .rejected, .confirmed, .cancelled]
    static let methods: [PhoneChat.CallMethod] = [.bookedUserCallsClient, .clientCalls, .skype]
    static let credits: [Decimal] = [
        Decimal(string: "8")!, Decimal(string: "12.5")!, Decimal(string: "7.25")!,
        Decimal(string: "9.9999")!, Decimal(string: "150")!, Decimal(string: "0.0001")!,
        Decimal(string: "1234.5678")!,
    ]

    /// A DateTime from the record index and a salt, with 0 to 7 fraction digits.
    static func dateTime(_ i: Int, _ salt: UInt64) -> DateTime {
        let h = mix(i, salt)
        let digits = Int(h % 8)
        var ticks = 0
        if digits > 0 {
            // A `digits`-digit fraction whose last digit is not 0, scaled to 100 ns ticks.
            var power = 1
            for _ in 0..<digits { power *= 10 }
            var value = Int((h >> 8) % UInt64(power))
            if value % 10 == 0 { value += 1 }
            var scale = 1
            for _ in 0..<(7 - digits) { scale *= 10 }
            ticks = value * scale
        }
        return try! DateTime(
            year: 2015 + Int((h >> 40) % 10), month: 1 + Int((h >> 20) % 12),
            day: 1 + Int((h >> 24) % 28), hour: Int((h >> 28) % 24), minute: Int((h >> 32) % 60),
            second: Int((h >> 36) % 60), ticks: ticks)
    }

    /// Record `i` of every input.
    public static func booking(_ i: Int) -> Booking {
        let h = mix(i, 1)
        let status = statuses[Int(h % 5)]
        let method = methods[Int((h >> 3) % 3)]
        let accepted = status == .accepted || status == .confirmed
        let cancelled = status == .cancelled
        let client = PhoneChat.BookingUser(
            userID: 100_000 + Int((h >> 5) % 900_000),
            nickname: nicknames[Int((h >> 9) % UInt64(nicknames.count))] + String(i % 1000),
            phoneNumber: (h >> 13) % 4 == 0 ? "+44 7700 9\(String(format: "%05d", i % 100_000))" : nil,
            skypeName: (h >> 15) % 5 == 0 ? "live:user.\(i)" : nil,
            total: Int((h >> 17) % 500), positive: Int((h >> 19) % 400), neutral: Int((h >> 21) % 20),
            negative: Int((h >> 23) % 10), ratings: Int((h >> 25) % 300), disputes: Int((h >> 27) % 3))
        return Booking(
            bookingID: 1 + i * 7 + Int(h % 7),
            duration: [5, 10, 15, 20, 30, 45, 60][Int((h >> 30) % 7)],
            credits: credits[Int((h >> 33) % UInt64(credits.count))],
            status: status,
            method: method,
            phoneNumber: method == .skype ? nil : "07700 9\(String(format: "%05d", (i * 37) % 100_000))",
            skypeName: method == .skype ? "skype.user\(i % 777)" : nil,
            createDate: dateTime(i, 10), sessionDate: dateTime(i, 11), acceptBy: dateTime(i, 12),
            acceptedDate: accepted ? dateTime(i, 13) : nil,
            confirmedDate: status == .confirmed ? dateTime(i, 14) : nil,
            cancelledDate: cancelled ? dateTime(i, 15) : nil,
            cancelledReason: cancelled ? reasons[Int((h >> 36) % 3)] : nil,
            cancelledBy: cancelled ? client.nickname : nil,
            rejectedReason: status == .rejected ? "Not available at that time <sorry>" : nil,
            lastUpdated: dateTime(i, 16),
            comments: (h >> 40) % 3 == 0 ? nil : comments[Int((h >> 42) % UInt64(comments.count))],
            actionCandidate: status == .pending || accepted ? actions[Int((h >> 45) % 3)] : nil,
            client: client)
    }

    /// Records `0 ..< n`.
    public static func bookings(_ n: Int) -> [Booking] { (0..<n).map(booking) }

    /// The XML encoder as the API's server writes: `Credits` with 4 fraction digits.
    public static var xmlEncoder: DataContractEncoder {
        var options = DataContractEncoder.Options()
        options.decimalScale = 4
        return DataContractEncoder(options: options)
    }

    /// `ArrayOfReceivedBooking` with records `0 ..< n`, written by ``DataContractListWriter``.
    public static func xml(_ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        let writer = DataContractListWriter(of: Booking.self, encoder: xmlEncoder) { out.append(contentsOf: $0) }
        for i in 0..<n { try! writer.append(booking(i)) }
        try! writer.finish()
        return out
    }

    /// Writes the XML of ``xml(_:)`` to a file without holding the document (or the records) in
    /// memory, and returns its size in bytes.
    @discardableResult
    public static func writeXML(_ n: Int, to path: String) throws -> Int {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var size = 0
        let writer = DataContractListWriter(of: Booking.self, encoder: xmlEncoder) { bytes in
            size += bytes.count
            try handle.write(contentsOf: bytes)
        }
        for i in 0..<n { try writer.append(booking(i)) }
        try writer.finish()
        return size
    }

    /// The JSON array of records `0 ..< n`, as Json.NET writes it: members in declaration order,
    /// `null` for nil, decimals as numbers (`8`, `12.5`), dates as strings.
    public static func json(_ n: Int) -> Data {
        try! JSONEncoder().encode(bookings(n))
    }

    /// Reads a file in pieces of `chunkSize` bytes, for streaming decoders; the file is never in
    /// memory at once.
    public struct FileChunks: Sequence, IteratorProtocol {
        let handle: FileHandle
        let chunkSize: Int

        public init(path: String, chunkSize: Int = 64 * 1024) throws {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            self.handle = handle
            self.chunkSize = chunkSize
        }

        public mutating func next() -> Data? {
            guard let data = try? handle.read(upToCount: chunkSize), !data.isEmpty else {
                try? handle.close()
                return nil
            }
            return data
        }
    }
}

extension BenchmarkInputs {
    /// The XML decoder the benchmarks use: the defaults, as an app would (a plain document of
    /// any length stays within every default limit).
    public static var xmlDecoder: DataContractDecoder { DataContractDecoder() }

    /// The decoder with the memberwise path off: every value through `init(from:)` (the
    /// generated models conform to `DataContractMemberwiseDecodable`).
    public static var genericXMLDecoder: DataContractDecoder {
        var options = DataContractDecoder.Options()
        options.memberwiseDecoding = false
        return DataContractDecoder(options: options)
    }

    /// The decoder that reads every list whole before decoding it (`itemByItemListBytes` off):
    /// the whole-document mode as it was before lists of 8 MiB or more were read item by item.
    public static var wholeListXMLDecoder: DataContractDecoder {
        var options = DataContractDecoder.Options()
        options.itemByItemListBytes = .max
        return DataContractDecoder(options: options)
    }
}
