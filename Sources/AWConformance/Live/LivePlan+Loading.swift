import Foundation
import Yams

extension LivePlan {
    /// Reads a plan file: YAML for `.yaml` / `.yml`, JSON otherwise.
    ///
    /// - Throws: ``LivePlanError`` `plan.unreadable` or `plan.invalid` (with the decoder's
    ///   coding path and reason).
    public static func load(from url: URL) throws(LivePlanError) -> LivePlan {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LivePlanError(code: .unreadable, path: url.path, message: "cannot be read")
        }
        let isYAML = ["yaml", "yml"].contains(url.pathExtension.lowercased())
        return try parse(data, yaml: isYAML, path: url.path)
    }

    /// Parses a plan from JSON or YAML bytes.
    ///
    /// - Parameter path: the name errors carry.
    /// - Throws: ``LivePlanError`` `plan.invalid`.
    public static func parse(_ data: Data, yaml: Bool, path: String = "plan") throws(LivePlanError) -> LivePlan {
        do {
            if yaml {
                let text = String(decoding: data, as: UTF8.self)
                return try YAMLDecoder().decode(LivePlan.self, from: text)
            }
            return try JSONDecoder().decode(LivePlan.self, from: data)
        } catch let error as DecodingError {
            throw LivePlanError(code: .invalid, path: path, message: "is not a plan: \(error.diagnosticDescription)")
        } catch {
            throw LivePlanError(code: .invalid, path: path, message: "is not \(yaml ? "YAML" : "JSON"): \(error)")
        }
    }

    /// Checks every call against the schemas: a known endpoint, at most two records and a
    /// record key with them, no `Authorization` or `Accept` among the extra headers, unique names.
    ///
    /// - Throws: ``LivePlanError`` `plan.unknown-endpoint` or `plan.invalid`, naming the call.
    public func validate(against schemas: [String: EndpointSchema], path: String = "plan") throws(LivePlanError) {
        if calls.isEmpty {
            throw LivePlanError(code: .invalid, path: path, message: "has no calls")
        }
        var names: Set<String> = []
        for (index, call) in calls.enumerated() {
            let label = "call \(index + 1)\(call.name.map { " (\($0))" } ?? "")"
            guard schemas[call.endpoint] != nil else {
                throw LivePlanError(
                    code: .unknownEndpoint, path: path,
                    message: "\(label) names endpoint \(call.endpoint), which no schema describes; known: \(schemas.keys.sorted().joined(separator: ", ")). Add one with --schemas DIR")
            }
            let records = call.records ?? []
            if records.count > 2 {
                throw LivePlanError(code: .invalid, path: path, message: "\(label) has \(records.count) records; give one (both formats) or two (JSON's, then XML's)")
            }
            if !records.isEmpty, (call.recordKey ?? "").isEmpty {
                throw LivePlanError(code: .invalid, path: path, message: "\(label) has records but no recordKey (the property that carries the record ID)")
            }
            if let body = call.body, case .object = body {} else if call.body != nil {
                throw LivePlanError(code: .invalid, path: path, message: "\(label)'s body must be an object")
            }
            for name in (call.headers ?? [:]).keys {
                let lower = name.lowercased()
                if lower == "authorization" || lower == "accept" || lower == "content-type" {
                    throw LivePlanError(code: .invalid, path: path, message: "\(label) sets the \(name) header, which awkit live sets itself")
                }
            }
            let name = call.name ?? String(index + 1)
            if name.isEmpty || name.contains("/") || name.hasPrefix(".") {
                throw LivePlanError(code: .invalid, path: path, message: "\(label) has a name that cannot be a folder name")
            }
            if !names.insert(name).inserted {
                throw LivePlanError(code: .invalid, path: path, message: "\(label) has the same name as an earlier call")
            }
        }
    }
}
