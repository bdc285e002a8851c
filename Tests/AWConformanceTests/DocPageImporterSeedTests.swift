import AWConformance
import Testing

/// The importer on the seed page, `PhoneChat_AcceptReceivedBooking.txt`: every fact asserted
/// against what the page says.
@Suite("DocPageImporter on the seed page (PhoneChat/AcceptReceivedBooking)")
struct DocPageImporterSeedTests {
    let schema: EndpointSchema

    init() throws {
        schema = try DocPages.schema("PhoneChat_AcceptReceivedBooking")
    }

    @Test("endpoint, title, method, path, scope and JSON body")
    func endpoint() {
        #expect(schema.formatVersion == 1)
        #expect(schema.endpoint == "PhoneChat/AcceptReceivedBooking")
        #expect(schema.title == "Accept Received PhoneChat Booking")
        #expect(schema.method == "POST")
        #expect(schema.path == "/v1/PhoneChat/AcceptReceivedBooking")
        #expect(schema.groupManagerPath == nil)
        #expect(schema.groupManagerParameters.isEmpty)
        #expect(schema.scopes == ["account_phonechat_bookings"])
        #expect(schema.parameterPassing == .jsonBody)
    }

    @Test("request: BookingID integer and Credits decimal, both Required. in the prose")
    func request() {
        #expect(schema.request.map(\.name) == ["BookingID", "Credits"])
        #expect(schema.request.map(\.type) == [Fact(.integer, from: .table), Fact(.decimal, from: .table)])
        for property in schema.request {
            #expect(property.required == Fact(true, from: .prose))
            #expect(property.nullable == Fact(false, from: .default))
            #expect(property.enumValues == nil)
        }
        #expect(schema.request[0].description == "Required. The ID of the booking you want to accept.")
    }

    @Test("prerequisites: Status string, AcceptBy and SessionDate datetime, not required")
    func prerequisites() {
        #expect(schema.prerequisites.map(\.name) == ["Status", "AcceptBy", "SessionDate"])
        #expect(schema.prerequisites.map(\.type.value) == [.string, .datetime, .datetime])
        #expect(schema.prerequisites.allSatisfy { $0.required == Fact(false, from: .default) })
        #expect(schema.prerequisites.allSatisfy { $0.nullable == Fact(false, from: .default) })
        // "The Status must be Pending." names one value; it is not an enum list.
        #expect(schema.prerequisites[0].enumValues == nil)
        #expect(schema.prerequisites[0].description == "The Status must be Pending.")
    }

    /// (name, type, nullable, nullable source) in page order, from the Response table.
    static let responseRows: [(String, DocumentedType, Bool, FactSource)] = [
        ("BookingID", .integer, false, .default),
        ("Duration", .integer, false, .default),
        ("Credits", .decimal, false, .default),
        ("Status", .string, false, .default),
        ("Method", .integer, false, .default),
        ("PhoneNumber", .string, true, .prose),
        ("SkypeName", .string, true, .prose),
        ("CreateDate", .datetime, false, .default),
        ("SessionDate", .datetime, false, .default),
        ("AcceptBy", .datetime, false, .default),
        ("AcceptedDate", .datetime, true, .prose),
        ("ConfirmedDate", .datetime, true, .prose),
        ("CancelledDate", .datetime, true, .prose),
        ("CancelledReason", .string, true, .prose),
        ("CancelledBy", .string, true, .prose),
        ("RejectedReason", .string, true, .prose),
        ("LastUpdated", .datetime, false, .default),
        ("Comments", .string, true, .sample),
        ("ActionCandidate", .string, true, .prose),
        ("Client", .object("PhoneChatBookingUser"), false, .default),
    ]

    @Test("response: the 20 documented properties with type, required and nullable")
    func response() throws {
        let response = try #require(schema.response)
        #expect(response.inferred == false)
        // The contract name, learnt from the XML sample's root element.
        #expect(response.name == "ReceivedBooking")
        #expect(response.properties.count == 20)
        #expect(response.properties.map(\.name) == Self.responseRows.map(\.0))
        for (property, row) in zip(response.properties, Self.responseRows) {
            #expect(property.type == Fact(row.1, from: .table), "\(row.0)")
            #expect(property.required == Fact(true, from: .table), "\(row.0)")
            #expect(property.nullable == Fact(row.2, from: row.3), "\(row.0)")
        }
    }

