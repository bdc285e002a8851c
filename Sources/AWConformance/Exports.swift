// The schema types (`EndpointSchema`, `SchemaCatalog`, `DocumentedType` …) live in AWSchema, which
// the generator uses without the checks; `import AWConformance` brings them in as before.
@_exported import AWSchema
