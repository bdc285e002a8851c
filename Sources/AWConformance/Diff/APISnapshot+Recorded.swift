import AWModels
import DataContractXML
import Foundation

extension APISnapshot {
    /// The answers of a recorded run: every `response.json` / `response.xml` (and
    /// `error-response.*`, status and `Content-Type` only) below `directory` in the
    /// `[call/]Group/Endpoint/` layout `awkit live --record` writes, with the status and
    /// `Content-Type` of the `.http` file beside each.
    ///
    /// Values are typed by what they look like, with the endpoint's documented type (from
    /// `schemas`) deciding where text could be read two ways (a documented string `"12"` stays
    /// a string): JSON numbers are `integer` or `decimal` (`scale N`), XML text and JSON strings
    /// in a DateTime form are `datetime` (fraction digits, kind). Array items merge into one
    /// `Items[]` path; a property is ``Property/alwaysPresent`` when every object at its parent
    /// path has it.
    ///
    /// - Throws: ``DiffInputError``: `diff.unreadable` (a folder or file that cannot be read, a
    ///   JSON body that is not well-formed, XML that cannot be read even leniently, a `.http`
    ///   file that is not JSON), `diff.empty` (no answer below the folder).
    public static func recordedRun(at directory: String, schemas: [String: EndpointSchema] = [:]) throws(DiffInputError) -> APISnapshot {
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw DiffInputError(code: .unreadable, path: directory, message: "cannot be listed")
        }
        let names = ["response.json", "response.xml", "error-response.json", "error-response.xml"]
        var found: [String] = []
        for case let url as URL in enumerator where names.contains(url.lastPathComponent) {
            let relative = String(url.resolvingSymlinksInPath().path.dropFirst(root.path.count).drop { $0 == "/" })
            if relative.split(separator: "/").count >= 3 { found.append(relative) }
        }
        var snapshot = APISnapshot(origin: .recordedRun, schemas: schemas)
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for relative in found.sorted() {
            let parts = relative.split(separator: "/").map(String.init)
            let name = parts.last!
            let folder = parts.dropLast().joined(separator: "/")
            let format: ResponseFormat = name.hasSuffix(".json") ? .json : .xml
            let key = "\(folder) \(format)"
            // A folder with both outcomes for one format (recorded by hand): the answer wins.
            if name.hasPrefix("error-"), found.contains(parts.dropLast().joined(separator: "/") + "/response.\(format)") {
                continue
            }
            let endpoint = parts[parts.count - 3] + "/" + parts[parts.count - 2]
            let path = prefix + relative
            var surface = Surface(file: path, endpoint: endpoint)
            (surface.status, surface.contentType) = try readHTTP(path + ".http")
            if !name.hasPrefix("error-") {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw DiffInputError(code: .unreadable, path: path, message: "cannot be read")
                }
                var walker = DocumentWalker(schema: schemas[endpoint], format: format)
                switch format {
                case .json:
                    let tree: JSONTree
                    do { tree = try JSONTree.parse(data) } catch {
                        throw DiffInputError(
                            code: .unreadable, path: path,
                            message: "not well-formed JSON at line \(error.line), column \(error.column): \(error.message)")
                    }
                    walker.visit(DocumentNode(json: tree.root), path: "", type: schemas[endpoint]?.response)
                case .xml:
                    let tree: XMLTree
                    do { tree = try XMLTree.parse(data, lenient: true) } catch {
                        throw DiffInputError(code: .unreadable, path: path, message: "the XML cannot be read: \(error)")
                    }
                    guard let element = tree.root else {
                        throw DiffInputError(code: .unreadable, path: path, message: "the XML has no root element")
                    }
                    surface.rootName = element.localName
                    surface.rootNamespace = element.namespace
                    walker.visit(DocumentNode(xml: element), path: "", type: schemas[endpoint]?.response)
                }
                surface.properties = walker.properties()
                surface.memberOrder = walker.memberOrder
            }
            snapshot.surfaces[key] = surface
        }
        if snapshot.surfaces.isEmpty {
            throw DiffInputError(
                code: .empty, path: directory, message: "has no Group/Endpoint/response.json, response.xml or error-response.*")
        }
        return snapshot
    }

    /// The status and `Content-Type` of a recorded answer's `.http` file, or `nil`s when there is
    /// none.
    private static func readHTTP(_ path: String) throws(DiffInputError) -> (Int?, String?) {
        guard FileManager.default.fileExists(atPath: path) else { return (nil, nil) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw DiffInputError(code: .unreadable, path: path, message: "is not a JSON object")
            }
            let headers = object["headers"] as? [String: Any] ?? [:]
            let contentType = headers.first { $0.key.lowercased() == "content-type" }?.value as? String
            return (object["status"] as? Int, contentType)
        } catch let error as DiffInputError {
            throw error
        } catch {
            throw DiffInputError(code: .unreadable, path: path, message: "is not the JSON awkit live --record writes")
        }
    }
}

