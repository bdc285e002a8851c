import AWModels
import Foundation
import Yams

extension LivePlan {
    /// The largest plan file read: 4 MiB (a plan of 10,000 calls takes about 1 MiB).
    public static let maximumBytes = 4 * 1024 * 1024

    /// Reads a plan file: YAML for `.yaml` / `.yml`, JSON otherwise; at most ``maximumBytes``.
    ///
    /// - Throws: ``LivePlanError`` `plan.unreadable` or `plan.invalid` (with the decoder's
    ///   coding path and reason; also for a file over ``maximumBytes``).
    public static func load(from url: URL) throws(LivePlanError) -> LivePlan {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw LivePlanError(code: .unreadable, path: url.path, message: "cannot be read")
        }
        if data.count > maximumBytes {
            throw LivePlanError(code: .invalid, path: url.path, message: "is larger than the limit of \(maximumBytes) bytes for a plan")
        }
        let isYAML = ["yaml", "yml"].contains(url.pathExtension.lowercased())
        return try parse(data, yaml: isYAML, path: url.path)
    }

    /// Parses a plan from JSON or YAML bytes.
    ///
    /// Values (bodies, query parameters, records) keep what was written: a quoted YAML string
    /// stays a string (`"0012"`, `"1e3"`), numbers keep their text (`8.50`); see
    /// ``PlanValue/parseYAML(_:path:)`` and ``PlanValue/parseJSON(_:)``. The file is either an
    /// object with `calls` or a bare list of calls; a call member the plan does not know is an
    /// error (a typo would otherwise be silently ignored).
    ///
    /// - Parameters:
    ///   - data: the plan file's bytes.
    ///   - yaml: whether they are YAML (else JSON).
    ///   - path: the name errors carry.
    /// - Throws: ``LivePlanError`` `plan.invalid`.
    public static func parse(_ data: Data, yaml: Bool, path: String = "plan") throws(LivePlanError) -> LivePlan {
        let root: PlanValue
        var lines: [Int]?
        if yaml {
            let text = String(decoding: data, as: UTF8.self)
            root = try PlanValue.parseYAML(text, path: path)
            lines = callLines(yaml: text)
        } else {
            do {
                root = try PlanValue.parseJSON(data)
            } catch {
                throw LivePlanError(code: .invalid, path: path, message: "is not JSON: \(error)")
            }
        }
        var plan = try LivePlan(root, path: path)
        if lines?.count == plan.calls.count { plan.lines = lines }
        return plan
    }

    /// The line of each call of a YAML plan (the start of its mapping), or `nil`.
    private static func callLines(yaml text: String) -> [Int]? {
        guard let node = try? Yams.compose(yaml: text) else { return nil }
        let list: Node.Sequence?
        if let sequence = node.sequence {
            list = sequence
        } else {
            list = node.mapping?["calls"]?.sequence
        }
        guard let list else { return nil }
        return list.map { ($0.mark?.line ?? 0) }
    }

    /// The plan a parsed file describes.
    init(_ root: PlanValue, path: String) throws(LivePlanError) {
        func invalid(_ message: String) -> LivePlanError {
            LivePlanError(code: .invalid, path: path, message: "is not a plan: \(message)")
        }
        let list: [PlanValue]
        switch root {
        case .array(let items): list = items
        case .object(let members):
            if let unknown = members.keys.sorted().first(where: { $0 != "calls" }) { throw invalid("unknown member '\(unknown)' (expected 'calls')") }
            guard case .array(let items)? = members["calls"] else { throw invalid("'calls' must be a list of calls") }
            list = items
        default: throw invalid("expected an object with 'calls' or a list of calls")
        }
        var calls: [Call] = []
        for (index, item) in list.enumerated() {
            let label = "call \(index + 1)"
            guard case .object(let members) = item else { throw invalid("\(label) is not an object") }
            let known: Set = ["name", "endpoint", "query", "body", "recordKey", "records", "parityIgnore", "headers", "groupManager"]
            if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
                throw invalid("\(label) has an unknown member '\(unknown)'; known: \(known.sorted().joined(separator: ", "))")
            }
            func text(_ key: String) throws(LivePlanError) -> String? {
                switch members[key] {
                case nil, .null?: return nil
                case .string(let s)?: return s
                case .integer(let i)?: return String(i)
                case .number(let n)?: return n
                default: throw invalid("\(label).\(key) must be a string")
                }
            }
            guard let endpoint = try text("endpoint") else { throw invalid("\(label) has no endpoint") }
            var query: [String: PlanValue]?
            switch members["query"] {
            case nil, .null?: break
            case .object(let object)?: query = object
            default: throw invalid("\(label).query must be an object")
            }
            var records: [PlanValue]?
            switch members["records"] {
            case nil, .null?: break
            case .array(let items)?: records = items
            default: throw invalid("\(label).records must be a list")
            }
            var parityIgnore: [String]?
            switch members["parityIgnore"] {
            case nil, .null?: break
            case .array(let items)?:
                parityIgnore = try items.map { (item: PlanValue) throws(LivePlanError) -> String in
                    guard case .string(let s) = item else { throw invalid("\(label).parityIgnore must be a list of paths") }
                    return s
                }
            default: throw invalid("\(label).parityIgnore must be a list of paths")
            }
            var headers: [String: String]?
            switch members["headers"] {
            case nil, .null?: break
            case .object(let object)?:
                var out: [String: String] = [:]
                for (name, value) in object {
                    switch value {
                    case .string(let s): out[name] = s
                    case .integer, .number, .bool: out[name] = value.queryText
                    default: throw invalid("\(label).headers.\(name) must be a string")
                    }
                }
                headers = out
            default: throw invalid("\(label).headers must be an object")
            }
            var groupManager: Bool?
            switch members["groupManager"] {
            case nil, .null?: break
            case .bool(let flag)?: groupManager = flag
            default: throw invalid("\(label).groupManager must be true or false")
            }
            let body: PlanValue? = members["body"] == .null ? nil : members["body"]
            calls.append(
                Call(
                    name: try text("name"), endpoint: endpoint, query: query, body: body, recordKey: try text("recordKey"),
                    records: records, parityIgnore: parityIgnore, headers: headers, groupManager: groupManager))
        }
        self.init(calls: calls)
    }

    /// Checks every call against the schemas: a known endpoint, at most two records and a
    /// record key with them, no body for an endpoint that takes its parameters in the query string
    /// (GET), no `Authorization` or `Accept` among the extra headers, unique names.
    ///
    /// - Throws: ``LivePlanError`` `plan.unknown-endpoint` or `plan.invalid`, naming the call.
    public func validate(against schemas: [String: EndpointSchema], path: String = "plan") throws(LivePlanError) {
        if calls.isEmpty {
            throw LivePlanError(code: .invalid, path: path, message: "has no calls")
        }
        var names: Set<String> = []
        var earlier: [String: EndpointSchema] = [:]
        for (index, call) in calls.enumerated() {
            let line = lines.flatMap { index < $0.count && $0[index] > 0 ? ", line \($0[index])" : nil } ?? ""
            let label = "call \(index + 1)\(call.name.map { " (\($0)\(line))" } ?? (line.isEmpty ? "" : " (\(line.dropFirst(2)))"))"
            guard let schema = schemas[call.endpoint] else {
                let near = SchemaCatalog.lookup(call.endpoint, in: schemas).map { " (did you mean \($0.schema.endpoint)? plans name endpoints exactly as Group/Operation)" } ?? ""
                throw LivePlanError(
                    code: .unknownEndpoint, path: path,
                    message: "\(label) names endpoint \(call.endpoint), which no schema describes\(near); known: \(schemas.keys.sorted().joined(separator: ", ")). Add one with --schemas DIR")
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
            let method = schema.method.uppercased()
            let takesQuery = schema.parameterPassing == .queryString
                || (schema.parameterPassing != .jsonBody && (method == "GET" || method == "HEAD"))
            if call.body != nil, takesQuery {
                throw LivePlanError(
                    code: .invalid, path: path,
                    message: "\(label) has a body, but \(call.endpoint) (\(method)) takes its parameters in the query string; use query")
            }
            for (name, value) in call.headers ?? [:] {
                guard Self.isHeaderName(name) else {
                    throw LivePlanError(
                        code: .invalid, path: path,
                        message: "\(label) has a header name that is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~)")
                }
                guard Self.isHeaderValue(value) else {
                    throw LivePlanError(
                        code: .invalid, path: path,
                        message: "\(label)'s \(name) header has a line break or control character in its value, which would split it into two headers")
                }
                let lower = name.lowercased()
                if lower == "authorization" || lower == "accept" || lower == "content-type" {
                    throw LivePlanError(code: .invalid, path: path, message: "\(label) sets the \(name) header, which awkit live sets itself")
                }
            }
            let name = call.name ?? String(index + 1)
            if name.isEmpty || name.contains("/") || name.hasPrefix(".") {
                throw LivePlanError(code: .invalid, path: path, message: "\(label) has a name that cannot be a folder name")
            }
            // References name a call by its name or by its position (`${2.BookingID}`): a name of
            // digits only would make the two mean different calls.
            if let given = call.name, !given.isEmpty, given.allSatisfy({ $0.isASCII && $0.isNumber }), given != String(index + 1) {
                throw LivePlanError(
                    code: .invalid, path: path,
                    message: "\(label) is named \(given), which is the position of another call (references name a call by its name or its position); use a name with a letter")
            }
            if !names.insert(name).inserted {
                throw LivePlanError(code: .invalid, path: path, message: "\(label) has the same name as an earlier call")
            }
            if call.groupManager == true, schema.groupManagerPath == nil {
                throw LivePlanError(
                    code: .invalid, path: path, message: "\(label) asks for the Group-manager path, but the page of \(call.endpoint) documents none")
            }
            try Self.validateReferences(of: call, label: label, earlier: earlier, path: path)
            earlier[name] = schema
            earlier[String(index + 1)] = schema
        }
    }

    /// Checks a call's references: each names an earlier call, and a body path starts with a
    /// member that call's page documents in its response (or `[n]` for a list).
    private static func validateReferences(
        of call: Call, label: String, earlier: [String: EndpointSchema], path: String
    ) throws(LivePlanError) {
        let references: [PlanReference]
        do {
            references = try call.references()
        } catch {
            throw LivePlanError(code: .invalid, path: path, message: "\(label) has a value that is not a reference: \(error)")
        }
        for reference in references {
            if case .clock = reference.source { continue }
            guard let source = earlier[reference.call] else {
                throw LivePlanError(
                    code: .invalid, path: path,
                    message: "\(label) takes \(reference) from call \(reference.call), which is not an earlier call of the plan")
            }
            guard case .body(let steps) = reference.source else { continue }
            var properties: [String]?
            var rest = steps[...]
            switch source.shape {
            case .object?:
                properties = source.response?.properties.map(\.name)
            case .array(let element)?:
                guard case .index? = rest.first else {
                    throw LivePlanError(
                        code: .invalid, path: path,
                        message: "\(label) takes \(reference), but \(source.endpoint) answers a list: start the path with a position ([0])")
                }
                rest = rest.dropFirst()
                if case .object(let name) = element { properties = source.objectType(named: name)?.properties.map(\.name) }
            case .scalar?, .empty?, nil:
                throw LivePlanError(
                    code: .invalid, path: path,
                    message: "\(label) takes \(reference), but the page of \(source.endpoint) documents no response object to take it from\(source.shape == nil ? " (the stand-in answers it 204; a header reference ${NAME:HEADER} can still be used)" : "")")
            }
            if case .member(let name)? = rest.first, let properties, !properties.contains(name) {
                throw LivePlanError(
                    code: .invalid, path: path,
                    message: "\(label) takes \(reference), but the response of \(source.endpoint) has no \(name); it has \(properties.joined(separator: ", "))")
            }
        }
    }

    /// Whether `name` is an HTTP field name (RFC 9110 token: letters, digits and
    /// the symbols `!#$%&'*+-.^_|~` and the backtick).
    public static func isHeaderName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    /// Whether `value` can be sent as one header value: no line break, NUL or other control
    /// character (tab excepted), so that it cannot end the header and start another.
    public static func isHeaderValue(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
    }
}
