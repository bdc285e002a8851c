import AWConformance
import Foundation
import OpenAPIKit
import OpenAPIKit30
import Testing
import Yams

/// The built-in catalog as OpenAPI text, read back by OpenAPIKit, once per version.
private enum Exported {
    static func text(_ version: OpenAPIExportOptions.Version, _ format: OpenAPIExportOptions.Format = .yaml) throws -> Data {
        var options = OpenAPIExportOptions()
        options.version = version
        options.format = format
        return try OpenAPIExporter(options: options).export(BuiltInSchemas.load())
    }

    /// The 3.1 and 3.0 YAML of the built-in catalog, made once (an export takes seconds in a
    /// debug build).
    static let yaml31: Result<Data, any Error> = Result { try text(.v3_1) }
    static let yaml30: Result<Data, any Error> = Result { try text(.v3_0) }

    /// The 3.1 YAML as written, decoded by OpenAPIKit.
    static let document: Result<OpenAPIKit.OpenAPI.Document, any Error> = Result {
        try YAMLDecoder().decode(OpenAPIKit.OpenAPI.Document.self, from: try yaml31.get())
    }
}

/// Whether `pattern` matches `text`.
private func matches(_ pattern: String?, _ text: String) -> Bool {
    guard let pattern, let regex = try? NSRegularExpression(pattern: pattern) else { return false }
    return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
}

/// The operation with this ID, its path and method.
private func operation(_ id: String, in document: OpenAPIKit.OpenAPI.Document) -> (path: String, method: String, operation: OpenAPIKit.OpenAPI.Operation)? {
    for (path, item) in document.paths {
        guard let item = item.b else { continue }
        for endpoint in item.endpoints where endpoint.operation.operationId == id {
            return (path.rawValue, endpoint.method.rawValue, endpoint.operation)
        }
    }
    return nil
}

/// A vendor extension's value as a dictionary of strings.
private func strings(_ value: AnyCodable?) -> [String: String]? {
    (value?.value as? [String: Any])?.compactMapValues { $0 as? String }
}

/// The success response of an operation.
private func success(_ operation: OpenAPIKit.OpenAPI.Operation) -> OpenAPIKit.OpenAPI.Response? {
    let ok: OpenAPIKit.OpenAPI.Response.StatusCode = .status(code: 200)
    return operation.responses[ok]?.b
}

@Suite("awkit export openapi: the catalog as an OpenAPI document")
struct OpenAPIExportTests {
    @Test("the 3.1 YAML decodes with OpenAPIKit and validates; every endpoint and Group-manager form is an operation")
    func validates31() throws {
        let document = try Exported.document.get()
        try document.validate()
        #expect(document.openAPIVersion == .v3_1_0)
        let schemas = try BuiltInSchemas.load()
        #expect(schemas.count == 52)
        let expected = schemas.count + schemas.filter { $0.groupManagerPath != nil }.count
        let operations = document.paths.values.compactMap(\.b).flatMap(\.endpoints)
        #expect(operations.count == expected)
        #expect(Set(operations.compactMap(\.operation.operationId)).count == expected)
    }

    @Test("the 3.0 JSON decodes with OpenAPIKit30 and validates; a nullable property is nullable: true")
    func validates30() throws {
        let data = try Exported.text(.v3_0, .json)
        let document = try JSONDecoder().decode(OpenAPIKit30.OpenAPI.Document.self, from: data)
        try document.validate()
        #expect(document.openAPIVersion == .v3_0_3)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""nullable" : true"#))
        #expect(!text.contains(#""type" : ["#), "3.0 has no type lists (no null type)")
        // PhoneNumber: "This will be null if the provided Method does not require a phone number."
        let booking = try #require(document.components.schemas["PhoneChat_AcceptReceivedBooking_ReceivedBooking"])
        let phone = try #require(booking.objectContext?.properties["PhoneNumber"])
        #expect(phone.nullable)
        #expect(phone.jsonType == .string)
        // 3.0 allows no scopes in a bearer requirement; they stay in x-awkit-scopes.
        let accept = try #require(document.paths["/v1/PhoneChat/AcceptReceivedBooking"]?.b?.post)
        #expect(accept.security?.first?.values.first == [])
        #expect(accept.vendorExtensions["x-awkit-scopes"]?.value as? [String] == ["account_phonechat_bookings"])
    }

