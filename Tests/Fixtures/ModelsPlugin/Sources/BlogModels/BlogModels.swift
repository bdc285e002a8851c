// The models of this target are generated at build time by AWKit's plugin from Schemas/; this
// file only re-exports AWModels, whose types (`Endpoint`, `DateTime` …) they are made of.
@_exported import AWModels
