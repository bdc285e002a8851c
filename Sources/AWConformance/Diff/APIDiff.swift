import AWModels

/// Compares two snapshots of the API, as `awkit diff OLD NEW` does, and classifies each change
/// as breaking or not for a client that decodes with AWKit's models (as oasdiff does for
/// OpenAPI documents).
///
/// What a model reads is what the endpoint's schema documents (the models are generated from
/// the schemas; for two schema sets, the old one); for a property no schema documents, what
/// the old side showed. A change
/// breaks when that model fails on the new side:
/// - an answer removed, a 2xx status become another, a `Content-Type` that `ResponseFormat`
///   no longer reads as the same format;
/// - a property removed, or no longer always present, that the model requires (documented
///   required and not nullable);
/// - a value type the model cannot read (`integer` → `decimal` for an `Int`; a JSON number where
///   a `String` is read); `integer` → `decimal` is fine for a `Decimal`, any XML text for a
///   `String`;
/// - null where the model's property is not optional.
///
/// Never breaking: added properties and answers (unknown members are skipped), lexical forms
/// (`8` and `8.0000` are one `Decimal`; DateTime reads 0–7 fraction digits and any kind), new
/// enum values (`.unknown(…)`), XML namespace, root and member-order changes (the decoder matches
/// members by local name, in any order, unless `strictNamespaces` is set; a .NET
/// DataContractSerializer client would skip out-of-order members: the message says so).
public struct APIDiff: Sendable {
    public var old: APISnapshot
    public var new: APISnapshot

    public init(old: APISnapshot, new: APISnapshot) {
        self.old = old
        self.new = new
    }

    /// The changes, by surface key, then in kind order, then by path.
    ///
    /// Surfaces pair by key (folder and format); an answer whose folder differs (a call name
    /// above `Group/Endpoint` on one side only) pairs with the one unpaired answer of the same
    /// endpoint and format on the other side.
    public func changes() -> [APIChange] {
        var changes: [APIChange] = []
        for (oldKey, newKey) in pairs() {
            let key = newKey ?? oldKey ?? ""
            switch (oldKey.flatMap { old.surfaces[$0] }, newKey.flatMap { new.surfaces[$0] }) {
            case (let o?, let n?):
                changes += compare(o, n, format: Self.format(of: key))
            case (let o?, nil):
                changes.append(APIChange(
                    kind: .endpointRemoved, breaking: true, endpoint: o.endpoint, format: Self.format(of: key), path: "",
                    message: "\(Self.describe(key)) is gone from the new side", file: o.file))
            case (nil, let n?):
                changes.append(APIChange(
                    kind: .endpointAdded, breaking: false, endpoint: n.endpoint, format: Self.format(of: key), path: "",
                    message: "\(Self.describe(key)) is new", file: n.file))
            case (nil, nil):
                break
            }
        }
        return changes
    }

    /// The surface keys to compare: equal keys, then unpaired surfaces of one endpoint and format
    /// when each side has exactly one; sorted by the new key (else the old).
    private func pairs() -> [(String?, String?)] {
        let common = Set(old.surfaces.keys).intersection(new.surfaces.keys)
        var pairs: [(String?, String?)] = common.map { ($0, $0) }
        func unpaired(_ snapshot: APISnapshot) -> [String: [String]] {
            Dictionary(grouping: snapshot.surfaces.keys.filter { !common.contains($0) }) {
                "\(snapshot.surfaces[$0]!.endpoint) \(Self.format(of: $0))"
            }
        }
        let oldOnly = unpaired(old)
        let newOnly = unpaired(new)
        for (group, oldKeys) in oldOnly {
            if oldKeys.count == 1, let newKeys = newOnly[group], newKeys.count == 1 {
                pairs.append((oldKeys[0], newKeys[0]))
            } else {
                pairs += oldKeys.map { ($0, nil) }
            }
        }
        for (group, newKeys) in newOnly where !(newKeys.count == 1 && oldOnly[group]?.count == 1) {
            pairs += newKeys.map { (nil, $0) }
        }
        return pairs.sorted { ($0.1 ?? $0.0 ?? "", $0.0 ?? "") < ($1.1 ?? $1.0 ?? "", $1.0 ?? "") }
    }

    /// `json`, `xml` or `schema`: the last word of a surface key.
    static func format(of key: String) -> String { String(key.split(separator: " ").last ?? "") }

