import AWModels
@testable import DataContractXML
import Foundation
import PropertyBased
import Testing

// The memberwise XML path (DataContractMemberwiseDecodable, generated for the models)
// against the generic Codable path: the same values and the same errors (type, coding path,
// line, column, message) on random records and on documents mutated in the ways real
// responses and hostile inputs differ from the contract.

private enum Gens {
    static let special: [Character] = Array("&<>\"' \t\n;#]]>éü€😀中\u{85}\u{2028}")
    static let string = zip(
        Gen<Character?>.element(of: special).map { $0 ?? " " }.array(of: 0...6),
        Gen<UnicodeScalar>.unicodeScalar(in: "\u{20}"..."\u{D7FF}").array(of: 0...12)
    ).map { special, scalars in
        var text = String(special)
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    static let dateTime = zip(
        Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...28), Gen.int(in: 0...23),
        Gen.int(in: 0...59), Gen.int(in: 0...59), Gen.int(in: 0...7), Gen.int(in: 0...9_999_999)
    ).map { year, month, day, hour, minute, second, digits, fraction in
        var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second)
        if digits > 0 { text += "." + String(String(format: "%07d", fraction).prefix(digits)) }
        return try! DateTime(parsing: text)
    }

    static let decimal = zip(Gen.int64(in: -999_999_999_999...999_999_999_999), Gen.int(in: -4...0))
        .map { significand, exponent in
            Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand.magnitude))
        }

    static let status = Gen.int(in: 0...6).map { pick -> PhoneChat.BookingStatus in
        pick < 5 ? PhoneChat.BookingStatus.knownCases[pick] : .unknown(pick == 5 ? "Expired" : "")
    }

    static let method = Gen.int(in: -2...5).map { PhoneChat.CallMethod(rawValue: $0) }

    static let user = zip(
        Gen.int(in: .min ... .max), string, string.optional, string.optional,
        Gen.int(in: 0...1000).array(of: 6)
    ).map { id, nickname, phone, skype, counts in
        PhoneChat.BookingUser(
            userID: id, nickname: nickname, phoneNumber: phone, skypeName: skype, total: counts[0],
            positive: counts[1], neutral: counts[2], negative: counts[3], ratings: counts[4], disputes: counts[5])
    }

    static let booking = zip(
        zip(Gen.int(in: .min ... .max), Gen.int(in: 0...600), decimal, status, method),
        zip(string.optional, string.optional, dateTime, dateTime, dateTime, dateTime.optional),
        zip(dateTime.optional, dateTime.optional, string.optional, string.optional, string.optional),
        zip(dateTime, string.optional, string.optional, user)
    ).map { a, b, c, d in
        PhoneChat.ReceivedBooking(
            bookingID: a.0, duration: a.1, credits: a.2, status: a.3, method: a.4, phoneNumber: b.0,
            skypeName: b.1, createDate: b.2, sessionDate: b.3, acceptBy: b.4, acceptedDate: b.5,
            confirmedDate: c.0, cancelledDate: c.1, cancelledReason: c.2, cancelledBy: c.3,
            rejectedReason: c.4, lastUpdated: d.0, comments: d.1, actionCandidate: d.2, client: d.3)
    }

    /// Every member element name of the two contracts.
    static let memberNames = PhoneChat.ReceivedBooking.dataContract.memberOrder
        + PhoneChat.BookingUser.dataContract.memberOrder

    static let mutation = zip(
        Gen.int(in: 0...13), Gen<String?>.element(of: memberNames).map { $0 ?? "BookingID" },
        Gen<String?>.element(of: ["", " ", "x", " 12 ", "1e3", "-0", "99999999999999999999", "2018-02-30T00:00:00", "true", "&amp;", "<X/>"])
            .map { $0 ?? "" },
        Gen.int(in: 0...3)
    ).map { Mutation(kind: $0, member: $1, text: $2, options: $3) }
}

/// One change to a written document, and the decoder options it is read with.
struct Mutation: CustomStringConvertible {
    var kind: Int
    var member: String
    var text: String
    var options: Int

    var description: String { "kind \(kind) on <\(member)> text \"\(text)\" options \(options)" }

