import AWGenerator
import AWSchema
import Testing

/// Swift names from any wire name; the wire names stay exact in `CodingKeys`.
@Suite struct NamingTests {
    private func thingFile(_ properties: [PropertySchema]) throws -> String {
        try #require(SchemaFixtures.generate([SchemaFixtures.objectEndpoint(properties: properties)])["Test/Test.Thing.swift"])
    }

    @Test func initialismsStayTogether() throws {
        let file = try thingFile([
            SchemaFixtures.property("BookingID", "integer"), SchemaFixtures.property("URL", "string"),
            SchemaFixtures.property("SMSNumber", "string"), SchemaFixtures.property("PINs", "string"),
        ])
        #expect(file.contains("public var bookingID: Int\n"))
        #expect(file.contains("public var url: String\n"))
        #expect(file.contains("public var smsNumber: String\n"))
        #expect(file.contains("public var pins: String\n"))
        #expect(file.contains("case bookingID = \"BookingID\"\n"))
        #expect(file.contains("case url = \"URL\"\n"))
    }

    @Test func spacesDashesAndLeadingDigitsMakeIdentifiers() throws {
        let file = try thingFile([
            SchemaFixtures.property("Rental movie", "string"), SchemaFixtures.property("3DModel", "string"),
            SchemaFixtures.property("date-asc", "string"),
        ])
        #expect(file.contains("public var rentalMovie: String\n"))
        #expect(file.contains("case rentalMovie = \"Rental movie\"\n"))
        #expect(file.contains("public var _3DModel: String\n"))
        #expect(file.contains("case _3DModel = \"3DModel\"\n"))
        #expect(file.contains("public var dateAsc: String\n"))
    }

    @Test func keywordsAreEscaped() throws {
        let file = try thingFile([SchemaFixtures.property("Default", "string"), SchemaFixtures.property("Class", "integer")])
        #expect(file.contains("public var `default`: String\n"))
        #expect(file.contains("case `default` = \"Default\"\n"))
        #expect(file.contains("self.`default` = `default`\n"))
        #expect(file.contains("public var `class`: Int\n"))
    }

