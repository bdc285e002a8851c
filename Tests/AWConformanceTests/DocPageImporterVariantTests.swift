import AWConformance
import Foundation
import Testing

/// The importer on the other real pages, one distinctive feature each, and on variants of the
/// pages for spellings and faults the real pages do not show.
@Suite("DocPageImporter on the other pages and variants")
struct DocPageImporterVariantTests {
    // MARK: Real pages

    @Test("GetSettings: GET, group-manager path and its UserID parameter, no request parameters")
    func getSettingsGroupManager() throws {
        let schema = try DocPages.schema("PhoneChat_GetSettings")
        #expect(schema.endpoint == "PhoneChat/GetSettings")
        #expect(schema.title == "Get PhoneChat Settings")
        #expect(schema.method == "GET")
        #expect(schema.path == "/v1/PhoneChat/GetSettings")
        #expect(schema.groupManagerPath == "/v1/Groups/PhoneChat/GetSettings")
        #expect(schema.groupManagerParameters.map(\.name) == ["UserID"])
        let userID = try #require(schema.groupManagerParameters.first)
        #expect(userID.type == Fact(.integer, from: .table))
        #expect(userID.required == Fact(true, from: .prose))
        #expect(userID.description == "Required. The ID of the group member on whose behalf this request is made.")
        // "This operation does not accept any parameters." is no row and needs no note.
        #expect(schema.request.isEmpty)
        #expect(!schema.notes.contains { $0.contains("not a property row") })
        #expect(schema.scopes == ["account_phonechat_bookings"])
    }