    var decoderOptions: DataContractDecoder.Options {
        var options = DataContractDecoder.Options()
        options.strictNamespaces = self.options & 1 != 0
        options.unknownElements = self.options & 2 != 0 ? .error : .skip
        return options
    }

    /// The document with this change applied (unchanged when `member` is not in it).
    func apply(to xml: String) -> String {
        guard let range = Self.elementRange(member, in: xml) else { return xml }
        let element = String(xml[range])
        var out = xml
        switch kind {
        case 0: out.removeSubrange(range)  // an absent member
        case 1: out.replaceSubrange(range, with: element + element)  // a repeated member
        case 2:  // out of order: moved after its next sibling (a leaf, or up to its first end tag)
            let rest = xml[range.upperBound...]
            guard rest.first == "<", rest.dropFirst().first != "/", let tagEnd = rest.firstIndex(of: ">") else { break }
            var end = rest.index(after: tagEnd)
            if rest[rest.index(before: tagEnd)] != "/", let close = rest.range(of: "</", range: end..<rest.endIndex),
                let closeEnd = rest[close.upperBound...].firstIndex(of: ">")
            {
                end = rest.index(after: closeEnd)
            }
            out = String(xml[..<range.lowerBound]) + rest[..<end] + element + rest[end...]
        case 3: out.replaceSubrange(range, with: element + "<Unknown>1</Unknown>")  // an unknown element
        case 4: out.replaceSubrange(range, with: Self.replacingText(of: element, with: text))  // another value
        case 5: out.replaceSubrange(range, with: Self.withAttribute(element, "i:nil=\"true\""))  // nil with content
        case 6: out.replaceSubrange(range, with: Self.withAttribute(element, "i:nil=\"maybe\""))
        case 7: out.replaceSubrange(range, with: "<\(Self.tagName(element)) i:nil=\"true\"/>")  // nil
        case 8: out.replaceSubrange(range, with: Self.withAttribute(element, "xmlns=\"urn:other\""))  // namespace
        case 9: out.replaceSubrange(range, with: "text" + element)  // mixed content
        case 10: out = String(xml[..<range.upperBound])  // truncated
        case 11: out.replaceSubrange(range, with: Self.withAttribute(element, "z:Ref=\"i9\" xmlns:z=\"http://schemas.microsoft.com/2003/10/Serialization/\""))
        case 12: out.replaceSubrange(range, with: "<\(Self.tagName(element))/>")  // empty
        default: out.replaceSubrange(range, with: Self.replacingText(of: element, with: "<Inner>\(text)</Inner>"))
        }
        return out
    }

    /// The first element named `name` (any prefix), start tag to end tag.
    static func elementRange(_ name: String, in xml: String) -> Range<String.Index>? {
        let pattern = "<([A-Za-z0-9]+:)?\(name)(\\s[^>]*)?(/>|>[^<]*</([A-Za-z0-9]+:)?\(name)>)"
        if let range = xml.range(of: pattern, options: .regularExpression) { return range }
        // An element with children (Client): up to its end tag.
        guard let start = xml.range(of: "<([A-Za-z0-9]+:)?\(name)[\\s>]", options: .regularExpression),
            let end = xml.range(of: "</([A-Za-z0-9]+:)?\(name)>", options: .regularExpression, range: start.upperBound..<xml.endIndex)
        else { return nil }
        return start.lowerBound..<end.upperBound
    }

    static func tagName(_ element: String) -> String {
        String(element.dropFirst().prefix { $0 != " " && $0 != ">" && $0 != "/" })
    }

    static func withAttribute(_ element: String, _ attribute: String) -> String {
        let name = tagName(element)
        var out = element
        out.replaceSubrange(out.index(out.startIndex, offsetBy: 1 + name.count)..<out.index(out.startIndex, offsetBy: 1 + name.count), with: " " + attribute)
        return out
    }

    static func replacingText(of element: String, with text: String) -> String {
        let name = tagName(element)
        return "<\(name)>\(text)</\(name)>"
    }
}

/// What decoding gave: the value, or the error in full.
enum Outcome<T: Equatable>: Equatable {
    case value(T)
    case failure(String)

