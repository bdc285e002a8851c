import DataContractXML
import Foundation

/// Decodes an API response, JSON or XML, into the same Codable model.
///
/// The format comes from the response's `Content-Type` (`application/json`, `text/json`,
/// `application/xml`, `text/xml`, with or without `charset`) or, without one, from the first
/// non-white-space byte after an optional byte order mark (see ``ResponseFormat/sniff(_:)``).
///
/// - JSON goes through one configured Foundation `JSONDecoder` that also accepts Json.NET's
///   `"NaN"`, `"Infinity"` and `"-Infinity"` for floating-point members. Decimals are exact (never
///   through `Double`); `DateTime` values keep their text. Json.NET's object references
///   (`[DataContract(IsReference = true)]`: `{"$id":"1",…}` then `{"$ref":"1"}`) are resolved
///   by value, the referenced object's bytes put in place of each reference before decoding;
///   a reference that cannot be resolved throws a `DecodingError` whose `underlyingError` is a
///   ``JSONReferenceError``.
/// - XML goes through the streaming `DataContractDecoder` (libxml2 SAX2), with
///   ``xmlOptions``; malformed or hostile XML throws `DataContractXMLError`.
///
/// Errors are `DecodingError`s whose context names the coding path (`Client.UserID`); for a JSON
/// document the description also gives the line and column (found by ``JSONTree`` on the error
/// path, since Foundation on Linux reports none) and, for a syntax error, the `underlyingError`
/// is a ``JSONSyntaxError``. A body that is neither format throws ``ResponseDecodingError``.
///
/// Two model types are special: ``EmptyResponse`` accepts only an empty body (whatever the
/// format), and ``UndocumentedResponse`` keeps any well-formed body as its bytes.
///
/// Keep one decoder for many responses: its XML path reuses one set of name tables and caches
/// from document to document (about half the time of a small response), which a decoder made
/// per call cannot. A decoder is a `Sendable` value; responses decoded at the same time from
/// several tasks each get their own set.
public struct ResponseDecoder: Sendable {
    /// The JSON decoder, configured once: Json.NET's non-finite strings accepted.
    let jsonDecoder: JSONDecoder
    /// The options of the XML path (strict namespaces, unknown elements, limits, time zone).
    /// A `charset` from the `Content-Type` replaces the one set here.
    public var xmlOptions: DataContractDecoder.Options {
        didSet { (xmlDecoder, utf8XMLDecoder) = Self.xmlDecoders(xmlOptions) }
    }
    /// The XML decoders kept for ``xmlOptions``, so that each response after the first reuses
    /// their name tables and caches: as set, and with `charset` UTF-8 (Web API's `Content-Type`).
    var xmlDecoder: DataContractDecoder
    var utf8XMLDecoder: DataContractDecoder

    /// - Parameter xmlOptions: options of the DataContract XML decoder; the defaults decode
    ///   leniently (members matched by local name, unknown elements skipped) within safe limits.
    public init(xmlOptions: DataContractDecoder.Options = .init()) {
        self.xmlOptions = xmlOptions
        (xmlDecoder, utf8XMLDecoder) = Self.xmlDecoders(xmlOptions)
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        self.jsonDecoder = decoder
    }

    /// Decodes `data` as `type`, choosing the format from `contentType` or, when it is `nil`,
    /// from the bytes.
    ///
    /// - Parameters:
    ///   - type: the model type (`PhoneChat.ReceivedBooking.self`).
    ///   - data: the response body.
    ///   - contentType: the response's `Content-Type` header value, if known.
    /// - Throws: ``ResponseDecodingError`` when the format cannot be told or is unsupported;
    ///   `DecodingError` when the document does not decode (see the type's discussion).
    public func decode<T: Decodable>(_ type: T.Type, from data: Data, contentType: String? = nil) throws -> T {
        if T.self == EmptyResponse.self { return try Self.emptyResponse(data) as! T }
        if let contentType {
            let (format, charset) = try ResponseFormat.from(contentType: contentType)
            return try decode(type, from: data, format: format, charset: charset)
        }
        return try decode(type, from: data, format: ResponseFormat.sniff(data))
    }

    /// Decodes `data` as `type` in the given format.
    ///
    /// - Parameters:
    ///   - type: the model type.
    ///   - data: the response body.
    ///   - format: JSON or XML.
    ///   - charset: for XML without a byte order mark, the charset from the HTTP header
    ///     (`utf-16le` …); ignored for JSON, which Foundation detects itself.
    public func decode<T: Decodable>(
        _ type: T.Type, from data: Data, format: ResponseFormat, charset: String? = nil
    ) throws -> T {
        if T.self == EmptyResponse.self { return try Self.emptyResponse(data) as! T }
        if T.self == UndocumentedResponse.self {
            return try undocumentedResponse(data, format: format, charset: charset) as! T
        }
        switch format {
        case .json:
            return try decodeJSON(type, from: data)
        case .xml:
            return try decodeXML(type, from: data, charset: charset)
        }
    }
}
