import Foundation

/// The schema file format: `EndpointSchema` as JSON, the way `awkit import-docs` writes it and
/// `Sources/AWConformance/Schemas/` holds it.
extension EndpointSchema {
    /// The schema file's bytes: pretty-printed JSON with sorted keys, slashes unescaped and a final
    /// line break, so the same schema always gives the same bytes (and readable diffs). Absent
    /// optional fields (`groupManagerPath`, `xml`, `enumValues` …) are left out; empty arrays and
    /// objects are written `[]` and `{}` (Foundation writes them over three lines).
    public func encodedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Self.compactingEmptyContainers(try encoder.encode(self)) + Data("\n".utf8)
    }

    /// `[` or `{`, line breaks and spaces, then `]` or `}` → `[]` or `{}`. Safe on encoded JSON:
    /// a line break inside a string value is always escaped, so a raw one is layout.
    static func compactingEmptyContainers(_ json: Data) -> Data {
        let bytes = Array(json)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            result.append(byte)
            index += 1
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { continue }
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: "\n") || bytes[end] == UInt8(ascii: " ") { end += 1 }
            let close = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if end > index, end < bytes.count, bytes[end] == close, bytes[index] == UInt8(ascii: "\n") {
                result.append(close)
                index = end + 1
            }
        }
        return Data(result)
    }

    /// Reads a schema file's bytes.
    ///
    /// - Parameters:
    ///   - data: the file's bytes (the JSON ``encodedJSON()`` writes).
    ///   - source: the file name to quote in errors.
    /// - Throws: ``SchemaLoadingError`` `schema.invalid` when the bytes are not a schema, and
    ///   `schema.unsupported-version` when ``formatVersion`` is not 1.
    public init(jsonData data: Data, source: String = "schema") throws(SchemaLoadingError) {
        let schema: EndpointSchema
        do {
            schema = try JSONDecoder().decode(EndpointSchema.self, from: data)
        } catch {
            throw SchemaLoadingError(code: .invalid, path: source, message: "not an endpoint schema (\(Self.describe(error)))")
        }
        guard schema.formatVersion == 1 else {
            throw SchemaLoadingError(
                code: .unsupportedVersion, path: source,
                message: "formatVersion \(schema.formatVersion) is not supported (only 1)")
        }
        guard Self.isSafeEndpointID(schema.endpoint) else {
            throw SchemaLoadingError(
                code: .invalid, path: source,
                message: "endpoint \(String(reflecting: schema.endpoint)) is not Group/Operation (two names of ASCII letters, digits and _, one slash)")
        }
        self = schema
    }

    /// Whether `id` is a `Group/Operation` endpoint ID of safe names: two non-empty names of
    /// ASCII letters, digits and `_`, joined by one slash. Only such IDs are loaded, so an ID can
    /// become a folder path (`awkit live --record`) without climbing out (`../../x`).
    public static func isSafeEndpointID(_ id: String) -> Bool {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { byte in
                byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                    || (0x61...0x7A).contains(byte)
            }
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? context.debugDescription
                : "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
    }
}