    @Test("AcceptReceivedBooking: Credits is a decimal from the table, the request's Credits required by prose, XML root and namespace from the sample")
    func acceptReceivedBooking() throws {
        let document = try Exported.document.get()
        let found = try #require(operation("PhoneChat_AcceptReceivedBooking", in: document))
        #expect(found.path == "/v1/PhoneChat/AcceptReceivedBooking")
        #expect(found.method == "POST")
        #expect(found.operation.summary == "Accept Received PhoneChat Booking")
        #expect(found.operation.security?.first?.values.first == ["account_phonechat_bookings"])

        // Request: a JSON body { BookingID: integer, Credits: decimal }, both "Required." (prose).
        let body = try #require(found.operation.requestBody?.b?.content[.json]?.b?.schema)
        let credits = try #require(body.objectContext?.properties["Credits"])
        #expect(credits.jsonType == .number)
        #expect(credits.formatString == "decimal")
        #expect(credits.required)
        #expect(strings(credits.vendorExtensions["x-awkit-source"])?["required"] == "prose")
        #expect(body.objectContext?.requiredProperties.sorted() == ["BookingID", "Credits"])
        let requestExample = found.operation.requestBody?.b?.content[.json]?.b?.examples?["page"]?.b?.legacyValue?.value as? [String: Any]
        #expect(requestExample?["BookingID"] as? Int == 1)
        #expect(requestExample?["Credits"] as? Int == 8)

        // Response: one schema for both media types, the component ReceivedBooking.
        let response = try #require(success(found.operation))
        let json = try #require(response.content[.json]?.b?.schema)
        let xml = try #require(response.content[.xml]?.b?.schema)
        #expect(json.reference?.name == "PhoneChat_AcceptReceivedBooking_ReceivedBooking")
        #expect(xml == json)
        let booking = try #require(document.components.schemas["PhoneChat_AcceptReceivedBooking_ReceivedBooking"])
        #expect(booking.xml?.name == "ReceivedBooking")
        #expect(booking.xml?.namespace?.absoluteString == "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received")
        let responseCredits = try #require(booking.objectContext?.properties["Credits"])
        #expect(responseCredits.jsonType == .number)
        #expect(responseCredits.formatString == "decimal")
        #expect(strings(responseCredits.vendorExtensions["x-awkit-source"]) == [
            "type": "table", "required": "table", "nullable": "default", "xmlNamespace": "sample",
        ])
        // "This can be Pending, Accepted, Rejected, Confirmed or Cancelled." / "1 …, 2 … or 3 …"
        let status = try #require(booking.objectContext?.properties["Status"])
        #expect(status.allowedValues?.compactMap { $0.value as? String } == ["Pending", "Accepted", "Rejected", "Confirmed", "Cancelled"])
        let method = try #require(booking.objectContext?.properties["Method"])
        #expect(method.allowedValues?.compactMap { $0.value as? Int } == [1, 2, 3])
        #expect(method.formatString == "int32")
        // AcceptedDate: "This will be null if the booking was never accepted." A DateTime, not RFC 3339.
        let accepted = try #require(booking.objectContext?.properties["AcceptedDate"])
        #expect(accepted.nullable)
        #expect((accepted.formatString ?? "").isEmpty)
        #expect(accepted.stringContext?.pattern?.hasPrefix("^[0-9]{4}-[0-9]{2}-[0-9]{2}T") == true)
        #expect(accepted.vendorExtensions["x-awkit-xml-nil"]?.value as? Bool == true)
        #expect(strings(accepted.vendorExtensions["x-awkit-source"])?["nullable"] == "prose")
        // Client is aws:PhoneChatBookingUser, inferred from the JSON sample, inline.
        let client = try #require(booking.objectContext?.properties["Client"])
        #expect(client.vendorExtensions["x-awkit-type"]?.value as? String == "aws:PhoneChatBookingUser")
        #expect(client.vendorExtensions["x-awkit-inferred"]?.value as? Bool == true)
        #expect(client.objectContext?.properties["Nickname"]?.jsonType == .string)
        // The samples as examples; the XML one is not well-formed as published, and says so.
        let jsonExample = response.content[.json]?.b?.examples?["page"]?.b?.legacyValue?.value as? [String: Any]
        #expect(jsonExample?["Status"] as? String == "Accepted")
        let xmlExample = try #require(response.content[.xml]?.b?.examples?["page"]?.b)
        #expect((xmlExample.legacyValue?.value as? String)?.hasPrefix("<ReceivedBooking") == true)
        #expect(xmlExample.description?.contains("line 148: <ActionCandidate>") == true)
    }

    @Test("Lists/GetEscortRateBreaks returns an array: XML ArrayOfRateBreaks wrapping RateBreaks items, API key")
    func escortRateBreaks() throws {
        let document = try Exported.document.get()
        let found = try #require(operation("Lists_GetEscortRateBreaks", in: document))
        #expect(found.path == "/v1/lists/getEscortRateBreaks")
        #expect(found.method == "GET")
        let response = try #require(success(found.operation))
        let schema = try #require(response.content[.json]?.b?.schema)
        #expect(schema.jsonType == .array)
        #expect(schema.xml?.name == "ArrayOfRateBreaks")
        #expect(schema.xml?.structure == .legacy(attribute: false, wrapped: true))
        let items = try #require(schema.arrayContext?.items)
        #expect(items.reference?.name == "Lists_GetEscortRateBreaks_RateBreaks")
        let item = try #require(document.components.schemas["Lists_GetEscortRateBreaks_RateBreaks"])
        #expect(item.xml?.name == "RateBreaks")
        #expect(item.vendorExtensions["x-awkit-inferred"]?.value as? Bool == true)
        #expect(item.objectContext?.properties["Hours"]?.formatString == "decimal")
        #expect(strings(item.objectContext?.properties["Hours"]?.vendorExtensions["x-awkit-source"])?["type"] == "sample")
        // No XML sample: the names follow DataContract's rules, the namespace is not known.
        let rules = strings(response.vendorExtensions["x-awkit-xml-rules"])
        #expect(rules?["rootNamespace"] != nil)
        #expect(schema.xml?.namespace == nil)
        #expect(strings(response.vendorExtensions["x-awkit-source"])?["shape"] == "sample")
        // The JSON sample: eight rate breaks, the first "15 mins", 0.25 hours.
        let example = try #require(response.content[.json]?.b?.examples?["page"]?.b?.legacyValue?.value as? [Any])
        #expect(example.count == 8)
        let first = example.first as? [String: Any]
        #expect(first?["RateBreak"] as? String == "15 mins")
        #expect(first?["Hours"] as? Double == 0.25)
        #expect(found.operation.security?.first?.keys.first?.name == "apiKey")
    }

    @Test("PhoneChat/GetSettings has a Group-manager operation with the required UserID; the regular one has none")
    func groupManager() throws {
        let document = try Exported.document.get()
        let manager = try #require(operation("PhoneChat_GetSettings_GroupManager", in: document))
        #expect(manager.path == "/v1/Groups/PhoneChat/GetSettings")
        #expect(manager.method == "GET")
        #expect(manager.operation.vendorExtensions["x-awkit-group-manager"]?.value as? Bool == true)
        let userID = try #require(manager.operation.parameters.compactMap(\.b).first { $0.name == "UserID" })
        #expect(userID.context.inQuery)
        #expect(userID.required)
        #expect(userID.schemaOrContent.schemaValue?.formatString == "int32")
        let regular = try #require(operation("PhoneChat_GetSettings", in: document))
        #expect(regular.path == "/v1/PhoneChat/GetSettings")
        #expect(!regular.operation.parameters.compactMap(\.b).contains { $0.name == "UserID" })
        // A JSON-body endpoint's Group-manager form carries UserID in the body.
        let save = try #require(operation("PhoneChat_SaveSettings_GroupManager", in: document))
        let body = try #require(save.operation.requestBody?.b?.content[.json]?.b?.schema)
        #expect(body.objectContext?.properties["UserID"]?.jsonType == .integer)
        #expect(body.objectContext?.requiredProperties.contains("UserID") == true)
    }

    @Test("API-key endpoints use the apiKey scheme (query parameter apiKey); access-token ones the bearer scheme")
    func securitySchemes() throws {
        let document = try Exported.document.get()
        let apiKey = try #require(document.components.securitySchemes["apiKey"]?.b)
        #expect(apiKey.type == .apiKey(name: "apiKey", location: .query))
        let bearer = try #require(document.components.securitySchemes["accessToken"]?.b)
        #expect(bearer.type == .http(scheme: "bearer", bearerFormat: nil))
        let fieldReport = try #require(operation("FieldReport_GetFieldReport", in: document))
        #expect(fieldReport.operation.security?.first?.keys.first?.name == "apiKey")
        #expect(fieldReport.operation.security?.first?.values.first == [])
        let balance = try #require(operation("CreditHistory_GetCurrentCreditBalance", in: document))
        #expect(balance.operation.security?.first?.keys.first?.name == "accessToken")
        #expect(balance.operation.security?.first?.values.first == ["account_credits_history"])
        // Lists/GetTopList: the stored page does not say; no requirement is invented.
        let topList = try #require(operation("Lists_GetTopList", in: document))
        #expect(topList.operation.security == nil)
        #expect(topList.operation.description?.contains("Authentication: the stored page does not say.") == true)
    }

    @Test("a response the page does not show is a valid operation without a schema; an empty one has no body")
    func unknownAndEmptyResponses() throws {
        let document = try Exported.document.get()
        let getBooking = try #require(operation("Bookings_GetBooking", in: document))
        let booking = try #require(success(getBooking.operation))
        #expect(booking.content.isEmpty)
        #expect(booking.vendorExtensions["x-awkit-response"]?.value as? String == "not-shown")
        #expect(booking.description?.contains("does not show the response") == true)
        let blockedSendersAdd = try #require(operation("Email_BlockedSendersAdd", in: document))
        let blocked = try #require(success(blockedSendersAdd.operation))
        #expect(blocked.content.isEmpty)
        #expect(blocked.vendorExtensions["x-awkit-response"]?.value as? String == "empty")
    }

    @Test("CreditHistory/GetCurrentCreditBalance: a bare decimal (table), XML root <int> in the Serialization namespace (sample)")
    func scalarResponse() throws {
        let document = try Exported.document.get()
        let balance = try #require(operation("CreditHistory_GetCurrentCreditBalance", in: document))
        let response = try #require(success(balance.operation))
        let schema = try #require(response.content[.xml]?.b?.schema)
        #expect(schema.jsonType == .number)
        #expect(schema.formatString == "decimal")
        #expect(schema.xml?.name == "int")
        #expect(schema.xml?.namespace?.absoluteString == "http://schemas.microsoft.com/2003/10/Serialization/")
        #expect(response.content[.json]?.b?.examples?["page"]?.b?.legacyValue?.value as? Int == 299)
        #expect(response.content[.xml]?.b?.examples?["page"]?.b?.legacyValue?.value as? String
            == #"<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">299</int>"#)
    }

    @Test("a format the prose gives is a pattern (yyyy-MM-dd → four, two, two digits); defaults are typed")
    func formatsAndDefaults() throws {
        let document = try Exported.document.get()
        let search = try #require(operation("Search_SearchTours", in: document))
        let from = try #require(search.operation.parameters.compactMap(\.b).first { $0.name == "TourDateFrom" })
        let schema = try #require(from.schemaOrContent.schemaValue)
        #expect(matches(schema.stringContext?.pattern, "2018-01-23") && !matches(schema.stringContext?.pattern, "2018-02-30"))
        #expect(schema.vendorExtensions["x-awkit-format"]?.value as? String == "yyyy-MM-dd")
        let pageSize = try #require(search.operation.parameters.compactMap(\.b).first { $0.name == "PageSize" })
        #expect(pageSize.schemaOrContent.schemaValue?.defaultValue?.value as? Int == 50)
        // In JSON bodies: "Format HH:mm." and "Format YYYY-MM-dd HH:mm."
        let booking = try #require(operation("Bookings_CreateBooking", in: document)?.operation.requestBody?.b?.content[.json]?.b?.schema)
        let time = booking.objectContext?.properties["ContactOnStartTime"]?.stringContext?.pattern
        #expect(matches(time, "23:59") && !matches(time, "24:00") && !matches(time, ""))
        let show = try #require(operation("DirectCam_ScheduleShow", in: document)?.operation.requestBody?.b?.content[.json]?.b?.schema)
        let scheduled = show.objectContext?.properties["ScheduledDate"]?.stringContext?.pattern
        #expect(matches(scheduled, "2018-01-23 20:00") && !matches(scheduled, "2018-01-23T20:00"))
    }

    @Test("bit-flag enums are sums: their values are documented in x-awkit-flag-values, not enforced as an enum")
    func bitFlags() throws {
        let flags = PropertySchema(
            name: "Services", type: Fact(.integer, from: .table), required: Fact(true, from: .prose),
            nullable: Fact(false, from: .default), enumValues: Fact(["1", "2", "4"], from: .prose), enumIsFlags: true,
            description: "Required. Add the values together: 1 escort, 2 webcam, 4 phone.")
        let plain = PropertySchema(
            name: "Kind", type: Fact(.integer, from: .table), required: Fact(true, from: .prose),
            nullable: Fact(false, from: .default), enumValues: Fact(["1", "2", "4"], from: .prose))
        let schema = EndpointSchema(
            endpoint: "Test/Flags", title: "Flags", method: "GET", path: "/v1/Test/Flags",
            parameterPassing: .queryString, authentication: Fact(.apiKey, from: .prose), request: [flags, plain],
            responseShape: Fact(.empty, from: .prose))
        let document = try OpenAPIExporter().document(for: [schema])
        let get = try #require(document.paths["/v1/Test/Flags"]?.b?.get)
        let parameters = get.parameters.compactMap(\.b)
        let services = try #require(parameters.first { $0.name == "Services" }?.schemaOrContent.schemaValue)
        #expect(services.allowedValues == nil)
        #expect(services.vendorExtensions["x-awkit-flag-values"]?.value as? [String] == ["1", "2", "4"])
        let kind = try #require(parameters.first { $0.name == "Kind" }?.schemaOrContent.schemaValue)
        #expect(kind.allowedValues?.compactMap { $0.value as? Int } == [1, 2, 4])
    }

    @Test("in YAML, strings that look like numbers, booleans or dates stay strings; status codes are quoted")
    func yamlStrings() throws {
        let kind = PropertySchema(
            name: "Kind", type: Fact(.string, from: .table), required: Fact(true, from: .prose),
            nullable: Fact(false, from: .default), enumValues: Fact(["1", "true", "2018-01-22", "null", "Text"], from: .prose))
        let schema = EndpointSchema(
            endpoint: "Test/Strings", title: "Strings", method: "GET", path: "/v1/Test/Strings",
            parameterPassing: .queryString, authentication: Fact(.apiKey, from: .prose), request: [kind],
            responseShape: Fact(.empty, from: .prose))
        var options = OpenAPIExportOptions()
        options.format = .yaml
        let text = try OpenAPIExporter(options: options).export([schema])
        #expect(String(decoding: text, as: UTF8.self).contains("\n        '200':\n"))
        let document = try YAMLDecoder().decode(OpenAPIKit.OpenAPI.Document.self, from: text)
        let get = try #require(document.paths["/v1/Test/Strings"]?.b?.get)
        let values = get.parameters.compactMap(\.b).first?.schemaOrContent.schemaValue?.allowedValues
        #expect(values?.map { $0.value as? String } == ["1", "true", "2018-01-22", "null", "Text"])
    }

    @Test("the same schemas in any order give the same bytes, in both versions")
    func deterministic() throws {
        let reversed = Array(try BuiltInSchemas.load().reversed())
        for (version, made) in [(OpenAPIExportOptions.Version.v3_1, Exported.yaml31), (.v3_0, Exported.yaml30)] {
            var options = OpenAPIExportOptions()
            options.version = version
            options.format = .yaml
            let again = try OpenAPIExporter(options: options).export(reversed)
            #expect(again == (try made.get()), "\(version)")
            #expect(again.last == UInt8(ascii: "\n"))
        }
    }

    @Test("Docs/openapi.yaml (3.1) and Docs/openapi-3.0.yaml are what awkit export openapi writes now")
    func checkedInDocumentsAreCurrent() throws {
        let docs = DocPages.repositoryRoot.appendingPathComponent("Docs")
        for (file, version, made) in [("openapi.yaml", OpenAPIExportOptions.Version.v3_1, Exported.yaml31), ("openapi-3.0.yaml", .v3_0, Exported.yaml30)] {
            let checkedIn = try Data(contentsOf: docs.appendingPathComponent(file))
            let flag = version == .v3_0 ? " --version 3.0" : ""
            #expect(
                checkedIn == (try made.get()),
                "Docs/\(file) is out of date; refresh it with: swift run awkit export openapi\(flag) -o Docs/\(file)")
        }
    }
}
