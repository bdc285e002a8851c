import Foundation

/// The schemas a check uses, by endpoint id: the built-in ones, plus any loaded from a folder
/// (`awkit check --schemas DIR`), a later schema replacing an earlier one of the same endpoint.
///
/// ```swift
/// var catalog = try SchemaCatalog.builtIn()
/// try catalog.add(contentsOf: URL(fileURLWithPath: "MySchemas"))
/// let schema = catalog["PhoneChat/AcceptReceivedBooking"]
/// ```
public struct SchemaCatalog: Hashable, Sendable {
    /// The schemas by ``EndpointSchema/endpoint``.
    public private(set) var schemas: [String: EndpointSchema]

    /// A catalog of these schemas; for one endpoint, the last one given wins.
    public init(_ schemas: [EndpointSchema] = []) {
        self.schemas = [:]
        add(schemas)
    }

    /// The endpoint ids, sorted.
    public var endpoints: [String] { schemas.keys.sorted() }

    /// The schema of an endpoint (`PhoneChat/AcceptReceivedBooking`), or `nil`.
    public subscript(endpoint: String) -> EndpointSchema? { schemas[endpoint] }

    /// Adds schemas, replacing those of the same endpoints.
    public mutating func add(_ schemas: [EndpointSchema]) {
        for schema in schemas { self.schemas[schema.endpoint] = schema }
    }

    /// Adds the schema files of a folder (see ``loadDirectory(_:)``), replacing built-in or
    /// earlier schemas of the same endpoints.
    public mutating func add(contentsOf directory: URL) throws(SchemaLoadingError) {
        add(try Self.loadDirectory(directory))
    }

    /// Loads every `*.json` file directly inside `directory` (not its subfolders; other files and
    /// hidden files are skipped), sorted by endpoint id.
    ///
    /// - Throws: ``SchemaLoadingError``: `schema.unreadable` when the folder or a file cannot be
    ///   read, `schema.invalid` / `schema.unsupported-version` for a file that is not a schema,
    ///   `schema.duplicate-endpoint` when two files describe the same endpoint.
    public static func loadDirectory(_ directory: URL) throws(SchemaLoadingError) -> [EndpointSchema] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw SchemaLoadingError(code: .unreadable, path: directory.path, message: "not a readable folder")
        }
        var byEndpoint: [String: (schema: EndpointSchema, file: String)] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            let schema = try loadFile(url)
            if let earlier = byEndpoint[schema.endpoint] {
                throw SchemaLoadingError(
                    code: .duplicateEndpoint, path: url.path,
                    message: "describes \(schema.endpoint), as \(earlier.file) does")
            }
            byEndpoint[schema.endpoint] = (schema, name)
        }
        return byEndpoint.keys.sorted().map { byEndpoint[$0]!.schema }
    }

    /// Loads one schema file.
    ///
    /// - Throws: ``SchemaLoadingError`` `schema.unreadable`, `schema.invalid` or
    ///   `schema.unsupported-version`.
    public static func loadFile(_ url: URL) throws(SchemaLoadingError) -> EndpointSchema {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SchemaLoadingError(code: .unreadable, path: url.path, message: "cannot be read")
        }
        return try EndpointSchema(jsonData: data, source: url.path)
    }
}
