import Foundation

/// What a catalog knows of each endpoint, at a glance: the table `awkit schemas` prints.
///
/// One ``Row`` per endpoint, sorted by id: method, path, scopes, authentication, response shape,
/// how many properties (request, response and nested types together) the page documents in a
/// table, how many are known only from a sample, how many are unknown (a type the page names but
/// never shows, or a type spelling the importer could not read), whether a JSON or XML response
/// sample exists, and the importer's notes.
public struct CatalogCoverage: Sendable {
    /// One endpoint's coverage.
    public struct Row: Codable, Hashable, Sendable {
        public var endpoint: String
        public var method: String
        public var path: String
        public var groupManagerPath: String?
        public var scopes: [String]
        /// `access-token`, `api-key` or `unspecified`.
        public var authentication: String
        /// `object`, `array of aws:X`, `scalar decimal`, `empty`, or `unknown` when the page does
        /// not show the response.
        public var responseShape: String
        /// Properties whose type comes from a table.
        public var documented: Int
        /// Properties known only from a sample.
        public var inferred: Int
        /// Types named but never shown, plus properties of a type spelling not understood.
        public var unknown: Int
        public var hasJSONSample: Bool
        public var hasXMLSample: Bool
        public var notes: [String]
    }

    public let rows: [Row]

    /// The coverage of these schemas.
    public init(schemas: [EndpointSchema]) {
        rows = schemas.sorted { $0.endpoint < $1.endpoint }.map(Self.row)
    }

    static func row(_ schema: EndpointSchema) -> Row {
        var properties = schema.request + schema.groupManagerParameters + (schema.response?.properties ?? [])
        for name in schema.types.keys.sorted() { properties += schema.types[name]!.properties }
        let unknownTypes = schema.types.values.filter { $0.propertiesUnknown == true }.count
            + (schema.response?.propertiesUnknown == true ? 1 : 0)
        return Row(
            endpoint: schema.endpoint, method: schema.method, path: schema.path, groupManagerPath: schema.groupManagerPath,
            scopes: schema.scopes, authentication: (schema.authentication?.value ?? .unspecified).rawValue,
            responseShape: schema.responseShape.map { "\($0.value)" } ?? "unknown",
            documented: properties.filter { $0.type.source == .table && !$0.type.value.isUnknown }.count,
            inferred: properties.filter { $0.type.source == .sample }.count,
            unknown: unknownTypes + properties.filter { $0.type.value.isUnknown }.count,
            hasJSONSample: schema.responseJSONSample != nil, hasXMLSample: schema.responseXMLSample != nil,
            notes: schema.notes)
    }

    /// The rows as a plain-text table with a header and a last line of totals.
    public func renderedText(withNotes: Bool = false) -> String {
        let header = ["endpoint", "method", "auth", "scopes", "response", "doc", "inf", "unk", "json", "xml", "notes"]
        var table: [[String]] = [header]
        for row in rows {
            table.append([
                row.endpoint + (row.groupManagerPath == nil ? "" : " (+Groups)"), row.method, row.authentication,
                row.scopes.isEmpty ? "-" : row.scopes.joined(separator: ","), row.responseShape,
                "\(row.documented)", "\(row.inferred)", "\(row.unknown)",
                row.hasJSONSample ? "yes" : "-", row.hasXMLSample ? "yes" : "-", "\(row.notes.count)",
            ])
        }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        var lines = table.map { cells in
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        lines.insert(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), at: 1)
        let shapes = Dictionary(grouping: rows, by: { $0.responseShape.split(separator: " ").first.map(String.init) ?? "" })
            .sorted { $0.key < $1.key }.map { "\($0.value.count) \($0.key)" }
        lines.append("")
        lines.append(
            "\(rows.count) endpoints (\(shapes.joined(separator: ", "))): \(rows.map(\.documented).reduce(0, +)) properties documented, "
                + "\(rows.map(\.inferred).reduce(0, +)) inferred from samples, \(rows.map(\.unknown).reduce(0, +)) unknown; "
                + "\(rows.filter(\.hasJSONSample).count) with a JSON sample, \(rows.filter(\.hasXMLSample).count) with an XML sample")
        if withNotes {
            for row in rows where !row.notes.isEmpty {
                lines.append("")
                lines.append("\(row.endpoint):")
                lines += row.notes.map { "  \($0)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rows as pretty-printed JSON (`{"formatVersion": 1, "endpoints": [...]}`), sorted keys.
    public func renderedJSON() throws -> Data {
        struct Document: Codable { let formatVersion: Int; let endpoints: [Row] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(formatVersion: 1, endpoints: rows)) + Data("\n".utf8)
    }
}
