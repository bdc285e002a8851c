import Foundation

extension APISnapshot {
    /// What endpoint schemas promise: each property's documented type, nullability, whether it
    /// is required, its enum values and XML namespace, each type's XML member order and the XML
    /// root; no status, `Content-Type` or lexical forms (schemas do not record them).
    ///
    /// - Parameters:
    ///   - schemas: the endpoint schemas.
    ///   - files: the file each endpoint's schema came from, for reports.
    public static func schemas(_ schemas: [EndpointSchema], files: [String: String] = [:]) -> APISnapshot {
        var snapshot = APISnapshot(origin: .schemas)
        for schema in schemas {
            snapshot.schemas[schema.endpoint] = schema
            var surface = Surface(file: files[schema.endpoint] ?? schema.endpoint, endpoint: schema.endpoint)
            surface.rootName = schema.xml?.rootName
            surface.rootNamespace = schema.xml?.rootNamespace
            if let response = schema.response {
                add(response, at: "", of: schema, to: &surface, visiting: [])
            }
            snapshot.surfaces["\(schema.endpoint) schema"] = surface
        }
        return snapshot
    }

    /// One type's properties at `path`; `visiting` stops a type that contains itself.
    private static func add(_ type: TypeSchema, at path: String, of schema: EndpointSchema, to surface: inout Surface, visiting: Set<String>) {
        if let order = type.xmlMemberOrder { surface.memberOrder[path] = order }
        for property in type.properties {
            let propertyPath = path.isEmpty ? property.name : "\(path).\(property.name)"
            surface.properties[propertyPath] = Property(
                type: property.type.value.description, nullable: property.nullable.value,
                alwaysPresent: property.required.value, values: property.enumValues.map { Set($0.value) },
                namespace: property.xmlNamespace?.value)
            guard let nested = schema.objectType(of: property), !visiting.contains(nested.name) else { continue }
            let nestedPath = if case .array = property.type.value { propertyPath + "[]" } else { propertyPath }
            add(nested, at: nestedPath, of: schema, to: &surface, visiting: visiting.union([nested.name]))
        }
    }

    /// The schemas of a folder (`*.json` directly inside it) or one schema file.
    ///
    /// - Throws: ``DiffInputError`` `diff.unreadable` with the loading error's reason.
    public static func schemas(at path: String) throws(DiffInputError) -> APISnapshot {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let url = URL(fileURLWithPath: path)
        do {
            if isDirectory.boolValue {
                // loadDirectory refuses two files of one endpoint; then each file's name.
                let loaded = try SchemaCatalog.loadDirectory(url)
                var files: [String: String] = [:]
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
                    let file = url.appendingPathComponent(name)
                    files[try SchemaCatalog.loadFile(file).endpoint] = file.path
                }
                return Self.schemas(loaded, files: files)
            }
            let schema = try SchemaCatalog.loadFile(url)
            return Self.schemas([schema], files: [schema.endpoint: path])
        } catch {
            throw DiffInputError(code: .unreadable, path: error.path, message: error.message)
        }
    }
}
