import AWModels
import Foundation
import Testing

/// The generated models of the built-in catalog decode the pages' samples to the values the
/// samples hold, and encode back to what the pages show.
@Suite struct CatalogModelTests {
    private func sample(_ path: String) throws -> Data {
        try Data(contentsOf: SchemaFixtures.repository.appendingPathComponent("Samples/\(path)"))
    }

    @Test func everySchemaHasAnEndpointWithARequestType() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: SchemaFixtures.repository.appendingPathComponent("Sources/AWConformance/Schemas").path)
        let ids = names.filter { $0.hasSuffix(".json") }.map { $0.dropLast(5).replacingOccurrences(of: "_", with: "/") }
        #expect(ids.count == 52)
        #expect(Set(Endpoint.all.map(\.id)) == Set(ids))
        #expect(Endpoint.all.allSatisfy { $0.requestType != nil })
    }

    @Test func acceptReceivedBookingJSON() throws {
        let booking = try #require(
            try Endpoint.named("PhoneChat/AcceptReceivedBooking")!
                .decodeResponse(sample("PhoneChat/AcceptReceivedBooking/response.json")) as? PhoneChat.ReceivedBooking)
        #expect(booking.bookingID == 1)
        #expect(booking.duration == 15)
        #expect(booking.credits == Decimal(8))
        #expect(booking.status == .accepted)
        #expect(booking.method == .bookedUserCallsClient)
        #expect(booking.phoneNumber == nil)
        #expect(booking.createDate.description == "2018-01-20T12:34:56.789")
        #expect(booking.acceptedDate?.description == "2018-01-21T13:24:05.987")
        #expect(booking.actionCandidate == "BookingUser Needs to Confirm")
        #expect(booking.client.userID == 123654)
        #expect(booking.client.nickname == "BookingUser")
        #expect(booking.client.positive == 1)
    }

    /// The page's XML sample is not well-formed as published (two start tags stand where end tags
    /// belong); with the two slashes put back where `awkit check` reports them, it decodes to the
    /// booking it shows, and the model writes it back element for element.
    @Test func acceptReceivedBookingXMLRepairedSampleRoundTrips() throws {
        let published = try sample("PhoneChat/AcceptReceivedBooking/response.xml")
        let repairs = try XMLTree.parse(published, lenient: true).repairs
        #expect(repairs.map(\.element) == ["ActionCandidate", "Comments"])
        var lines = String(decoding: published, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        for repair in repairs {
            var characters = Array(lines[repair.line - 1])
            #expect(characters[repair.column - 1] == "<")
            characters.insert("/", at: repair.column)
            lines[repair.line - 1] = String(characters)
        }
        let repaired = Data(lines.joined(separator: "\n").utf8)
        let booking = try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: repaired)
        #expect(booking.credits == Decimal(8))
        #expect(booking.comments == "Hi, I had a great time last weekend, I want to do it again tonight!")
        #expect(booking.confirmedDate?.description == "2018-01-21T13:24:05.987")
        #expect(booking.client.total == 6)
        #expect(booking.client.phoneNumber == nil)
        let written = try XMLTree.parse(try DataContractEncoder().encode(booking))
        let writtenRoot = try #require(written.root)
        let sampleRoot = try #require(try XMLTree.parse(repaired).root)
        #expect(Canonical(writtenRoot) == Canonical(sampleRoot))
    }

    @Test func creditBalanceInBothFormats() throws {
        let endpoint = try #require(Endpoint.named("CreditHistory/GetCurrentCreditBalance"))
        let json = try endpoint.decodeResponse(sample("CreditHistory/GetCurrentCreditBalance/response.json"))
        let xml = try endpoint.decodeResponse(sample("CreditHistory/GetCurrentCreditBalance/response.xml"))
        #expect(json as? Decimal == Decimal(299))
        #expect(xml as? Decimal == Decimal(299))
    }

    /// The page documents a decimal, and its XML sample is `<int …>299</int>`: the model writes
    /// what .NET writes for a decimal, so the two differ in the root's name only (the page
    /// contradicts itself; `awkit check` reads either).
    @Test func creditBalanceXMLDiffersFromTheSampleInTheRootNameOnly() throws {
        let written = try XMLTree.parse(try DataContractEncoder().encode(Decimal(299)))
        let sample = try XMLTree.parse(try sample("CreditHistory/GetCurrentCreditBalance/response.xml"))
        let root = try #require(written.root)
        let sampleRoot = try #require(sample.root)
        #expect(root.localName == "decimal")
        #expect(sampleRoot.localName == "int")
        #expect(root.namespace == sampleRoot.namespace)
        #expect(root.text == sampleRoot.text)
    }

    @Test func escortRateBreaksList() throws {
        let breaks = try #require(
            try Endpoint.named("Lists/GetEscortRateBreaks")!.decodeResponse(sample("Lists/GetEscortRateBreaks/response.json"))
                as? [Lists.RateBreaks])
        #expect(breaks.count > 1)
        #expect(breaks[0].rateBreakID == 7)
        #expect(breaks[0].rateBreak == "15 mins")
        #expect(breaks[0].hours == Decimal(string: "0.25"))
        #expect(breaks[0].isOvernight == false)
    }

    @Test func pricePlansList() throws {
        let plans = try #require(
            try Endpoint.named("Pictures/GetPricePlans")!.decodeResponse(sample("Pictures/GetPricePlans/response.json"))
                as? [Pictures.PricePlans])
        #expect(plans.map(\.pricePlanID) == [1, 2, 3])
        #expect(plans.map(\.duration) == ["1 Week", "2 Weeks", "1 Month"])
        #expect(plans[0].price == Decimal(string: "1.573"))
    }

    @Test func anEmptyResponseAcceptsOnlyAnEmptyBody() throws {
        let endpoint = try #require(Endpoint.named("Email/BlockedSendersAdd"))
        #expect(endpoint.responseType is EmptyResponse.Type)
        #expect(try endpoint.decodeResponse(Data()) as? EmptyResponse == EmptyResponse())
        #expect {
            _ = try endpoint.decodeResponse(Data("{}".utf8))
        } throws: { error in
            (error as? ResponseDecodingError)?.code == .unexpectedBody
        }
    }

    @Test func anUndocumentedResponseKeepsAWellFormedBody() throws {
        let endpoint = try #require(Endpoint.named("Account/Update"))
        #expect(endpoint.responseType is UndocumentedResponse.Type)
        let kept = try #require(try endpoint.decodeResponse(Data("{\"A\": 1}".utf8)) as? UndocumentedResponse)
        #expect(kept.text == "{\"A\": 1}")
        #expect(kept.format == .json)
        #expect(throws: DecodingError.self) { _ = try endpoint.decodeResponse(Data("{\"A\": ".utf8)) }
    }

    @Test func theEndpointsKnowTheirPagesFacts() throws {
        let settings = try #require(Endpoint.named("PhoneChat/GetSettings"))
        #expect(settings.groupManagerPath == "/v1/Groups/PhoneChat/GetSettings")
        #expect(settings.scopes == ["account_phonechat_bookings"])
        #expect(settings.authentication == .accessToken)
        #expect(Endpoint.named("Lists/GetEscortRateBreaks")?.authentication == .apiKey)
        #expect(Endpoint.named("PhoneChat/AcceptReceivedBooking")?.passesParametersInBody == true)
        #expect(Endpoint.named("Webcam/GetUserBookingRequirements")?.passesParametersInBody == false)
    }
}

/// An element as canonical XML compares it: qualified name, `i:nil`, text (white space between
/// child elements ignored; a decimal in its XML Schema canonical form, so `8.0000` is `8`) and
/// children in order; positions left out.
struct Canonical: Equatable, CustomStringConvertible {
    var name: String
    var isNil: Bool
    var text: String
    var children: [Canonical]

    init(_ element: XMLTree.Element) {
        name = "{\(element.namespace)}\(element.localName)"
        isNil = element.isNil
        children = element.children.map(Canonical.init)
        text = children.isEmpty ? Self.canonicalText(element.text) : ""
    }

    /// A number's canonical lexical form (no trailing fraction zeros), other text as it is.
    static func canonicalText(_ text: String) -> String {
        guard text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }), text.contains("."),
              let value = Decimal(string: text)
        else { return text }
        return value.description
    }

    var description: String {
        "\(name)\(isNil ? " nil" : "")\(text.isEmpty ? "" : "=\(text)")\(children.isEmpty ? "" : "(\(children.map(\.description).joined(separator: ", ")))")"
    }
}
