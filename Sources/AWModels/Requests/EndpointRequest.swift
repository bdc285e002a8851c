import Foundation

/// The parameters of one call of an operation: a generated `…Request` type per endpoint
/// (`PhoneChat.AcceptReceivedBookingRequest`).
///
/// A request knows its ``Endpoint`` and renders itself for any HTTP client with
/// ``httpRequest()``: query items for an operation whose page passes parameters in the URI, a JSON
/// body of exactly the documented members (absent optionals left out) for one that passes
/// serialized JSON. Setting a Group-manager parameter (`UserID` on `GetSettings`) sends the call
/// as a Group manager, to the endpoint's ``Endpoint/groupManagerPath``.
public protocol EndpointRequest: Codable, Sendable {
    /// The operation this request calls.
    static var endpoint: Endpoint { get }
    /// The parameters as query items, in the API's lexical forms (`true`, `8.5`, dates in the
    /// page's format, `1,2,3`), in documentation order; absent optionals left out.
    var queryItems: [URLQueryItem] { get }
    /// Whether a Group-manager parameter is set, so the call goes to the Group-manager path.
    var isGroupManagerRequest: Bool { get }
}

extension EndpointRequest {
    /// The method, path, query and body of this call, for any HTTP client.
    ///
    /// - Throws: `EncodingError` when the body cannot be encoded (it always can for generated
    ///   requests).
    public func httpRequest() throws -> EndpointHTTPRequest {
        let endpoint = Self.endpoint
        let path = isGroupManagerRequest ? (endpoint.groupManagerPath ?? endpoint.path) : endpoint.path
        if endpoint.passesParametersInBody {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return EndpointHTTPRequest(
                method: endpoint.method, path: path, queryItems: [], body: try encoder.encode(self),
                contentType: "application/json")
        }
        return EndpointHTTPRequest(method: endpoint.method, path: path, queryItems: queryItems)
    }
}