    init(_ body: () throws -> T) {
        do {
            self = .value(try body())
        } catch {
            self = .failure(Self.describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "keyNotFound \(key.stringValue) \(details(context))"
        case DecodingError.valueNotFound(let type, let context):
            "valueNotFound \(type) \(details(context))"
        case DecodingError.typeMismatch(let type, let context):
            "typeMismatch \(type) \(details(context))"
        case DecodingError.dataCorrupted(let context):
            "dataCorrupted \(details(context))"
        case let error as DataContractXMLError:
            "DataContractXMLError \(error.code) line \(error.line) column \(error.column) \(error.description)"
        default:
            "\(type(of: error)) \(error)"
        }
    }

    static func details(_ context: DecodingError.Context) -> String {
        let underlying = context.underlyingError.map { describe($0) } ?? "-"
        return "at \(describeCodingPath(context.codingPath)): \(context.debugDescription) [\(underlying)]"
    }
}

/// Decodes `bytes` as `T` the way ``DataContractDecoder/decode(_:from:)`` does, and says how
/// many elements each memberwise type read without falling back.
func decodeCountingMemberwise<T: Decodable>(
    _ type: T.Type, _ bytes: [UInt8], _ options: DataContractDecoder.Options
) throws -> (T, [Int]) {
    let decoder = DataContractDecoder(options: options)
    let session = decoder.makeSession()
    let (builder, parser) = decoder.makeParser(session: session, mode: .document)
    try parser.feed(bytes)
    try parser.finish()
    let value = try DecodingContext(session: session, buffer: builder.buffer, basePath: []).decodeRoot(type)
    return (value, session.memberTables.map(\.successes))
}

@Suite("Memberwise XML path against init(from:) (property-based)")
struct MemberwiseParityTests {
    /// Both paths on `xml`, with `options`; memberwise on and off.
    func bothPaths<T: Decodable & Equatable>(
        _ type: T.Type, _ xml: [UInt8], _ options: DataContractDecoder.Options
    ) -> (memberwise: Outcome<T>, generic: Outcome<T>) {
        var generic = options
        generic.memberwiseDecoding = false
        var memberwise = options
        memberwise.memberwiseDecoding = true
        return (
            Outcome { try DataContractDecoder(options: memberwise).decode(type, from: xml) },
            Outcome { try DataContractDecoder(options: generic).decode(type, from: xml) }
        )
    }

    @Test("random bookings decode to the written values on both paths, the memberwise one taken")
    func randomRecords() async {
        var strict = DataContractDecoder.Options()
        strict.strictNamespaces = true
        strict.unknownElements = .error
        await propertyCheck(count: 200, input: Gens.booking) { booking in
            let xml = Array(try DataContractEncoder().encode(booking))
            for options in [DataContractDecoder.Options(), strict] {
                let (memberwise, generic) = bothPaths(PhoneChat.ReceivedBooking.self, xml, options)
                #expect(memberwise == .value(booking))
                #expect(generic == .value(booking))
                // Both types were read memberwise, once each.
                let (_, successes) = try decodeCountingMemberwise(PhoneChat.ReceivedBooking.self, xml, options)
                #expect(successes.sorted() == [1, 1])
            }
        }
    }

    @Test("lists of random bookings, as a document and item by item, give the same on both paths")
    func randomLists() async {
        await propertyCheck(count: 30, input: Gens.booking.array(of: 0...4)) { bookings in
            var bytes: [UInt8] = []
            try DataContractEncoder().encodeItems(bookings, to: &bytes)
            let (memberwise, generic) = bothPaths([PhoneChat.ReceivedBooking].self, bytes, DataContractDecoder.Options())
            #expect(memberwise == .value(bookings))
            #expect(generic == memberwise)
            var items: [PhoneChat.ReceivedBooking] = []
            try DataContractDecoder().decodeItems(of: PhoneChat.ReceivedBooking.self, from: bytes) { items.append($0) }
            #expect(items == bookings)
        }
    }

    @Test("mutated documents give identical values or identical errors on both paths")
    func mutatedDocuments() async {
        await propertyCheck(count: 1500, input: zip(Gens.booking, Gens.mutation)) { booking, mutation in
            let written = String(decoding: try DataContractEncoder().encode(booking), as: UTF8.self)
            let xml = Array(mutation.apply(to: written).utf8)
            let (memberwise, generic) = bothPaths(PhoneChat.ReceivedBooking.self, xml, mutation.decoderOptions)
            #expect(memberwise == generic, "\(mutation)")
        }
    }

