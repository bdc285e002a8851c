import AWGenerator
import AWSchema
import Testing

/// Each documented type becomes its Swift type; presence and nulls decide `Optional`.
@Suite struct TypeMappingTests {
    private func file(_ properties: [PropertySchema], name: String = "Test/Test.Thing.swift") throws -> String {
        try #require(SchemaFixtures.generate([SchemaFixtures.objectEndpoint(properties: properties)])[name])
    }

    @Test(arguments: [
        ("integer", "Int"), ("big integer", "Int64"), ("decimal", "Decimal"), ("string", "String"),
        ("datetime", "DateTime"), ("date", "DateOnly"), ("boolean", "Bool"),
        ("string of comma-separated integers", "CommaSeparatedIntegers"), ("array of integer", "[Int]"),
    ])
    func scalarTypes(documented: String, swift: String) throws {
        let text = try file([SchemaFixtures.property("Value", documented)])
        #expect(text.contains("public var value: \(swift)\n"))
    }

    @Test func nestedObjectsAndArraysOfThem() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(
                properties: [
                    SchemaFixtures.property("Owner", "aws:Person"), SchemaFixtures.property("Friends", "Array of aws:Person"),
                ],
                types: ["Person": TypeSchema(name: "Person", inferred: true, properties: [SchemaFixtures.property("Name", "string", source: .sample)])])
        ])
        let thing = try #require(files["Test/Test.Thing.swift"])
        #expect(thing.contains("public var owner: Person\n"))
        #expect(thing.contains("public var friends: [Person]\n"))
        let person = try #require(files["Test/Test.Person.swift"])
        #expect(person.contains("every property is known only from the page's samples"))
        #expect(person.contains("Known only from the page's samples."))
    }

    @Test func nullableConditionalAndUnrequiredPropertiesAreOptional() throws {
        let text = try file([
            SchemaFixtures.property("Always", "integer"),
            SchemaFixtures.property("Nullable", "integer", nullable: true),
            SchemaFixtures.property("Conditional", "integer", condition: "OfferDirectChat is true"),
            SchemaFixtures.property("Unrequired", "integer", required: false),
        ])
        #expect(text.contains("public var always: Int\n"))
        #expect(text.contains("public var nullable: Int?\n"))
        #expect(text.contains("public var conditional: Int?\n"))
        #expect(text.contains("Only when OfferDirectChat is true."))
        #expect(text.contains("public var unrequired: Int?\n"))
        #expect(text.contains("always: Int,\n"))
        #expect(text.contains("nullable: Int? = nil,\n"))
    }

    @Test func stringEnumerationsAreOpen() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(properties: [
                SchemaFixtures.property("Status", "string", enumValues: ["Pending", "date-asc"])
            ])
        ])
        #expect(files["Test/Test.Thing.swift"]?.contains("public var status: Status\n") == true)
        let status = try #require(files["Test/Test.Status.swift"])
        #expect(status.contains("public enum Status: OpenEnumeration, QueryParameterValue {"))
        #expect(status.contains("case unknown(String)\n"))
        #expect(status.contains("case .dateAsc: \"date-asc\"\n"))
        #expect(status.contains("public static let knownCases: [Status] = [.pending, .dateAsc]\n"))
    }

    @Test func integerEnumerationsAreOpenWithIntegerValues() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(properties: [SchemaFixtures.property("Method", "integer", enumValues: ["1", "2"])])
        ])
        let method = try #require(files["Test/Test.Method.swift"])
        #expect(method.contains("case unknown(Int)\n"))
        #expect(method.contains("case .value2: 2\n"))
    }

    @Test func bitFlagsAreAnOptionSet() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(properties: [
                SchemaFixtures.property("Services", "integer", enumValues: ["1", "2", "4"], flags: true)
            ])
        ])
        let services = try #require(files["Test/Test.Services.swift"])
        #expect(services.contains("public struct Services: OptionSet, Codable, Hashable, Sendable, QueryParameterValue {"))
        #expect(services.contains("public static let value4 = Services(rawValue: 4)\n"))
    }

    @Test func typeNamesThatSwiftReservesAreQualified() throws {
        let files = try SchemaFixtures.generate([
            SchemaFixtures.objectEndpoint(
                "GetTopList", properties: [],
                request: [SchemaFixtures.property("Type", "string", enumValues: ["ProfileViews", "EscortViews"])])
        ])
        #expect(files["Test/Test.GetTopListRequestType.swift"] != nil)
        #expect(files["Test/Test.GetTopListRequest.swift"]?.contains("public var type: GetTopListRequestType\n") == true)
    }

    @Test func rootsByShape() throws {
        func root(_ shape: ResponseShape?, response: TypeSchema? = nil) throws -> String {
            var schema = EndpointSchema(
                endpoint: "Test/Get", title: "Get", method: "GET", path: "/v1/Test/Get", response: response)
            schema.responseShape = shape.map { Fact($0, from: .sample) }
            let catalog = try #require(SchemaFixtures.generate([schema])["GeneratedEndpoints.swift"])
            let line = try #require(catalog.split(separator: "\n").first { $0.contains("responseType:") })
            return line.trimmingCharacters(in: .whitespaces)
        }
        let item = TypeSchema(name: "RateBreaks", inferred: false, properties: [SchemaFixtures.property("Hours", "decimal")])
        #expect(try root(.array(of: .object("RateBreaks")), response: item) == "responseType: [Test.RateBreaks].self,")
        #expect(try root(.array(of: .integer)) == "responseType: [Int].self,")
        #expect(try root(.scalar(.decimal)) == "responseType: Decimal.self,")
        #expect(try root(.empty) == "responseType: EmptyResponse.self,")
        #expect(try root(nil) == "responseType: UndocumentedResponse.self,")
    }

    @Test func xmlFactsBecomeTheDataContract() throws {
        var schema = SchemaFixtures.objectEndpoint(properties: [
            PropertySchema(
                name: "Total", type: Fact(.integer, from: .sample), required: Fact(true, from: .sample),
                nullable: Fact(false, from: .default), xmlNamespace: Fact("urn:base", from: .sample)),
            PropertySchema(
                name: "Nickname", type: Fact(.string, from: .sample), required: Fact(true, from: .sample),
                nullable: Fact(false, from: .default), xmlNamespace: Fact("urn:own", from: .sample)),
        ])
        schema.response?.xmlMemberOrder = ["Total", "Nickname"]
        schema.xml = EndpointSchema.XMLSample(rootName: "ThingRoot", rootNamespace: "urn:own", wellFormed: true, problems: [])
        let thing = try #require(SchemaFixtures.generate([schema])["Test/Test.Thing.swift"])
        #expect(thing.contains("name: \"ThingRoot\",\n        namespace: \"urn:own\","))
        let base = try #require(thing.range(of: "namespace: \"urn:base\",\n                members: [\"Total\"]"))
        let own = try #require(thing.range(of: "namespace: \"urn:own\",\n                members: [\"Nickname\"]"))
        #expect(base.lowerBound < own.lowerBound)
    }

    @Test func withoutXMLTheContractIsAssumedAndSaysSo() throws {
        let thing = try file([SchemaFixtures.property("A", "integer")])
        #expect(thing.contains("**Assumed**: the page shows no XML sample"))
        #expect(thing.contains("namespace: \"http://schemas.datacontract.org/2004/07/API.Models.Test\""))
    }
}
