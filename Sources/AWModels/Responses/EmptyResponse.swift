/// The response of an operation whose page says it returns no model: a successful answer with an
/// empty body (`Email/BlockedSendersAdd`).
///
/// ``ResponseDecoder`` accepts exactly an empty body (zero bytes, or only white space) for this
/// type, in either format, and refuses any content with a ``ResponseDecodingError`` of code
/// `response.unexpected-body`. Encoded, it is an empty JSON object, so `awkit decode` prints `{}`.
public struct EmptyResponse: Codable, Hashable, Sendable {
    public init() {}

    /// Accepts an empty keyed container; a body is refused earlier, by ``ResponseDecoder``.
    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: EmptyCodingKeys.self)
    }

    public func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: EmptyCodingKeys.self)
    }

    enum EmptyCodingKeys: CodingKey {}
}