    @Test("enum values from the prose: Status and Method, and no other property")
    func enums() throws {
        let response = try #require(schema.response)
        #expect(response.property(named: "Status")?.enumValues
            == Fact(["Pending", "Accepted", "Rejected", "Confirmed", "Cancelled"], from: .prose))
        #expect(response.property(named: "Method")?.enumValues == Fact(["1", "2", "3"], from: .prose))
        let others = response.properties.filter { !["Status", "Method"].contains($0.name) }
        #expect(others.allSatisfy { $0.enumValues == nil })
    }

    @Test("a Note: line continues the description of the row above")
    func continuation() throws {
        let phone = try #require(schema.response?.property(named: "PhoneNumber"))
        #expect(phone.description == """
            The phone number provided by the candidate.
            Note: This will be null if the provided Method does not require a phone number.
            """)
        #expect(schema.response?.property(named: "Note") == nil)
    }

    @Test("Comments is nullable only because the sample shows null, and a note says so")
    func commentsFromSample() {
        #expect(schema.notes.contains { $0.contains("`Comments`") && $0.contains("nullable from the sample") })
    }

    @Test("Client: aws:PhoneChatBookingUser with 10 properties inferred from the JSON sample")
    func client() throws {
        let client = try #require(schema.response?.property(named: "Client"))
        let type = try #require(schema.objectType(of: client))
        #expect(schema.types.keys.sorted() == ["PhoneChatBookingUser"])
        #expect(type.name == "PhoneChatBookingUser")
        #expect(type.inferred)
        let bookings = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings"
        let profile = "http://schemas.datacontract.org/2004/07/API.Models.Profile"
        let expected: [(String, DocumentedType, Bool, String)] = [
            ("UserID", .integer, false, bookings), ("Nickname", .string, false, bookings),
            ("PhoneNumber", .unknown("null"), true, bookings), ("SkypeName", .unknown("null"), true, bookings),
            ("Total", .integer, false, profile), ("Positive", .integer, false, profile),
            ("Neutral", .integer, false, profile), ("Negative", .integer, false, profile),
            ("Ratings", .integer, false, profile), ("Disputes", .integer, false, profile),
        ]
        #expect(type.properties.map(\.name) == expected.map(\.0))
        for (property, row) in zip(type.properties, expected) {
            #expect(property.type == Fact(row.1, from: .sample), "\(row.0)")
            #expect(property.required == Fact(true, from: .sample), "\(row.0)")
            #expect(property.nullable == Fact(row.2, from: .sample), "\(row.0)")
            #expect(property.enumValues == nil)
            // Base-class members in API.Models.Profile, own members in the Bookings namespace.
            #expect(property.xmlNamespace == Fact(row.3, from: .sample), "\(row.0)")
        }
        #expect(schema.notes.contains { $0.contains("aws:PhoneChatBookingUser") && $0.contains("inferred") })
        #expect(schema.notes.contains { $0.contains("PhoneChatBookingUser.PhoneNumber") && $0.contains("only null") })
    }

    @Test("samples kept as published; the XML sample's root and breakage recorded")
    func samples() throws {
        let json = try #require(schema.responseJSONSample)
        #expect(json.hasPrefix("{\n    \"BookingID\": 1,\n    \"Duration\": 15,"))
        #expect(json.hasSuffix("        \"Disputes\": 0\n    }\n}"))
        let xml = try #require(schema.responseXMLSample)
        #expect(xml.hasPrefix("<ReceivedBooking xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\""))
        #expect(xml.contains("<ActionCandidate>BookingUser Needs to Confirm<ActionCandidate>"))
        #expect(xml.contains("    <BookingID>1</BookingID>            \n"))
        #expect(xml.hasSuffix("</ReceivedBooking>"))
        let learnt = try #require(schema.xml)
        #expect(learnt.rootName == "ReceivedBooking")
        #expect(learnt.rootNamespace == "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received")
        #expect(learnt.wellFormed == false)
        // Page lines 148 and 165: the sample's lines 4 and 21.
        #expect(learnt.problems.count == 2)
        #expect(learnt.problems[0].hasPrefix("line 148: <ActionCandidate>"))
        #expect(learnt.problems[1].hasPrefix("line 165: <Comments>"))
        let root = try #require(schema.response)
        #expect(root.properties.allSatisfy {
            $0.xmlNamespace == Fact("http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received", from: .sample)
        })
        // The request body under "Samples → POST method" is not the response sample.
        #expect(!json.contains("\"BookingID\": 1, "))
    }

    @Test("exactly the expected notes, in page order")
    func notes() {
        #expect(schema.notes == [
            "the JSON response sample shows null for `Comments`, which the prose does not call nullable; nullable from the sample",
            "`PhoneChatBookingUser.PhoneNumber`: the JSON sample shows only null, so its type is not known (kept as `null`)",
            "`PhoneChatBookingUser.SkypeName`: the JSON sample shows only null, so its type is not known (kept as `null`)",
            "aws:PhoneChatBookingUser (`Client`) is not documented on the page; its properties are inferred from the JSON response sample",
            "the XML response sample is not well-formed (line 148: <ActionCandidate> opened at line 148 is never closed; a start tag stands where its end tag belongs (a \"/\" looks missing); line 165: <Comments> opened at line 165 is never closed; a start tag stands where its end tag belongs (a \"/\" looks missing)); its names and namespaces were read leniently",
        ])
    }

    @Test("importing twice gives equal schemas and equal bytes")
    func deterministic() throws {
        let again = try DocPages.schema("PhoneChat_AcceptReceivedBooking")
        #expect(again == schema)
        #expect(try again.encodedJSON() == schema.encodedJSON())
    }
}
