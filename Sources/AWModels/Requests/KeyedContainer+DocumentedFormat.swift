import DataContractXML

// Request members whose page documents a format (`"ContactOn": "22-01-2018"`): written and read in
// that format in a JSON body. The generated request types call these.

extension KeyedEncodingContainer {
    /// Encodes a date or time in the page's format (`dd-MM-YYYY`), or in its own lexical form
    /// when the format is not understood; nothing for `nil`.
    ///
    /// - Parameters:
    ///   - value: the value, or `nil`.
    ///   - key: the member's key.
    ///   - format: the documented format.
    public mutating func encodeIfPresent(
        _ value: (some QueryParameterValue)?, forKey key: Key, format: String
    ) throws {
        guard let value else { return }
        try encode(value.queryText(format: DocumentedDateFormat(format)), forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a date written in the page's format (`dd-MM-YYYY`), or in `yyyy-MM-dd`; `nil` when
    /// absent or null.
    ///
    /// - Parameters:
    ///   - type: `DateOnly.self`.
    ///   - key: the member's key.
    ///   - format: the documented format.
    /// - Throws: `DecodingError.dataCorrupted` naming the key when the text follows neither form.
    public func decodeIfPresent(_ type: DateOnly.Type, forKey key: Key, format: String) throws -> DateOnly? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        if let parsed = DocumentedDateFormat(format)?.dateTime(from: text) {
            return try DateOnly(year: parsed.year, month: parsed.month, day: parsed.day)
        }
        if let date = try? DateOnly(parsing: text) { return date }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self, debugDescription: "\(String(reflecting: text)) is not a date in the format \(format)")
    }

    /// Decodes a date and time written in the page's format (`YYYY-MM-dd HH:mm`), or in the .NET
    /// DateTime lexical form; `nil` when absent or null.
    ///
    /// - Parameters:
    ///   - type: `DateTime.self`.
    ///   - key: the member's key.
    ///   - format: the documented format.
    /// - Throws: `DecodingError.dataCorrupted` naming the key when the text follows neither form.
    public func decodeIfPresent(_ type: DateTime.Type, forKey key: Key, format: String) throws -> DateTime? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        if let parsed = DocumentedDateFormat(format)?.dateTime(from: text) { return parsed }
        if let dateTime = try? DateTime(parsing: text) { return dateTime }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self, debugDescription: "\(String(reflecting: text)) is not a date and time in the format \(format)")
    }

    /// Decodes a required date or time in the page's format.
    ///
    /// - Parameters:
    ///   - type: `DateOnly.self` or `DateTime.self`.
    ///   - key: the member's key.
    ///   - format: the documented format.
    /// - Throws: `DecodingError.keyNotFound` or `valueNotFound` when it is absent or null; as the
    ///   optional form otherwise.
    public func decode<T: DocumentedFormatDecodable>(_ type: T.Type, forKey key: Key, format: String) throws -> T {
        guard let value = try T.decodeIfPresent(from: self, forKey: key, format: format) else {
            if contains(key) {
                throw DecodingError.valueNotFound(
                    T.self, DecodingError.Context(codingPath: codingPath + [key], debugDescription: "the value is null"))
            }
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        return value
    }
}

/// `DateOnly` and `DateTime`: the types a request member with a documented format can have.
public protocol DocumentedFormatDecodable {
    /// Reads the member in the format; `nil` when absent or null.
    static func decodeIfPresent<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, format: String
    ) throws -> Self?
}

extension DateOnly: DocumentedFormatDecodable {
    public static func decodeIfPresent<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, format: String
    ) throws -> DateOnly? {
        try container.decodeIfPresent(DateOnly.self, forKey: key, format: format)
    }
}

extension DateTime: DocumentedFormatDecodable {
    public static func decodeIfPresent<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, format: String
    ) throws -> DateTime? {
        try container.decodeIfPresent(DateTime.self, forKey: key, format: format)
    }
}
