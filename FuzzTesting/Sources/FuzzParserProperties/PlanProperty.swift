#if canImport(FuzzProperties)
import FuzzProperties
#endif
import AWConformance
import Foundation

/// `FuzzParsers` 1 and 2: an `awkit live` plan, JSON or YAML, through `LivePlan.parse` and,
/// when it parses, `validate(against:)` the built-in schemas.
///
/// Properties: only `LivePlanError` (typed) comes out; no input takes more than the harness's
/// time and memory limits (a YAML alias bomb); a plan that validates names only endpoints of
/// the catalog, sends no header with a line break, and records into no folder outside its own.
enum PlanProperty {
    static let name = "FuzzParsers.plan"

    static let schemas: [String: EndpointSchema] = {
        do throws(SchemaLoadingError) {
            return try SchemaCatalog.builtIn().schemas
        } catch {
            fatalError("the built-in schemas do not load: \(error)")
        }
    }()

    static func check(_ bytes: [UInt8], yaml: Bool) throws(PropertyViolation) {
        let plan: LivePlan
        do throws(LivePlanError) {
            plan = try LivePlan.parse(Data(bytes), yaml: yaml)
            try plan.validate(against: schemas)
        } catch {
            return
        }
        for call in plan.calls {
            try require(schemas[call.endpoint] != nil, name, "a validated plan calls \(call.endpoint), which the catalog does not have")
            for (header, value) in call.headers ?? [:] {
                try require(
                    !header.unicodeScalars.contains { $0.value < 0x21 || $0 == ":" }
                        && !value.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0.value == 0 },
                    name, "a validated plan sends header \(header.debugDescription): \(value.debugDescription)")
            }
            if let folder = call.name {
                try require(
                    !folder.contains("/") && !folder.hasPrefix("."), name,
                    "a validated plan records into the folder \(folder.debugDescription)")
            }
        }
    }
}