    /// Named cases of the mutations, each with what the generic path says, so that a mutation
    /// the generator stops producing is still covered.
    @Test(
        "named surprises fall back and match the generic path",
        arguments: [
            (0, "Duration"), (0, "Comments"), (1, "BookingID"), (2, "AcceptBy"), (3, "Status"),
            (4, "Credits"), (5, "Method"), (6, "Nickname"), (7, "Client"), (8, "Total"), (9, "UserID"),
            (10, "Status"), (11, "Client"), (12, "CreateDate"), (13, "Duration"),
        ])
    func namedSurprises(kind: Int, member: String) throws {
        let booking = PhoneChat.ReceivedBooking(
            bookingID: 7, duration: 15, credits: Decimal(string: "8.5")!, status: .accepted, method: .skype,
            createDate: try DateTime(parsing: "2018-01-20T12:34:56.789"),
            sessionDate: try DateTime(parsing: "2018-01-21T00:00:00"), acceptBy: try DateTime(parsing: "2018-01-22T00:00:00"),
            lastUpdated: try DateTime(parsing: "2018-01-21T13:24:05.9876543"), comments: "Hi & bye",
            client: PhoneChat.BookingUser(userID: 123_654, nickname: "Booking<User>", total: 6, positive: 7, neutral: 0, negative: 1, ratings: 8, disputes: 0))
        let written = String(decoding: try DataContractEncoder().encode(booking), as: UTF8.self)
        for options in 0...3 {
            let mutation = Mutation(kind: kind, member: member, text: "x", options: options)
            let xml = mutation.apply(to: written)
            #expect(xml != written, "\(mutation) changed nothing")
            let (memberwise, generic) = bothPaths(PhoneChat.ReceivedBooking.self, Array(xml.utf8), mutation.decoderOptions)
            #expect(memberwise == generic, "\(mutation)")
        }
    }

    @Test("the generated value(forRawValue:) switches give what a search of knownCases gives")
    func rawValueMappings() {
        for raw in ["Pending", "Accepted", "Rejected", "Confirmed", "Cancelled", "pending", "Expired", "", " Pending"] {
            let searched = PhoneChat.BookingStatus.knownCases.first { $0.rawValue == raw } ?? .unknown(raw)
            #expect(PhoneChat.BookingStatus.value(forRawValue: raw) == searched)
            #expect(PhoneChat.BookingStatus(rawValue: raw) == searched)
        }
        for raw in -2...5 {
            let searched = PhoneChat.CallMethod.knownCases.first { $0.rawValue == raw } ?? .unknown(raw)
            #expect(PhoneChat.CallMethod.value(forRawValue: raw) == searched)
        }
    }

    @Test("an unknown element is skipped memberwise under UnknownElementPolicy.skip, and falls back under .error")
    func unknownElement() throws {
        let xml = try sample("PhoneChat/AcceptReceivedBooking/response.xml")
        // The published sample is not well-formed (two missing "/"); repaired here.
        var text = String(decoding: xml, as: UTF8.self)
            .replacingOccurrences(of: "Confirm<ActionCandidate>", with: "Confirm</ActionCandidate>")
            .replacingOccurrences(of: "tonight!<Comments>", with: "tonight!</Comments>")
        text = text.replacingOccurrences(of: "<Comments>", with: "<Extra>new in v2</Extra><Comments>")
        let (booking, successes) = try decodeCountingMemberwise(PhoneChat.ReceivedBooking.self, Array(text.utf8), .init())
        #expect(booking.bookingID == 1)
        #expect(booking.client.userID == 123_654)
        #expect(successes.sorted() == [1, 1])
        var strict = DataContractDecoder.Options()
        strict.unknownElements = .error
        let (memberwise, generic) = bothPaths(PhoneChat.ReceivedBooking.self, Array(text.utf8), strict)
        #expect(memberwise == generic)
        guard case .failure(let message) = memberwise else {
            Issue.record("an unknown element under .error decoded")
            return
        }
        #expect(message.contains("<Extra> is not a member of ReceivedBooking"))
    }
}
