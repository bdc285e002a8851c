#if canImport(FuzzProperties)
import FuzzProperties
#endif
import AWConformance
import Foundation

/// `FuzzParsers` 0: a documentation page's text through `DocPageImporter`.
///
/// Properties: the importer throws only `DocPageImportError` (typed), and a schema it makes has
/// a safe `Group/Operation` endpoint ID (no path traversal) and survives its own JSON form
/// (`encodedJSON()` → `EndpointSchema(jsonData:)` gives it back).
enum ImporterProperty {
    static let name = "FuzzParsers.importer"

    static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        let schema: EndpointSchema
        do throws(DocPageImportError) {
            schema = try DocPageImporter().importPage(contentsOf: Data(bytes))
        } catch {
            return
        }
        try require(
            EndpointSchema.isSafeEndpointID(schema.endpoint), name, "the importer made an unsafe endpoint ID \(schema.endpoint)")
        let json: Data
        do { json = try schema.encodedJSON() } catch {
            throw PropertyViolation(name, "an imported schema does not encode: \(error)")
        }
        let loaded: EndpointSchema
        do throws(SchemaLoadingError) {
            loaded = try EndpointSchema(jsonData: json)
        } catch {
            throw PropertyViolation(name, "an imported schema's JSON does not load: \(error)")
        }
        try require(loaded == schema, name, "an imported schema changes through its JSON form:\n\(String(decoding: json, as: UTF8.self))")
    }
}