    @Test("GetSettings: DirectChat is aws:DirectChatSettings, nullable from \"This can be null if…\"")
    func getSettingsDirectChat() throws {
        let schema = try DocPages.schema("PhoneChat_GetSettings")
        let response = try #require(schema.response)
        #expect(response.properties.map(\.name)
            == ["OfferDirectChat", "DirectChat", "PhoneChatNumber", "ShowPhoneChatNumber", "PhoneChatPPM"])
        #expect(response.properties.map(\.type.value)
            == [.boolean, .object("DirectChatSettings"), .string, .boolean, .decimal])
        let directChat = try #require(response.property(named: "DirectChat"))
        #expect(directChat.nullable == Fact(true, from: .prose))
        #expect(directChat.enumValues == nil)
        #expect(response.properties.filter { $0.nullable.value }.map(\.name) == ["DirectChat"])
        // Nothing on the page documents DirectChatSettings and there is no sample to infer it
        // from: it is recorded as a type whose properties are unknown, not invented.
        #expect(schema.types == ["DirectChatSettings": TypeSchema(name: "DirectChatSettings", inferred: false, properties: [], propertiesUnknown: true)])
        #expect(schema.notes.contains { $0.contains("aws:DirectChatSettings") && $0.contains("not documented") })
        #expect(schema.notes.contains("the page has no JSON response sample"))
        #expect(schema.responseJSONSample == nil && schema.responseXMLSample == nil)
    }

    @Test("GetSettings: the prose does not say how parameters pass; the ?UserID= sample URL gives the query string")
    func getSettingsPassing() throws {
        let schema = try DocPages.schema("PhoneChat_GetSettings")
        #expect(schema.parameterPassing == .queryString)
        #expect(schema.notes.contains { $0.hasPrefix("line 81:") && $0.contains("query string inferred from the sample URL") })
    }

    @Test("GetUserBookingRequirements: query string from the prose, request and prerequisite BookUserID")
    func queryString() throws {
        let schema = try DocPages.schema("PhoneChat_GetUserBookingRequirements")
        #expect(schema.endpoint == "PhoneChat/GetUserBookingRequirements")
        #expect(schema.method == "GET")
        #expect(schema.parameterPassing == .queryString)
        #expect(!schema.notes.contains { $0.contains("inferred from the sample URL") })
        #expect(schema.groupManagerPath == nil)
        #expect(schema.request.map(\.name) == ["BookUserID"])
        #expect(schema.request.first?.required == Fact(true, from: .prose))
        #expect(schema.prerequisites.map(\.name) == ["BookUserID"])
        #expect(schema.prerequisites.first?.required == Fact(false, from: .default))
    }

    @Test("GetUserBookingRequirements: PhoneChatPPM nullable from \"This can be null if…\", no enum from \"may be no lower than\"")
    func canBeNull() throws {
        let schema = try DocPages.schema("PhoneChat_GetUserBookingRequirements")
        let ppm = try #require(schema.response?.property(named: "PhoneChatPPM"))
        #expect(ppm.type.value == .decimal)
        #expect(ppm.nullable == Fact(true, from: .prose))
        #expect(ppm.enumValues == nil)
    }

    @Test("MadeBookingDetails: a response table cut inside its last row; no samples become notes, not errors")
    func missingResponse() throws {
        let schema = try DocPages.schema("PhoneChat_MadeBookingDetails")
        #expect(schema.endpoint == "PhoneChat/MadeBookingDetails")
        #expect(schema.responseShape == Fact(.object, from: .table))
        #expect(schema.response?.properties.map(\.name) == ["BookingID", "Duration", "Credits", "Status", "Method"])
        // "This can be 1 if …, 2 if the client will call the booked user" (cut): the values shown.
        #expect(schema.response?.property(named: "Method")?.enumValues == Fact(["1", "2"], from: .prose))
        #expect(schema.types.isEmpty)
        #expect(schema.notes == [
            "the page has no JSON response sample",
            "the page has no XML response sample",
        ])
        #expect(schema.groupManagerPath == "/v1/Groups/PhoneChat/MadeBookingDetails")
        #expect(schema.groupManagerParameters.map(\.name) == ["UserID"])
        #expect(schema.request.map(\.name) == ["BookingID"])
        #expect(schema.parameterPassing == .queryString)
    }

    // MARK: Variants

    @Test("`aws: DirectChatSettings` (stray space) reads as aws:DirectChatSettings, with a note")
    func straySpace() throws {
        let text = try DocPages.variant(
            "PhoneChat_GetSettings", replacing: "DirectChat aws:DirectChatSettings The",
            with: "DirectChat aws: DirectChatSettings The")
        let schema = try DocPageImporter().importPage(text)
        let directChat = try #require(schema.response?.property(named: "DirectChat"))
        #expect(directChat.type == Fact(.object("DirectChatSettings"), from: .table))
        #expect(directChat.description.hasPrefix("The user's DirectChat-specific settings"))
        #expect(schema.notes.contains { $0.contains("`aws: DirectChatSettings` (stray space)") })
    }

    @Test("`Array of aws:…` and `big integer`, `string of comma-separated integers` are known spellings", arguments: [
        ("Array of aws:PhoneChatMethod", DocumentedType.array(.object("PhoneChatMethod"))),
        ("big integer", .bigInteger),
        ("string of comma-separated integers", .commaSeparatedIntegers),
        ("date", .date),
        ("boolean", .boolean),
    ])
    func multiWordSpellings(spelling: String, type: DocumentedType) throws {
        let text = try DocPages.variant(
            "PhoneChat_GetSettings", replacing: "PhoneChatNumber string The number",
            with: "PhoneChatNumber \(spelling) The number")
        let schema = try DocPageImporter().importPage(text)
        let number = try #require(schema.response?.property(named: "PhoneChatNumber"))
        #expect(number.type == Fact(type, from: .table))
        #expect(number.description.hasPrefix("The number the user has given"))
        #expect(!schema.notes.contains { $0.contains("unknown type") })
    }

    @Test("an unknown type spelling is kept as written and noted, and the description still starts at \"The\"", arguments: [
        "list of strings", "string or null", "List<string>",
    ])
    func unknownSpelling(spelling: String) throws {
        let text = try DocPages.variant(
            "PhoneChat_AcceptReceivedBooking", replacing: "Comments string The comment text",
            with: "Comments \(spelling) The comment text")
        let schema = try DocPageImporter().importPage(text)
        let response = try #require(schema.response)
        #expect(response.properties.count == 20)
        let comments = try #require(response.property(named: "Comments"))
        #expect(comments.type == Fact(.unknown(spelling), from: .table))
        #expect(comments.description == "The comment text left behind by the client when creating the booking.")
        #expect(schema.notes.contains(
            "line 104: Response table: `Comments` has the unknown type spelling `\(spelling)`, kept as written"))
        // The unknown spelling survives the schema file.
        let reread = try EndpointSchema(jsonData: schema.encodedJSON())
        #expect(reread.response?.property(named: "Comments")?.type.value == .unknown(spelling))
    }

    @Test("a type table after a lone aws:Name line documents the nested type; the sample is checked against it")
    func documentedNestedType() throws {
        let text = try DocPages.variant(
            "PhoneChat_AcceptReceivedBooking", replacing: "Client aws:PhoneChatBookingUser The user who made the booking.\n",
            with: """
                Client aws:PhoneChatBookingUser The user who made the booking.

                aws:PhoneChatBookingUser

                PropertyTypeDescription
                UserID integer The ID of the user.
                Nickname string The user's nickname.
                Rank integer The user's rank.

                """)
        let schema = try DocPageImporter().importPage(text)
        let type = try #require(schema.types["PhoneChatBookingUser"])
        #expect(type.inferred == false)
        #expect(type.properties.map(\.name) == ["UserID", "Nickname", "Rank"])
        #expect(type.properties.map(\.type) == [Fact(.integer, from: .table), Fact(.string, from: .table), Fact(.integer, from: .table)])
        #expect(type.properties.allSatisfy { $0.required == Fact(true, from: .table) })
        #expect(schema.response?.properties.count == 20)
        #expect(schema.notes.contains("the JSON response sample has no `Client.Rank`"))
        #expect(schema.notes.contains("the JSON response sample has `Client.Disputes`, which the page does not document"))
    }

    @Test("a JSON sample with a missing comma is noted with its line, kept as published, and still read")
    func invalidJSONSample() throws {
        let text = try DocPages.variant(
            "PhoneChat_AcceptReceivedBooking", replacing: "    \"Duration\": 15,\n", with: "    \"Duration\": 15\n")
        let schema = try DocPageImporter().importPage(text)
        #expect(schema.responseJSONSample?.contains("\"Duration\": 15\n    \"Credits\"") == true)
        #expect(schema.notes.contains(
            "line 115: the JSON response sample is not valid JSON: a comma is missing before this (read as if it were there)"))
        #expect(schema.response?.properties.count == 20)
        // Read past the missing comma, the sample still teaches: Comments null, Client's type.
        #expect(schema.response?.property(named: "Comments")?.nullable == Fact(true, from: .sample))
        #expect(schema.types["PhoneChatBookingUser"]?.properties.count == 10)
    }

    @Test("a cut JSON sample is noted with its line and not used for facts")
    func cutJSONSample() throws {
        let text = try DocPages.variant(
            "PhoneChat_AcceptReceivedBooking", replacing: "    \"Duration\": 15,\n", with: "    \"Duration\": 15,,\n")
        let schema = try DocPageImporter().importPage(text)
        #expect(schema.notes.contains { $0.hasPrefix("line 114: the JSON response sample is not valid JSON:") && $0.contains("cannot be read past this") })
        #expect(schema.notes.contains("the JSON response sample cannot be read; not used for facts"))
        #expect(schema.response?.property(named: "Comments")?.nullable == Fact(false, from: .default))
        #expect(schema.types["PhoneChatBookingUser"]?.propertiesUnknown == true)
    }

    @Test("a raw line break inside a JSON sample string is read as \\n and noted with its line")
    func rawLineBreakInSample() throws {
        let text = try DocPages.variant(
            "PhoneChat_AcceptReceivedBooking", replacing: "\"ActionCandidate\": \"BookingUser Needs to Confirm\"",
            with: "\"ActionCandidate\": \"BookingUser Needs\nto Confirm\"")
        let schema = try DocPageImporter().importPage(text)
        #expect(schema.notes.contains { $0.hasPrefix("line 131: the JSON response sample is not valid JSON: a raw line break inside a string") })
        #expect(schema.types["PhoneChatBookingUser"]?.properties.count == 10)
    }

    @Test("no response table but a JSON sample: the response is inferred from the sample")
    func responseFromSample() throws {
        let full = try DocPages.text("PhoneChat_AcceptReceivedBooking")
        let start = try #require(full.range(of: "\nResponse\n\nPropertyTypeDescription\n"))
        let end = try #require(full.range(of: "\nResponse Sample\n"))
        let text = full.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "\n")
        let schema = try DocPageImporter().importPage(text)
        let response = try #require(schema.response)
        #expect(response.inferred)
        #expect(response.properties.count == 20)
        #expect(response.property(named: "Credits")?.type == Fact(.integer, from: .sample))
        #expect(response.property(named: "CreateDate")?.type == Fact(.datetime, from: .sample))
        #expect(response.property(named: "Status")?.type == Fact(.string, from: .sample))
        #expect(response.property(named: "Client")?.type == Fact(.object("AcceptReceivedBooking.Client"), from: .sample))
        #expect(schema.types["AcceptReceivedBooking.Client"]?.properties.count == 10)
        #expect(schema.notes.contains("the page has no Response property table"))
        #expect(schema.notes.contains("the response is inferred from the JSON response sample"))
        #expect(schema.responseShape == Fact(.object, from: .sample))
    }

    @Test("group-manager path from the \"GET as Group manager\" sample URL when no endpoint line gives it")
    func groupManagerFromSample() throws {
        let text = try DocPages.variant(
            "PhoneChat_GetSettings", replacing: "GET /v1/Groups/PhoneChat/GetSettings (See Group manager)\n\n", with: "")
        let schema = try DocPageImporter().importPage(text)
        #expect(schema.groupManagerPath == "/v1/Groups/PhoneChat/GetSettings")
        #expect(schema.notes.contains { $0.contains("group-manager path taken from the \"as Group manager\" sample URL") })
    }

    @Test("configuration: no inference and no nullable-from-sample leave facts at their defaults, with notes")
    func configuration() throws {
        let importer = DocPageImporter(configuration: .init(inferTypesFromSamples: false, nullableFromSamples: false))
        let schema = try importer.importPage(DocPages.text("PhoneChat_AcceptReceivedBooking"))
        #expect(schema.types.isEmpty)
        #expect(schema.response?.property(named: "Comments")?.nullable == Fact(false, from: .default))
        #expect(schema.notes.contains("the JSON response sample shows null for `Comments`, which the prose does not call nullable"))
        #expect(schema.notes.contains { $0.contains("not inferred (configuration)") })
    }

    @Test("a text without an endpoint line is refused with import.missing-endpoint")
    func missingEndpoint() throws {
        let text = try DocPages.variant(
            "PhoneChat_AcceptReceivedBooking", replacing: "POST /v1/PhoneChat/AcceptReceivedBooking\n", with: "")
        let error = #expect(throws: DocPageImportError.self) { try DocPageImporter().importPage(text) }
        #expect(error?.code == .missingEndpoint)
    }

    @Test("bytes: a UTF-8 BOM is skipped; bytes that are not UTF-8 are refused with import.not-text")
    func bytes() throws {
        let text = try DocPages.text("PhoneChat_AcceptReceivedBooking")
        let withBOM = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        #expect(try DocPageImporter().importPage(contentsOf: withBOM) == DocPageImporter().importPage(text))
        let error = #expect(throws: DocPageImportError.self) {
            try DocPageImporter().importPage(contentsOf: Data([0x41, 0xFF, 0xFE]))
        }
        #expect(error?.code == .notText)
    }

    @Test("CRLF line breaks give the same schema as LF")
    func crlf() throws {
        let text = try DocPages.text("PhoneChat_GetUserBookingRequirements")
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try DocPageImporter().importPage(crlf) == DocPageImporter().importPage(text))
    }
}

@Suite("DocPageImporter: presence from prose")
struct DocPagePresenceTests {
    @Test("GetSettings: DirectChat \"only returned when OfferDirectChat is true\" is not required")
    func onlyReturnedWhen() throws {
        let schema = try DocPages.schema("PhoneChat_GetSettings")
        #expect(schema.response?.property(named: "DirectChat")?.required == Fact(false, from: .prose))
        #expect(schema.response?.property(named: "OfferDirectChat")?.required == Fact(true, from: .table))
    }
}
