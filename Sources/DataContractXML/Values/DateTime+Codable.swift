extension DateTime: Codable {
    /// Decodes a single string in the .NET DateTime lexical form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` at the decoder's coding path when the string is not
    ///   a valid DateTime; its `underlyingError` is the ``LexicalFormError``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try DateTime(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath, debugDescription: "\(error)",
                    underlyingError: error))
        }
    }

    /// Encodes ``description`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
