import AWModels
import DataContractXML
import Foundation
import Testing

@Suite("PhoneChat.ReceivedBooking encoded as DataContract XML")
struct ReceivedBookingEncodingTests {
    /// The repaired seed as the documentation's writer would produce it: 4-space indentation,
    /// `d4p1`, credits with scale 4, and without the stray trailing spaces after `</BookingID>`.
    static func seedOptions() -> DataContractEncoder.Options {
        var options = DataContractEncoder.Options()
        options.indentation = "    "
        options.decimalScale = 4
        options.prefixDepthOffset = 2
        return options
    }

    @Test("the repaired seed decodes and encodes back byte for byte (modulo its trailing spaces)")
    func seedBytes() throws {
        let seed = try ReceivedBookingXMLTests.repairedSample()
        let booking = try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: seed, contentType: "text/xml")
        let encoded = try DataContractEncoder(options: Self.seedOptions()).encode(booking)
        let expected = String(decoding: seed, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " || $0 == "\r" }.reversed()) }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(String(decoding: encoded, as: UTF8.self) == expected)
    }

    @Test("the repaired seed round-trips under canonical comparison with default options")
    func seedCanonical() throws {
        let seed = try ReceivedBookingXMLTests.repairedSample()
        let booking = try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: seed, contentType: "text/xml")
        var options = DataContractEncoder.Options()
        options.decimalScale = 4
        let encoded = try DataContractEncoder(options: options).encode(booking)
        let original = try #require(try XMLTree.parse(seed).root)
        let written = try #require(try XMLTree.parse(encoded).root)
        #expect(canonical(written) == canonical(original))
    }

    @Test("JSON sample → model → XML → model equals the JSON-decoded model; strict namespaces hold")
    func jsonThroughXML() throws {
        let fromJSON = try ResponseDecoder().decode(
            PhoneChat.ReceivedBooking.self, from: try sample("PhoneChat/AcceptReceivedBooking/response.json"))
        let xml = try DataContractEncoder().encode(fromJSON)
        var strict = DataContractDecoder.Options()
        strict.strictNamespaces = true
        strict.unknownElements = .error
        let back = try DataContractDecoder(options: strict).decode(PhoneChat.ReceivedBooking.self, from: xml)
        #expect(back == fromJSON)
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.hasPrefix(#"<ReceivedBooking xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received"><AcceptBy>2018-01-22T00:00:00</AcceptBy>"#))
        #expect(text.contains(#"<Client xmlns:d2p1="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings"><Disputes xmlns="http://schemas.datacontract.org/2004/07/API.Models.Profile">0</Disputes>"#))
        #expect(text.contains("<d2p1:PhoneNumber i:nil=\"true\" /><d2p1:SkypeName i:nil=\"true\" /><d2p1:UserID>123654</d2p1:UserID></Client>"))
        #expect(text.contains("<Credits>8</Credits>"))
    }

    @Test("every AWModels contract lists exactly the type's coding keys")
    func contractsMatchKeys() {
        func names(_ contract: DataContract) -> Set<String> { Set(contract.memberOrder) }
        #expect(names(PhoneChat.ReceivedBooking.dataContract) == Set(PhoneChat.ReceivedBooking.CodingKeys.allCases.map(\.rawValue)))
        #expect(names(PhoneChat.BookingUser.dataContract) == Set(PhoneChat.BookingUser.CodingKeys.allCases.map(\.rawValue)))
        #expect(names(PhoneChat.AcceptReceivedBookingRequest.dataContract) == Set(PhoneChat.AcceptReceivedBookingRequest.CodingKeys.allCases.map(\.rawValue)))
    }

    @Test("the request body encodes in its contract and decodes back")
    func request() throws {
        let body = PhoneChat.AcceptReceivedBookingRequest(bookingID: 1, credits: 8)
        let xml = String(decoding: try DataContractEncoder().encode(body), as: UTF8.self)
        #expect(xml == #"<AcceptReceivedBookingRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/API.Models.PhoneChat"><BookingID>1</BookingID><Credits>8</Credits></AcceptReceivedBookingRequest>"#)
        #expect(try DataContractDecoder().decode(PhoneChat.AcceptReceivedBookingRequest.self, from: Array(xml.utf8)) == body)
    }
}

/// An element tree reduced to what DataContract XML means: names with namespace URIs, order,
/// nil, text (indentation-only text of elements with children is dropped by `XMLTree`).
struct CanonicalElement: Hashable {
    var name: String
    var isNil: Bool
    var text: String
    var children: [CanonicalElement]
}

func canonical(_ element: XMLTree.Element) -> CanonicalElement {
    CanonicalElement(
        name: "{\(element.namespace)}\(element.localName)", isNil: element.isNil,
        text: element.children.isEmpty ? element.text : "", children: element.children.map(canonical))
}
