import AWConformance
import Foundation
import Testing

/// A type the importer infers from a JSON sample is named `Type.Member`; a member key with white
/// space (a broken page's sample, FuzzParsers `crash-importer-schema-changes-through-json`) gave a
/// name that `aws:` cannot spell, so the schema file read the type back as an unknown spelling.
@Suite("DocPageImporter: inferred type names")
struct InferredTypeNameTests {
    static let page = DocPageShapeTests.page(
        "GET /v1/Lists/GetThing",
        sample: """
            {
                "ID": 1,
                "Owner  of\\tthe\\nthing": {
                    "UserID": 2
                }
            }
            """)

    @Test("an object member whose key has white space: its type is named without it, and survives the schema's JSON form")
    func whiteSpaceInMemberKey() throws {
        let schema = try DocPageImporter().importPage(Self.page)
        let member = try #require(schema.response?.property(named: "Owner  of\tthe\nthing"))
        #expect(member.type.value == .object("GetThing.Ownerofthething"))
        #expect(schema.types["GetThing.Ownerofthething"]?.properties.map(\.name) == ["UserID"])
        #expect(schema.notes.contains { $0.contains("is named `GetThing.Ownerofthething`") })
        let loaded = try EndpointSchema(jsonData: schema.encodedJSON())
        #expect(loaded == schema)
        #expect(loaded.response?.property(named: "Owner  of\tthe\nthing")?.type.value == .object("GetThing.Ownerofthething"))
    }
}
