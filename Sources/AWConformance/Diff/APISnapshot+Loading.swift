import Foundation

extension APISnapshot {
    /// What `awkit diff` makes of a path: a recorded run when the folder holds answers in the
    /// `Group/Endpoint/response.*` layout, else endpoint schemas (a `*.json` schema file, or a
    /// folder of them).
    ///
    /// - Parameters:
    ///   - path: a folder or a schema file.
    ///   - schemas: for a recorded run, the schemas that type its values.
    /// - Throws: ``DiffInputError``: `diff.unreadable` for a missing path or one that is
    ///   neither, and the errors of ``recordedRun(at:schemas:)`` and ``schemas(at:)``.
    public static func load(_ path: String, schemas: [String: EndpointSchema] = [:]) throws(DiffInputError) -> APISnapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiffInputError(code: .unreadable, path: path, message: "no such file or directory")
        }
        guard isDirectory.boolValue else { return try Self.schemas(at: path) }
        do {
            return try recordedRun(at: path, schemas: schemas)
        } catch let error where error.code == .empty {
            let hasSchemas = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).contains {
                $0.hasSuffix(".json") && !$0.hasPrefix(".")
            }
            guard hasSchemas else {
                throw DiffInputError(
                    code: .empty, path: path,
                    message: "is neither a recorded run (Group/Endpoint/response.json or .xml) nor a folder of schema files (*.json)")
            }
            return try Self.schemas(at: path)
        }
    }
}

/// The formats `awkit diff` writes.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// For a person: ``DiffReport/text()``.
    case text
    /// For programs: ``DiffReport/json()``.
    case json
    /// For code scanning: ``DiffReport/sarif(options:)``.
    case sarif

    /// Renders `report` in this format.
    public func render(_ report: DiffReport) -> String {
        switch self {
        case .text: report.text()
        case .json: report.json()
        case .sarif: report.sarif()
        }
    }
}
