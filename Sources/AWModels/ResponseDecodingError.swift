/// A response that ``ResponseDecoder`` cannot hand to either decoder: its media type is neither
/// JSON nor XML, or its bytes look like neither.
///
/// Errors inside a JSON or XML document are `DecodingError`s (with coding path and position),
/// not this type.
public struct ResponseDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of what went wrong.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The `Content-Type` names a media type that is neither JSON nor XML (`text/html`).
        public static let unsupportedMediaType = Code(rawValue: "response.unsupported-media-type")
        /// No content type was given and the first character is neither `<` nor a JSON value start.
        public static let unrecognizedFormat = Code(rawValue: "response.unrecognized-format")
        /// The body is empty or only white space.
        public static let emptyBody = Code(rawValue: "response.empty-body")
        /// The operation documents no response body (``EmptyResponse``), but one came.
        public static let unexpectedBody = Code(rawValue: "response.unexpected-body")
    }

    public let code: Code
    /// What was found, in a sentence.
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
