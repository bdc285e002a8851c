import AWConformance
import Foundation
import Testing

/// Small pages written for the test, one per page shape the importer must read, and the schema
/// facts each must yield.
@Suite("DocPageImporter: page shapes")
struct DocPageShapeTests {
    /// A page in the documentation's layout: menu, title, endpoint line, the given sections.
    static func page(
        _ endpointLine: String, request: String = "This operation does not accept any parameters.",
        authentication: String = "Each request must carry an Authorization header holding the user's access_token.",
        extra: String = "", response: String? = nil, sample: String? = nil
    ) -> String {
        var text = """
            API Methods
            Account ...
            Lists ...
            Email ...

            Test Operation

            This API operation returns what the test needs.

            URL / Endpoint

            \(endpointLine)

            Request

            PropertyTypeDescription
            \(request)
            \(extra)
            Authentication

            \(authentication)

            """
        if let response { text += "\nResponse\n\n\(response)\n" }
        if let sample { text += "\nResponse Sample\n\nThe following example returns the answer.\n\n\(sample)" }
        return text
    }

    static func importPage(_ text: String) throws -> EndpointSchema {
        try DocPageImporter().importPage(text)
    }

    @Test("a nameless `array of aws:X` row: a bare array of X, X from its table")
    func namelessArray() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/lists/getThings",
            response: """
                PropertyTypeDescription
                 array of aws:Thing The things.

                aws:Thing

                PropertyTypeDescription
                ThingID integer The ID.
                Name string The name.
                """))
        #expect(schema.endpoint == "Lists/GetThings")
        #expect(schema.responseShape == Fact(.array(of: .object("Thing")), from: .table))
        #expect(schema.response?.name == "Thing")
        #expect(schema.response?.properties.map(\.name) == ["ThingID", "Name"])
    }

    @Test("a named `aws:X` row whose sample is a bare array: an array of X (the sample decides)")
    func namedRowArraySample() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/lists/getRates",
            response: "PropertyTypeDescription\nRates aws:Rates Array of Rates.",
            sample: "[\n{\"RateID\": 7, \"Hours\": 0.25},\n{\"RateID\": 1, \"Hours\": 1}\n]"))
        #expect(schema.responseShape == Fact(.array(of: .object("Rates")), from: .sample))
        #expect(schema.response?.inferred == true)
        #expect(schema.response?.properties.map(\.name) == ["RateID", "Hours"])
        #expect(schema.response?.properties.map(\.type.value) == [.integer, .decimal])
    }

    @Test("a named `aws:X` row without a sample: X itself; with \"list of\" prose: an array of X")
    func namedRowWithoutSample() throws {
        let object = try Self.importPage(Self.page(
            "GET /v1/lists/getReport", response: "PropertyTypeDescription\nReport aws:ReportDetails The report."))
        #expect(object.responseShape == Fact(.object, from: .table))
        #expect(object.response?.name == "ReportDetails")
        #expect(object.response?.propertiesUnknown == true)
        let list = try Self.importPage(Self.page(
            "GET /v1/lists/getReports", response: "PropertyTypeDescription\nReports aws:Report The list of reports."))
        #expect(list.responseShape == Fact(.array(of: .object("Report")), from: .prose))
    }

    @Test("an object that wraps an array: paging members and an `Array of aws:X` member")
    func objectWrappingArray() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/lists/getPaged",
            response: """
                PropertyTypeDescription
                PageNumber integer The current page.
                Items Array of aws:Item The items.
                """,
            sample: #"{"PageNumber": 1, "Items": [{"ItemID": 5, "Tags": [{"Tag": "a"}]}]}"#))
        #expect(schema.responseShape == Fact(.object, from: .table))
        #expect(schema.response?.property(named: "Items")?.type.value == .array(.object("Item")))
        // Nested types inferred recursively: objects inside arrays inside objects.
        let item = try #require(schema.types["Item"])
        #expect(item.inferred)
        #expect(item.property(named: "Tags")?.type.value == .array(.object("Item.Tags")))
        #expect(schema.types["Item.Tags"]?.properties.map(\.name) == ["Tag"])
    }

    @Test("a bare scalar: JSON 299, XML <int> in the Serialization namespace, the table says decimal")
    func bareScalar() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/lists/getBalance",
            response: "PropertyTypeDescription\n decimal The balance.",
            sample: "299\n<int xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">299</int>"))
        #expect(schema.responseShape == Fact(.scalar(.decimal), from: .table))
        #expect(schema.response == nil)
        #expect(schema.responseJSONSample == "299")
        #expect(schema.xml?.rootName == "int")
        #expect(schema.xml?.rootNamespace == "http://schemas.microsoft.com/2003/10/Serialization/")
        #expect(schema.notes.contains("the XML sample's root is <int> (integer), though the table says decimal"))
    }

    @Test("no body at all: \"has no response model. It returns HTTP 200 OK.\"")
    func emptyBody() throws {
        let schema = try Self.importPage(Self.page(
            "POST /v1/Email/BlockedSendersAdd", request: "OtherUserID integer Required. The user.",
            response: "This operation has no response model. It returns HTTP 200 OK."))
        #expect(schema.responseShape == Fact(.empty, from: .prose))
        #expect(schema.response == nil)
    }

    @Test("an XML list whose items carry the .NET class name, not the aws: name: both recorded")
    func arrayOfItemName() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/Email/BlockedSenders",
            response: """
                PropertyTypeDescription
                 array of aws:BlockedSenders The blocked senders.

                aws:BlockedSenders

                PropertyTypeDescription
                UserID integer The user.
                """,
            sample: """
                [{"UserID": 1}]
                <ArrayOfBlockedSendersList xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/API.Models.Email">
                <BlockedSendersList><UserID>1</UserID></BlockedSendersList>
                </ArrayOfBlockedSendersList>
                """))
        #expect(schema.responseShape?.value == .array(of: .object("BlockedSenders")))
        #expect(schema.response?.name == "BlockedSenders")
        #expect(schema.xml?.rootName == "ArrayOfBlockedSendersList")
        #expect(schema.xml?.itemName == "BlockedSendersList")
        #expect(schema.xml?.itemNamespace == "http://schemas.datacontract.org/2004/07/API.Models.Email")
        #expect(schema.response?.property(named: "UserID")?.xmlNamespace?.value == "http://schemas.datacontract.org/2004/07/API.Models.Email")
    }

    @Test("several rows and \"returns all the …\": an array of an object named after the operation")
    func listFromProse() throws {
        let text = Self.page(
            "GET /v1/Lists/GetAllPINs",
            response: "PropertyTypeDescription\nPIN string The PIN.\nUser aws:PINUser The user.")
            .replacingOccurrences(of: "returns what the test needs", with: "returns all the PINs of the user")
        let schema = try Self.importPage(text)
        #expect(schema.responseShape == Fact(.array(of: .object("GetAllPINs")), from: .prose))
        #expect(schema.response?.properties.map(\.name) == ["PIN", "User"])
        // Named but never shown: unknown, not invented.
        #expect(schema.types["PINUser"]?.propertiesUnknown == true)
        #expect(schema.types["PINUser"]?.properties.isEmpty == true)
    }

    @Test("type spellings, odd names kept exactly", arguments: [
        ("Count big integer The count.", "Count", DocumentedType.bigInteger),
        ("User aws: UserInfo The user.", "User", .object("UserInfo")),
        ("Images ProfileUpdateImages The images.", "Images", .object("ProfileUpdateImages")),
        ("Plans Array of aws:Plan The plans.", "Plans", .array(.object("Plan"))),
        ("IDs string of comma-seperated integers The IDs.", "IDs", .commaSeparatedIntegers),
        ("Rental movie aws:RentalMovie The movie.", "Rental movie", .object("RentalMovie")),
        ("IsMulitple boolean Whether several.", "IsMulitple", .boolean),
        ("Day date The day.", "Day", .date),
        ("CreatedDate datetime The time.", "CreatedDate", .datetime),
    ])
    func spellings(row: String, name: String, type: DocumentedType) throws {
        let schema = try Self.importPage(Self.page("GET /v1/Lists/GetX", request: row))
        let property = try #require(schema.request.first)
        #expect(property.name == name)
        #expect(property.type.value == type)
        #expect(!schema.notes.contains { $0.contains("unknown type spelling") })
    }

    @Test("prose facts: conditions, defaults, formats, numbered enums and flags")
    func proseFacts() throws {
        let schema = try Self.importPage(Self.page(
            "POST /v1/Lists/Save",
            request: """
                OtherUserID integer Required if Nickname is not given. The user.
                UserID integer Required (Group manager only). The member.
                PerPage integer The page size, from 1 to 100. Defaults to 50.
                MeetDate date Required. It must be in the future. Format dd-MM-YYYY.
                SessionDate datetime Required. The session. Format: YYYY-MM-DD HH:MM
                Method integer Required. This can be 1 if the client calls, 2 if you call, or 3 if Skype is used.
                Days integer The days. Add the values together: 1 for Monday, 2 for Tuesday, 4 for Wednesday.
                """))
        let byName = Dictionary(uniqueKeysWithValues: schema.request.map { ($0.name, $0) })
        #expect(byName["OtherUserID"]?.required == Fact(false, from: .prose))
        #expect(byName["OtherUserID"]?.condition == "Nickname is not given")
        #expect(byName["UserID"]?.condition == "Group manager only")
        #expect(byName["PerPage"]?.defaultValue == Fact("50", from: .prose))
        #expect(byName["MeetDate"]?.format == Fact("dd-MM-YYYY", from: .prose))
        #expect(byName["MeetDate"]?.required == Fact(true, from: .prose))
        #expect(byName["SessionDate"]?.format == Fact("YYYY-MM-DD HH:MM", from: .prose))
        #expect(byName["Method"]?.enumValues == Fact(["1", "2", "3"], from: .prose))
        #expect(byName["Days"]?.enumValues == Fact(["1", "2", "4"], from: .prose))
        #expect(byName["Days"]?.enumIsFlags == true)
        #expect(byName["Method"]?.enumIsFlags == nil)
    }

    @Test("request side: API key, query string, the Group-manager form and its extra parameter")
    func requestSide() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/Lists/GetPage\n\nGET /v1/Groups/Lists/GetPage (See Group manager)",
            request: "PageNumber integer The page.",
            authentication: "Each request must carry the developer's API key, either in a header or as the apiKey query string parameter.",
            extra: """

                Group manager

                PropertyTypeDescription
                UserID integer Required. The member.

                Request Information

                This operation uses the HTTP GET method and takes its parameters from the query string of the URI.

                """))
        #expect(schema.authentication == Fact(.apiKey, from: .prose))
        #expect(schema.parameterPassing == .queryString)
        #expect(schema.groupManagerPath == "/v1/Groups/Lists/GetPage")
        #expect(schema.groupManagerParameters.map(\.name) == ["UserID"])
    }

    @Test("several request forms under sub-headings: each kept, request the union with enum values merged")
    func requestForms() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/Lists/GetTop",
            request: """
                Type string Required. This can be ProfileViews or EscortViews.

                Top ratings

                PropertyTypeDescription
                Type string Required. This can be EscortRatings or WebcamRatings.
                Count integer The count.
                """).replacingOccurrences(of: "Request\n\nPropertyTypeDescription", with: "Request\n\nTop views\n\nPropertyTypeDescription"))
        #expect(schema.requestVariants?.map(\.name) == ["Top views", "Top ratings"])
        #expect(schema.request.map(\.name) == ["Type", "Count"])
        #expect(schema.request.first?.enumValues?.value == ["ProfileViews", "EscortViews", "EscortRatings", "WebcamRatings"])
    }

    @Test("broken samples are facts too: duplicate keys and a cut XML sample are noted with their line")
    func brokenSamples() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/Lists/GetOne",
            response: "PropertyTypeDescription\nID integer The ID.",
            sample: "{\"ID\": 1, \"ID\": 2}\n<One xmlns=\"urn:x\"><ID>1</ID>"))
        #expect(schema.notes.contains { $0.contains("duplicate key `ID`") })
        #expect(schema.xml?.wellFormed == false)
        #expect(schema.notes.contains { $0.hasPrefix("the XML response sample is not well-formed (line ") })
    }

    @Test("a row without a type is kept and noted with its line, not folded into the row above")
    func rowWithoutType() throws {
        let schema = try Self.importPage(Self.page("GET /v1/Lists/GetX", request: "Name string The name.\nCurrency The currency."))
        #expect(schema.request.map(\.name) == ["Name", "Currency"])
        #expect(schema.request.first?.description == "The name.")
        #expect(schema.notes.contains { $0.contains("`Currency` has no type") && $0.hasPrefix("line ") })
    }

    @Test("a JSON sample nested 100,000 deep is refused as a sample, and the page still imports")
    func deepSample() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let schema = try Self.importPage(Self.page(
            "GET /v1/Lists/GetDeep", response: "PropertyTypeDescription\nID integer The ID.", sample: deep))
        #expect(schema.response?.properties.map(\.name) == ["ID"])
        #expect(schema.notes.contains("the JSON response sample cannot be read; not used for facts"))
    }

    @Test("rows copied with tab-separated cells or no-break spaces read like the others, header too")
    func tabsAndNoBreakSpaces() throws {
        let text = Self.page("GET /v1/Lists/GetX", request: "UserID\tinteger\tRequired. The user.\nNickname\u{00A0}string\u{00A0}The nickname.")
            .replacingOccurrences(of: "PropertyTypeDescription", with: "Property\tType\tDescription")
        let schema = try Self.importPage(text)
        #expect(schema.request.map(\.name) == ["UserID", "Nickname"])
        #expect(schema.request.map(\.type.value) == [.integer, .string])
        #expect(schema.request.first?.required == Fact(true, from: .prose))
    }

    @Test("\"Required (Group manager only)\" is required in the Group manager table, conditional elsewhere")
    func groupManagerOnly() throws {
        let schema = try Self.importPage(Self.page(
            "GET /v1/Lists/GetPage\n\nGET /v1/Groups/Lists/GetPage (See Group manager)",
            request: "UserID integer Required (Group manager only). The member.",
            extra: """

                Group manager

                PropertyTypeDescription
                UserID integer Required (Group manager only). The member.

                """))
        #expect(schema.request.first?.required == Fact(false, from: .prose))
        #expect(schema.request.first?.condition == "Group manager only")
        #expect(schema.groupManagerParameters.first?.required == Fact(true, from: .prose))
    }
}
