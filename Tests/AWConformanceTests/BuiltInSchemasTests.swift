import AWConformance
import Foundation
import Testing

@Suite("Built-in schemas and schema files")
struct BuiltInSchemasTests {
    static let seedFile = "PhoneChat_AcceptReceivedBooking.json"

    @Test("re-importing Docs/Pages gives every checked-in schema file byte for byte, and no other")
    func reimport() throws {
        let folder = try DocPageFolder(directory: DocPages.directory)
        #expect(folder.pages.count == 52)
        let regenerate = "regenerate with: swift run awkit import-docs --all Docs/Pages -o Sources/AWConformance/Schemas --samples Samples"
        var expected: Set<String> = []
        for page in folder.pages {
            let schema = try page.result.get()
            expected.insert(schema.fileName)
            let checkedIn = try Data(contentsOf: DocPages.schemasDirectory.appendingPathComponent(schema.fileName))
            #expect(try schema.encodedJSON() == checkedIn, "\(schema.fileName) is stale; \(regenerate)")
            #expect(checkedIn.last == UInt8(ascii: "\n"))
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: DocPages.schemasDirectory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == expected, "schema files without a page; \(regenerate)")
    }

    @Test("every sample of every page is in Samples/ byte for byte")
    func samples() throws {
        let folder = try DocPageFolder(directory: DocPages.directory)
        var count = 0
        for schema in folder.schemas {
            for file in schema.sampleFiles {
                let url = DocPages.samplesDirectory.appendingPathComponent(file.path)
                #expect(try Data(contentsOf: url) == Data(file.text.utf8), "Samples/\(file.path) differs from its page")
                count += 1
            }
        }
        // 4 pages with response samples (6 files) and 10 request bodies.
        #expect(count == 16)
    }

    @Test("the built-in catalog holds every page, one endpoint each, in the API's casing")
    func builtIn() throws {
        let schemas = try BuiltInSchemas.load()
        #expect(schemas.count == 52)
        let catalog = try SchemaCatalog.builtIn()
        #expect(catalog.endpoints.contains("Lists/GetEscortRateBreaks"))
        #expect(catalog.endpoints.contains("FieldReport/GetFieldReport"))
        #expect(catalog.endpoints.contains("Webcam/GetUserBookingRequirements"))
        #expect(catalog["PhoneChat/AcceptReceivedBooking"]?.method == "POST")
        #expect(catalog["PhoneChat/NoSuchThing"] == nil)
        #expect(try BuiltInSchemas.schema(for: "PhoneChat/AcceptReceivedBooking")?.path == "/v1/PhoneChat/AcceptReceivedBooking")
    }

    @Test("lookup routes as the server does: any casing, the path, a URL, the Group-manager path", arguments: [
        ("Lists/GetEscortRateBreaks", "Lists/GetEscortRateBreaks", false),
        ("lists/getEscortRateBreaks", "Lists/GetEscortRateBreaks", false),
        ("/v1/lists/getescortratebreaks", "Lists/GetEscortRateBreaks", false),
        ("https://api-sandbox.adultwork.com/v1/lists/getEscortRateBreaks?apiKey=x", "Lists/GetEscortRateBreaks", false),
        ("/v1/Groups/PhoneChat/GetSettings", "PhoneChat/GetSettings", true),
        ("groups/phonechat/getsettings", "PhoneChat/GetSettings", true),
    ])
    func lookup(name: String, endpoint: String, groupManager: Bool) throws {
        let match = try #require(try SchemaCatalog.builtIn().lookup(name))
        #expect(match.schema.endpoint == endpoint)
        #expect(match.isGroupManager == groupManager)
    }

    @Test("lookup finds nothing for an unknown endpoint")
    func lookupUnknown() throws {
        let catalog = try SchemaCatalog.builtIn()
        #expect(catalog.lookup("Lists/GetCountries") == nil)
        #expect(catalog.lookup("/v1/Groups/Lists/GetEscortRateBreaks") == nil)
    }

    @Test("the file format: sorted keys, empty containers compact, decodes back to the same schema")
    func fileFormat() throws {
        let schema = try DocPages.schema("Email_Manage")
        let json = try schema.encodedJSON()
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"authentication\" : {\n    \"source\" : \"prose\",\n    \"value\" : \"access-token\"\n  },\n  \"endpoint\" : \"Email/Manage\",\n"))
        #expect(text.contains("\"types\" : {}"))
        #expect(text.contains("\"prerequisites\" : [],"))
        #expect(text.contains("\"groupManagerPath\" : \"/v1/Groups/Email/Manage\""))
        #expect(!text.contains("\"response\""))
        #expect(try EndpointSchema(jsonData: json) == schema)
    }

    @Test("extra schema files from a folder replace built-in ones of the same endpoint and add new ones")
    func directory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = try DocPages.schema("PhoneChat_GetSettings")
        try settings.encodedJSON().write(to: folder.appendingPathComponent("GetSettings.json"))
        var seed = try DocPages.schema("PhoneChat_AcceptReceivedBooking")
        seed.title = "Local copy"
        try seed.encodedJSON().write(to: folder.appendingPathComponent("Seed.json"))
        try Data("not a schema".utf8).write(to: folder.appendingPathComponent("README.txt"))

        let loaded = try SchemaCatalog.loadDirectory(folder)
        #expect(loaded.map(\.endpoint) == ["PhoneChat/AcceptReceivedBooking", "PhoneChat/GetSettings"])
        var catalog = try SchemaCatalog.builtIn()
        try catalog.add(contentsOf: folder)
        #expect(catalog.endpoints.count == 52)
        #expect(catalog["PhoneChat/AcceptReceivedBooking"]?.title == "Local copy")
        settings.notes = []
        #expect(catalog["PhoneChat/GetSettings"]?.groupManagerPath == settings.groupManagerPath)
    }

    @Test("loading errors carry stable codes")
    func errors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let missing = #expect(throws: SchemaLoadingError.self) {
            try SchemaCatalog.loadDirectory(folder.appendingPathComponent("nope"))
        }
        #expect(missing?.code == .unreadable)

        let seed = try DocPages.schema("PhoneChat_AcceptReceivedBooking").encodedJSON()
        try seed.write(to: folder.appendingPathComponent("a.json"))
        try seed.write(to: folder.appendingPathComponent("b.json"))
        let duplicate = #expect(throws: SchemaLoadingError.self) { try SchemaCatalog.loadDirectory(folder) }
        #expect(duplicate?.code == .duplicateEndpoint)
        #expect(duplicate?.message == "describes PhoneChat/AcceptReceivedBooking, as a.json does")

        let invalid = #expect(throws: SchemaLoadingError.self) {
            try EndpointSchema(jsonData: Data(#"{"endpoint": "X"}"#.utf8), source: "x.json")
        }
        #expect(invalid?.code == .invalid)
        #expect(invalid?.path == "x.json")

        var object = try #require(try JSONSerialization.jsonObject(with: seed) as? [String: Any])
        object["formatVersion"] = 2
        let version = #expect(throws: SchemaLoadingError.self) {
            try EndpointSchema(jsonData: JSONSerialization.data(withJSONObject: object))
        }
        #expect(version?.code == .unsupportedVersion)
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-schemas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
