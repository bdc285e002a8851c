import AWConformance
import Foundation
import Testing

@Suite("Built-in schemas and schema files")
struct BuiltInSchemasTests {
    static let seedFile = "PhoneChat_AcceptReceivedBooking.json"

    @Test("re-importing the seed page gives the checked-in schema file byte for byte")
    func reimport() throws {
        let checkedIn = try Data(contentsOf: DocPages.schemasDirectory.appendingPathComponent(Self.seedFile))
        let imported = try DocPages.schema("PhoneChat_AcceptReceivedBooking").encodedJSON()
        #expect(imported == checkedIn,
            "regenerate with: swift run awkit import-docs Tests/DocPages/PhoneChat_AcceptReceivedBooking.txt -o Sources/AWConformance/Schemas/\(Self.seedFile)")
        #expect(checkedIn.last == UInt8(ascii: "\n"))
    }

    @Test("the built-in schemas load from the resource bundle and equal the imported page")
    func builtIn() throws {
        let schemas = try BuiltInSchemas.load()
        #expect(schemas.map(\.endpoint) == ["PhoneChat/AcceptReceivedBooking"])
        #expect(schemas.first == (try DocPages.schema("PhoneChat_AcceptReceivedBooking")))
        let catalog = try SchemaCatalog.builtIn()
        #expect(catalog.endpoints == ["PhoneChat/AcceptReceivedBooking"])
        #expect(catalog["PhoneChat/AcceptReceivedBooking"]?.method == "POST")
        #expect(catalog["PhoneChat/NoSuchThing"] == nil)
        #expect(try BuiltInSchemas.schema(for: "PhoneChat/AcceptReceivedBooking")?.path == "/v1/PhoneChat/AcceptReceivedBooking")
    }

    @Test("the file format: sorted keys, empty containers compact, decodes back to the same schema")
    func fileFormat() throws {
        let schema = try DocPages.schema("PhoneChat_MadeBookingDetails")
        let json = try schema.encodedJSON()
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"endpoint\" : \"PhoneChat/MadeBookingDetails\",\n  \"formatVersion\" : 1,\n"))
        #expect(text.contains("\"types\" : {}"))
        #expect(text.contains("\"prerequisites\" : [],"))
        #expect(text.contains("\"groupManagerPath\" : \"/v1/Groups/PhoneChat/MadeBookingDetails\""))
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
        #expect(catalog.endpoints == ["PhoneChat/AcceptReceivedBooking", "PhoneChat/GetSettings"])
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