/// Collects the properties of one document, merging array items and counting presence.
struct DocumentWalker {
    let schema: EndpointSchema?
    let format: ResponseFormat
    private(set) var seen: [String: APISnapshot.Property] = [:]
    private(set) var memberOrder: [String: [String]] = [:]
    /// How many objects were seen at each path, and how often each property path was present.
    private var objects: [String: Int] = [:]
    private var present: [String: Int] = [:]
    private var parent: [String: String] = [:]

    init(schema: EndpointSchema?, format: ResponseFormat) {
        self.schema = schema
        self.format = format
    }

    /// The properties, with ``APISnapshot/Property/alwaysPresent`` from the counts.
    func properties() -> [String: APISnapshot.Property] {
        var result = seen
        for (path, count) in present {
            result[path]?.alwaysPresent = count == objects[parent[path] ?? "", default: 0]
        }
        return result
    }

    mutating func visit(_ node: DocumentNode, path: String, type: TypeSchema?) {
        if let members = objectMembers(node, documented: nil) {
            objects[path, default: 0] += 1
            if format == .xml, memberOrder[path] == nil { memberOrder[path] = members.map(\.name) }
            for member in members {
                let property = type?.property(named: member.name)
                let memberPath = path.isEmpty ? member.name : "\(path).\(member.name)"
                parent[memberPath] = path
                present[memberPath, default: 0] += 1
                record(member.node, path: memberPath, property: property, namespace: member.namespace,
                       line: member.line, column: member.column)
            }
        }
    }

    private mutating func record(
        _ node: DocumentNode, path: String, property: PropertySchema?, namespace: String?, line: Int, column: Int
    ) {
        let documented = property?.type.value
        let (type, form) = Self.shape(node, documented: documented)
        var entry = seen[path] ?? APISnapshot.Property(type: type, namespace: namespace, line: line, column: column)
        if entry.type == "null" { entry.type = type }
        if type == "null" {
            entry.nullable = true
        } else if entry.type != type {
            entry.type = Self.wider(entry.type, type)
        }
        if let form { entry.forms.insert(form) }
        if property?.enumValues != nil, case .scalar(let text, let kind) = node.content {
            entry.values = (entry.values ?? []).union([ScalarForm.enumKey(text: text, kind: kind, type: documented ?? .string)])
        }
        seen[path] = entry
        // Nested objects and arrays.
        let nestedType = property.flatMap { schema?.objectType(of: $0) }
        if case .array = documented ?? .string, let items = node.arrayItems {
            for item in items { visitItem(item, path: path + "[]", type: nestedType, property: property) }
        } else if case .array(let items) = node.content {
            for item in items { visitItem(item, path: path + "[]", type: nestedType, property: property) }
        } else if objectMembers(node, documented: documented) != nil {
            visit(node, path: path, type: nestedType)
        }
    }