    /// `the json answer of PhoneChat/AcceptReceivedBooking`, `the schema of …`.
    static func describe(_ key: String) -> String {
        let folder = key.split(separator: " ").dropLast().joined(separator: " ")
        let format = format(of: key)
        return format == "schema" ? "the schema of \(folder)" : "the \(format) answer of \(folder)"
    }

    private func compare(_ o: APISnapshot.Surface, _ n: APISnapshot.Surface, format: String) -> [APIChange] {
        var changes: [APIChange] = []
        func change(
            _ kind: APIChange.Kind, _ breaking: Bool, path: String = "", old: String?, new: String?, _ message: String,
            at property: APISnapshot.Property? = nil, file: String? = nil
        ) {
            changes.append(APIChange(
                kind: kind, breaking: breaking, endpoint: n.endpoint, format: format, path: path, old: old, new: new,
                message: message, file: file ?? n.file, line: property?.line, column: property?.column))
        }

        // HTTP.
        if let a = o.status, let b = n.status, a != b {
            let breaking = (200..<300).contains(a) && !(200..<300).contains(b)
            change(.httpStatus, breaking, old: "\(a)", new: "\(b)",
                   "HTTP status \(a) → \(b)" + (breaking ? ": the answer is an error now" : ""))
        }
        if let a = o.contentType, let b = n.contentType, a.lowercased() != b.lowercased() {
            let was = try? ResponseFormat.from(contentType: a)
            let now = try? ResponseFormat.from(contentType: b)
            let breaking = now == nil || now?.format != was?.format
            let reason = now == nil ? ": ResponseDecoder reads neither JSON nor XML from it"
                : breaking ? ": ResponseDecoder now reads it as \(now!.format)" : ": still read as \(now!.format)"
            change(.httpContentType, breaking, old: a, new: b, "Content-Type \"\(a)\" → \"\(b)\"" + reason)
        }
        // An error answer on either side has no properties to compare.
        for status in [o.status, n.status] {
            if let status, !(200..<300).contains(status) { return changes }
        }

        // XML root.
        if let a = o.rootName, let b = n.rootName, a != b {
            change(.xmlRootName, false, old: a, new: b,
                   "the XML root element is <\(b)>, was <\(a)>; AWKit reads it (strictNamespaces and .NET DataContractSerializer clients refuse it)")
        }
        if let a = o.rootNamespace, let b = n.rootNamespace, a != b {
            change(.xmlRootNamespace, false, old: a, new: b,
                   "the XML root namespace is \"\(b)\", was \"\(a)\"; AWKit reads it (strictNamespaces and .NET DataContractSerializer clients refuse it)")
        }

        // Properties.
        // The client was built from the old side's schema.
        let schema = old.schemas[n.endpoint] ?? new.schemas[n.endpoint]
        var gone: [String] = []
        var added: [String] = []
        func below(_ path: String, _ roots: [String]) -> Bool {
            roots.contains { path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[]") }
        }
        for path in Set(o.properties.keys).union(n.properties.keys).sorted() {
            let model = Self.documented(path, in: schema)
            switch (o.properties[path], n.properties[path]) {
            case (let a?, nil):
                guard !below(path, gone) else { continue }
                gone.append(path)
                let breaking = Self.required(model, observed: a)
                change(.propertyRemoved, breaking, path: path, old: a.type, new: nil,
                       "\(path) (\(a.type)) is gone" + (breaking ? "; the model requires it" : "; the model reads it as optional"),
                       at: a, file: o.file)
            case (nil, let b?):
                guard !below(path, added) else { continue }
                added.append(path)
                change(.propertyAdded, false, path: path, old: nil, new: b.type,
                       "\(path) (\(b.type)) is new; models skip members they do not know", at: b)
            case (let a?, let b?):
                compare(a, b, path: path, model: model, format: format, change: change)
            case (nil, nil):
                break
            }
        }

        // XML member order, among the members both sides have.
        for path in Set(o.memberOrder.keys).intersection(n.memberOrder.keys).sorted() {
            let common = Set(o.memberOrder[path]!).intersection(n.memberOrder[path]!)
            let a = o.memberOrder[path]!.filter(common.contains)
            let b = n.memberOrder[path]!.filter(common.contains)
            if a != b {
                change(.xmlMemberOrder, false, path: path, old: a.joined(separator: ", "), new: b.joined(separator: ", "),
                       "the members of \(path.isEmpty ? "the root" : path) are in another order; AWKit reads any order (a .NET DataContractSerializer client skips out-of-order members)",
                       at: n.properties[path])
            }
        }
        return changes
    }

    private func compare(
        _ a: APISnapshot.Property, _ b: APISnapshot.Property, path: String, model: PropertySchema?, format: String,
        change: (APIChange.Kind, Bool, String, String?, String?, String, APISnapshot.Property?, String?) -> Void
    ) {
        if a.type != b.type, a.type != "null", b.type != "null" {
            let read = model?.type.value.description ?? a.type
            let breaking = !Self.readable(b.type, by: read, format: format)
            change(.typeChanged, breaking, path, a.type, b.type,
                   "\(path) is \(b.type), was \(a.type)" + (breaking ? "; the model reads \(read) and fails on it" : "; the model reads \(read), which takes it"),
                   b, nil)
        } else if !a.forms.isEmpty, !b.forms.isEmpty, a.forms != b.forms {
            let was = a.forms.sorted().joined(separator: " | ")
            let now = b.forms.sorted().joined(separator: " | ")
            change(.lexicalFormChanged, false, path, was, now,
                   "\(path) is written \(now), was \(was); the model reads the same value from both", b, nil)
        }
        if !a.nullable, b.nullable {
            let optional = model.map { $0.nullable.value || !$0.required.value } ?? false
            change(.becameNullable, !optional, path, "not null", "null",
                   "\(path) is null where it was not" + (optional ? "; the model's property is optional" : "; the model's property is not optional"),
                   b, nil)
        }
        if a.alwaysPresent, !b.alwaysPresent {
            let breaking = Self.required(model, observed: a)
            change(.propertyBecameOptional, breaking, path, "always present", "sometimes absent",
                   "\(path) is absent from some records" + (breaking ? "; the model requires it" : "; the model reads it as optional"),
                   b, nil)
        }
        if let was = a.values, let now = b.values {
            for value in now.subtracting(was).sorted() {
                change(.enumValueAdded, false, path, nil, value,
                       "\(path) has the new value \"\(value)\"; AWKit's enums read it as .unknown(\"\(value)\")", b, nil)
            }
            // A recorded run shows the values it met, not all there are: only schemas remove values.
            if new.origin == .schemas {
                for value in was.subtracting(now).sorted() {
                    change(.enumValueRemoved, false, path, value, nil, "\(path) no longer documents the value \"\(value)\"", b, nil)
                }
            }
        }
        if let was = a.namespace, let now = b.namespace, was != now {
            change(.xmlMemberNamespace, false, path, was, now,
                   "\(path) is in namespace \"\(now)\", was \"\(was)\"; AWKit matches members by local name (strictNamespaces clients refuse it)",
                   b, nil)
        }
    }

    /// The schema property at a path (`Client.Negative`, `Items[].Status`), or `nil`.
    static func documented(_ path: String, in schema: EndpointSchema?) -> PropertySchema? {
        guard let schema, var type = schema.response else { return nil }
        let names = path.replacingOccurrences(of: "[]", with: "").split(separator: ".").map(String.init)
        for (index, name) in names.enumerated() {
            guard let property = type.property(named: name) else { return nil }
            if index == names.count - 1 { return property }
            guard let nested = schema.objectType(of: property) else { return nil }
            type = nested
        }
        return nil
    }

    /// Whether the model requires a property: documented required and not nullable; without
    /// documentation, always present and never null on the old side.
    static func required(_ model: PropertySchema?, observed: APISnapshot.Property) -> Bool {
        if let model { return model.required.value && !model.nullable.value }
        return observed.alwaysPresent && !observed.nullable
    }

    /// Whether a model property of type `model` reads a value of type `value`.
    static func readable(_ value: String, by model: String, format: String) -> Bool {
        if value == model { return true }
        let scalars: Set = ["integer", "big integer", "decimal", "boolean", "datetime", "date", "string", "string of comma-separated integers"]
        let jsonStrings: Set = ["datetime", "date", "string", "string of comma-separated integers"]
        switch model {
        case "decimal": return value == "integer" || value == "big integer"
        case "big integer": return value == "integer"
        case "datetime": return value == "date"
        case "string": return format == "xml" ? scalars.contains(value) : jsonStrings.contains(value)
        default: return false
        }
    }
}