    @Test func namesSwiftOrAWModelsUseAreLeftFree() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(
                properties: [
                    SchemaFixtures.property("Text", "aws:String"), SchemaFixtures.property("Init", "integer"),
                    SchemaFixtures.property("Self", "integer"), SchemaFixtures.property("HashValue", "integer"),
                ],
                types: ["String": TypeSchema(name: "String", inferred: false, properties: [SchemaFixtures.property("A", "string")])],
                request: [SchemaFixtures.property("QueryItems", "integer"), SchemaFixtures.property("Endpoint", "string")])
        ])
        let thing = try #require(files["Test/Test.Thing.swift"])
        #expect(thing.contains("public var text: StringValue\n"))
        #expect(files["Test/Test.StringValue.swift"]?.contains("public var a: String\n") == true)
        #expect(thing.contains("public var init2: Int\n"))
        #expect(thing.contains("public var self2: Int\n"))
        #expect(thing.contains("public var hashValue2: Int\n"))
        let request = try #require(files["Test/Test.GetThingRequest.swift"])
        #expect(request.contains("public var queryItems2: Int\n"))
        #expect(request.contains("public var endpoint2: String\n"))
        #expect(request.contains("case queryItems2 = \"QueryItems\"\n"))
    }

    @Test func theCatalogNameAndGroupNamesStayApart() throws {
        let schema = SchemaFixtures.objectEndpoint(group: "GeneratedEndpoints", properties: [])
        let files = try SchemaFixtures.generate([schema])
        #expect(files["GeneratedEndpoints2/GeneratedEndpoints2.swift"]?.contains("public enum GeneratedEndpoints2 {}") == true)
        #expect(try #require(files["GeneratedEndpoints.swift"]).contains("responseType: GeneratedEndpoints2.Thing.self"))
        #expect(throws: GeneratorError.self) {
            _ = try ModelGenerator(options: .init(catalogName: "Endpoint")).generate([SchemaFixtures.objectEndpoint(properties: [])])
        }
    }

    @Test func staticEndpointNamesAreUnique() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint("Get_X", properties: []), SchemaFixtures.objectEndpoint("GetX", properties: []),
        ])
        let catalog = try #require(files["GeneratedEndpoints.swift"])
        #expect(catalog.contains("public static let testGetX = Endpoint("))
        #expect(catalog.contains("public static let testGetX2 = Endpoint("))
        // `GetX` sorts before `Get_X`, so it keeps the plain names.
        #expect(files["Test/Test.GetXRequest.swift"]?.contains("GeneratedEndpoints.testGetX }") == true)
        #expect(files["Test/Test.GetXRequest2.swift"]?.contains("GeneratedEndpoints.testGetX2 }") == true)
    }

    @Test func twoTypesOfOneNameKeepTheirOwnEnumerations() throws {
        let first = SchemaFixtures.objectEndpoint(
            "One", properties: [SchemaFixtures.property("Status", "string", enumValues: ["A", "B"])])
        let second = SchemaFixtures.objectEndpoint(
            "Two", properties: [SchemaFixtures.property("Status", "string", enumValues: ["C", "D"])])
        let files = try SchemaFixtures.generate([second, first])
        let one = try #require(files["Test/Test.Thing.swift"])
        let two = try #require(files["Test/Test.TwoThing.swift"])
        let oneType = try #require(one.split(separator: "\n").first { $0.contains("public var status:") })
        let twoType = try #require(two.split(separator: "\n").first { $0.contains("public var status:") })
        #expect(oneType != twoType)
        let oneEnum = String(oneType.split(separator: ": ").last!)
        #expect(files["Test/Test.\(oneEnum).swift"]?.contains("case .a: \"A\"") == true)
    }

    @Test func signedIntegerValuesMakeNames() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(properties: [SchemaFixtures.property("Level", "integer", enumValues: ["+3", "-1", "03"])])
        ])
        let level = try #require(files["Test/Test.Level.swift"])
        #expect(level.contains("case value3\n"))
        #expect(level.contains("case valueMinus1\n"))
        #expect(level.contains("case 3: .value3\n"))
        #expect(!level.contains("value03"))
    }

    @Test func namesThatCollideAfterCasingGetASuffix() throws {
        let file = try thingFile([SchemaFixtures.property("UserId", "integer"), SchemaFixtures.property("userId", "integer")])
        #expect(file.contains("public var userId: Int\n"))
        #expect(file.contains("public var userId2: Int\n"))
        #expect(file.contains("case userId2 = \"userId\"\n"))
    }

    @Test func theNamingFileRenamesTypesEnumsAndCases() throws {
        let schema = SchemaFixtures.objectEndpoint(
            properties: [SchemaFixtures.property("Kind", "integer", enumValues: ["1", "2"])])
        let naming = ModelNaming(
            types: ["Test/Thing": "Widget"], enums: ["Test/Thing.Kind": "WidgetKind"],
            enumCases: ["Test/Thing.Kind": ["1": "small", "2": "large"]])
        let files = try SchemaFixtures.generate([schema], naming: naming)
        let widget = try #require(files["Test/Test.Widget.swift"])
        #expect(widget.contains("public struct Widget: Codable, Hashable, Sendable {"))
        #expect(widget.contains("public var kind: WidgetKind\n"))
        let kind = try #require(files["Test/Test.WidgetKind.swift"])
        #expect(kind.contains("case small\n"))
        #expect(kind.contains("case .large: 2\n"))
        // The response type of the endpoint follows the rename.
        #expect(try #require(files["GeneratedEndpoints.swift"]).contains("responseType: Test.Widget.self"))
    }

    @Test func aNamingFileNameThatIsNoTypeNameIsRefused() throws {
        let schema = SchemaFixtures.objectEndpoint(properties: [])
        #expect {
            _ = try SchemaFixtures.generate([schema], naming: ModelNaming(types: ["Test/Thing": "not a name"]))
        } throws: { error in
            (error as? GeneratorError)?.code == .invalidName
        }
    }

    @Test func aTypeDocumentedDifferentlyByTwoPagesIsTwoStructs() throws {
        let first = SchemaFixtures.objectEndpoint(
            "GetA", properties: [SchemaFixtures.property("Settings", "aws:Settings")],
            types: ["Settings": TypeSchema(name: "Settings", inferred: false, properties: [SchemaFixtures.property("A", "integer")])])
        let same = SchemaFixtures.objectEndpoint(
            "GetB", properties: [SchemaFixtures.property("Settings", "aws:Settings")],
            types: ["Settings": TypeSchema(name: "Settings", inferred: false, properties: [SchemaFixtures.property("A", "integer")])])
        let other = SchemaFixtures.objectEndpoint(
            "GetC", properties: [SchemaFixtures.property("Settings", "aws:Settings")],
            types: ["Settings": TypeSchema(name: "Settings", inferred: false, properties: [SchemaFixtures.property("B", "string")])])
        let files = try SchemaFixtures.generate([other, same, first])
        #expect(files["Test/Test.Settings.swift"]?.contains("public var a: Int\n") == true)
        #expect(files["Test/Test.GetCSettings.swift"]?.contains("public var b: String\n") == true)
        #expect(files["Test/Test.GetBSettings.swift"] == nil)
    }

    @Test func theSameSchemasInAnyOrderGiveTheSameBytes() throws {
        let schemas = try ModelGenerator.loadSchemas(
            files: [], directories: [SchemaFixtures.repository.appendingPathComponent("Sources/AWConformance/Schemas")])
        let forward = try ModelGenerator().generate(schemas)
        let backward = try ModelGenerator().generate(schemas.reversed())
        let shuffled = try ModelGenerator().generate(schemas.shuffled())
        #expect(forward == backward)
        #expect(forward == shuffled)
    }
}