    private mutating func visitItem(_ item: DocumentNode, path: String, type: TypeSchema?, property: PropertySchema?) {
        if objectMembers(item, documented: nil) != nil {
            visit(item, path: path, type: type)
        } else {
            let element: PropertySchema? = property.map {
                var copy = $0
                if case .array(let inner) = $0.type.value { copy.type = Fact(inner, from: $0.type.source) }
                return copy
            }
            record(item, path: path, property: element, namespace: nil, line: item.line, column: item.column)
        }
    }

    /// An object's members; an empty XML element only when documented as an object.
    private func objectMembers(_ node: DocumentNode, documented: DocumentedType?) -> [DocumentMember]? {
        if case .object(let members) = node.content { return members }
        if case .object = documented, let members = node.objectMembers { return members }
        return nil
    }

    /// Of two types seen at one path, the one a reader needs: `decimal` over `integer`, else the
    /// later one.
    static func wider(_ a: String, _ b: String) -> String {
        Set([a, b]) == ["integer", "decimal"] ? "decimal" : b
    }

    /// The type and lexical form of a value (see ``APISnapshot/recordedRun(at:schemas:)``).
    static func shape(_ node: DocumentNode, documented: DocumentedType?) -> (type: String, form: String?) {
        switch node.content {
        case .null: return ("null", nil)
        case .object: return (documented.map { $0.isObject ? $0.description : "object" } ?? "object", nil)
        case .array: return (documented.map { $0.isArray ? $0.description : "array" } ?? "array", nil)
        case .scalar(let text, let kind):
            if case .object = documented, text.isEmpty, kind == .xmlText { return (documented!.description, nil) }
            if case .array = documented, text.isEmpty, kind == .xmlText { return (documented!.description, nil) }
            let type: String
            if documented == .string, kind == .string || kind == .xmlText {
                type = "string"
            } else if let documented, !documented.isObject, !documented.isArray, !documented.isUnknown,
                ScalarForm.problem(text: text, kind: kind, type: documented) == nil {
                type = documented.description
            } else {
                type = inferred(text, kind: kind)
            }
            return (type, form(of: kind == .xmlText ? ScalarForm.xmlTrimmed(text) : text, type: type))
        }
    }

    private static func inferred(_ text: String, kind: DocumentNode.ScalarKind) -> String {
        switch kind {
        case .boolean: return "boolean"
        case .number: return Int64(text) != nil ? "integer" : "decimal"
        case .string: return (try? DateTime(parsing: text)) != nil ? "datetime" : "string"
        case .xmlText:
            let trimmed = ScalarForm.xmlTrimmed(text)
            if Int64(trimmed) != nil { return "integer" }
            if (try? LexicalForm.decimal(Array(trimmed.utf8).span)) != nil { return "decimal" }
            if trimmed == "true" || trimmed == "false" { return "boolean" }
            if (try? DateTime(parsing: trimmed)) != nil { return "datetime" }
            return "string"
        }
    }

    /// `scale N` for a decimal (`8` → `scale 0`, `8.0000` → `scale 4`); `N fraction digits`
    /// (or `no fraction`) and the kind (`unspecified`, `Z`, `+ offset`) for a DateTime.
    private static func form(of text: String, type: String) -> String? {
        switch type {
        case "decimal":
            guard let dot = text.firstIndex(of: ".") else { return "scale 0" }
            return "scale \(text[text.index(after: dot)...].prefix { $0.isNumber }.count)"
        case "datetime", "date":
            guard let value = try? DateTime(parsing: text) else { return nil }
            let digits: Int
            if let t = text.firstIndex(of: "T"), let dot = text[t...].firstIndex(of: ".") {
                digits = text[text.index(after: dot)...].prefix { $0.isNumber }.count
            } else {
                digits = 0
            }
            let kind = switch value.kind {
            case .unspecified: "unspecified"
            case .utc: "Z"
            case .offset: "+ offset"
            }
            return "\(digits == 0 ? "no fraction" : "\(digits) fraction digits"), \(kind)"
        default:
            return nil
        }
    }
}

extension DocumentedType {
    fileprivate var isObject: Bool { if case .object = self { true } else { false } }
    fileprivate var isArray: Bool { if case .array = self { true } else { false } }
}
