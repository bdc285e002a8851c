import Foundation

/// The endpoint schemas AWKit ships: `Sources/AWConformance/Schemas/*.json`, one per endpoint,
/// made by `awkit import-docs` from the API's documentation pages and copied into the module's
/// resource bundle.
///
/// Today: `PhoneChat/AcceptReceivedBooking` (from `PhoneChat_AcceptReceivedBooking.txt`).
public enum BuiltInSchemas {
    /// The folder of the built-in schema files inside the resource bundle.
    ///
    /// - Throws: `SchemaLoadingError` `schema.missing-resources` when the bundle has no
    ///   `Schemas` folder.
    public static func directory() throws(SchemaLoadingError) -> URL {
        guard let url = Bundle.module.url(forResource: "Schemas", withExtension: nil) else {
            throw SchemaLoadingError(
                code: .missingResources, path: Bundle.module.bundlePath,
                message: "the AWConformance resource bundle has no Schemas folder")
        }
        return url
    }

    /// Every built-in schema, sorted by endpoint id.
    ///
    /// - Throws: `SchemaLoadingError` when the resources are missing or a file does not load
    ///   (a packaging bug: the tests load them all).
    public static func load() throws(SchemaLoadingError) -> [EndpointSchema] {
        try SchemaCatalog.loadDirectory(directory())
    }

    /// The built-in schema of one endpoint (`PhoneChat/AcceptReceivedBooking`), or `nil`.
    public static func schema(for endpoint: String) throws(SchemaLoadingError) -> EndpointSchema? {
        try load().first { $0.endpoint == endpoint }
    }
}
