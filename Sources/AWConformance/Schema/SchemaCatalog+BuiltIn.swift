extension SchemaCatalog {
    /// The catalog of the schemas that ship with AWConformance (``BuiltInSchemas``).
    ///
    /// - Throws: `SchemaLoadingError` when the resource bundle is missing or a file is invalid.
    public static func builtIn() throws(SchemaLoadingError) -> SchemaCatalog {
        SchemaCatalog(try BuiltInSchemas.load())
    }
}
