import Foundation

/// The response of an operation whose documentation page, as AWKit has it, does not show the
/// response (no response table, no sample): its body is kept as it came, not guessed.
///
/// ``ResponseDecoder`` fills it for either format after checking that the body is a well-formed
/// JSON or XML document (a `DecodingError` or `DataContractXMLError` otherwise), and keeps the
/// bytes in ``body``. It encodes as the body's text (a single string), so `awkit decode` shows
/// what came. When the page is completed, `awkit import-docs` and `awkit generate` give the
/// operation a typed model instead.
///
/// Decoding it through a plain `Decoder` (a `JSONDecoder` used directly) fails with
/// `DecodingError.typeMismatch`: the bytes are only available to ``ResponseDecoder``.
public struct UndocumentedResponse: Codable, Hashable, Sendable {
    /// The response body, byte for byte.
    public var body: Data
    /// The body's format.
    public var format: ResponseFormat

    /// - Parameters:
    ///   - body: the response body.
    ///   - format: its format.
    public init(body: Data, format: ResponseFormat) {
        self.body = body
        self.format = format
    }

    /// The body as text (UTF-8, invalid bytes replaced by U+FFFD).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Always throws `DecodingError.typeMismatch`: the type is filled by ``ResponseDecoder``,
    /// which has the bytes.
    public init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(
            UndocumentedResponse.self,
            DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "the documentation shows no response model for this operation; decode the body with ResponseDecoder, which keeps its bytes"))
    }

    /// Encodes ``text`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
