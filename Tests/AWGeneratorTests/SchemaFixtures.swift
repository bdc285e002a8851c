import AWGenerator
import AWSchema
import Foundation

/// Small schemas, one per rule, written for these tests.
enum SchemaFixtures {
    /// The repository root (this file is Tests/AWGeneratorTests/SchemaFixtures.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func property(
        _ name: String, _ type: String, required: Bool = true, nullable: Bool = false, enumValues: [String]? = nil,
        flags: Bool? = nil, condition: String? = nil, format: String? = nil, source: FactSource = .table,
        description: String = ""
    ) -> PropertySchema {
        PropertySchema(
            name: name, type: Fact(DocumentedType(documented: type), from: source), required: Fact(required, from: .table),
            nullable: Fact(nullable, from: .prose), enumValues: enumValues.map { Fact($0, from: .prose) }, enumIsFlags: flags,
            condition: condition, format: format.map { Fact($0, from: .prose) }, description: description)
    }

    /// `GET /v1/Test/GetThing` answering an object `Thing` with these properties.
    static func objectEndpoint(
        _ operation: String = "GetThing", group: String = "Test", properties: [PropertySchema],
        types: [String: TypeSchema] = [:], request: [PropertySchema] = [], method: String = "GET"
    ) -> EndpointSchema {
        EndpointSchema(
            endpoint: "\(group)/\(operation)", title: "Get a thing", method: method, path: "/v1/\(group)/\(operation)",
            parameterPassing: method == "GET" ? .queryString : .jsonBody, request: request,
            responseShape: Fact(.object, from: .table),
            response: TypeSchema(name: "Thing", inferred: false, properties: properties), types: types)
    }

    /// The generated files of these schemas by path.
    static func generate(_ schemas: [EndpointSchema], naming: ModelNaming = ModelNaming()) throws -> [String: String] {
        let files = try ModelGenerator(options: .init(naming: naming)).generate(schemas)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }
}

