import Foundation

/// An operation of the API: its identifier, HTTP method, paths, authentication and the model
/// types of its request and response, as its documentation page states them.
///
/// Identifiers are `Group/Operation` as in the documentation's URLs
/// (`PhoneChat/AcceptReceivedBooking` for `POST /v1/PhoneChat/AcceptReceivedBooking`). The
/// catalog's endpoints are generated from the endpoint schemas (``GeneratedEndpoints``); ``all``
/// lists them.
public struct Endpoint: Sendable, CustomStringConvertible {
    /// How a request authenticates, as the page's "Authentication" section says.
    public enum Authentication: String, Hashable, Sendable, CaseIterable {
        /// An OAuth access token: `Authorization: Bearer …`.
        case accessToken = "access-token"
        /// The application's API key.
        case apiKey = "api-key"
        /// The page does not say.
        case unspecified
    }

    /// `Group/Operation`, e.g. `PhoneChat/AcceptReceivedBooking`.
    public let id: String
    /// The HTTP method, uppercase (`GET`, `POST`).
    public let method: String
    /// The path below the host, e.g. `/v1/PhoneChat/AcceptReceivedBooking`.
    public let path: String
    /// The path a Group manager calls on a member's behalf (`/v1/Groups/PhoneChat/GetSettings`),
    /// when the page documents one.
    public let groupManagerPath: String?
    /// The OAuth scopes the operation needs (`account_phonechat_bookings`); empty when the page
    /// names none.
    public let scopes: [String]
    /// How a request authenticates.
    public let authentication: Authentication
    /// Whether the parameters go in a JSON body (the page says "as serialized JSON"); otherwise
    /// in the query string.
    public let passesParametersInBody: Bool
    /// The model a successful response decodes to: a struct for an object, `[X]` for a bare
    /// array, `Decimal`, `Int` … for a bare scalar, ``EmptyResponse`` when the page documents no
    /// body, and ``UndocumentedResponse`` when the page, as AWKit has it, does not show one.
    public let responseType: any (Codable & Sendable).Type
    /// The model of the request's parameters (an ``EndpointRequest``), when AWKit has one.
    public let requestType: (any EndpointRequest.Type)?

    /// - Parameters:
    ///   - id: `Group/Operation`.
    ///   - method: the HTTP method.
    ///   - path: the path below the host.
    ///   - groupManagerPath: the Group-manager path, if any.
    ///   - scopes: the OAuth scopes.
    ///   - authentication: how a request authenticates.
    ///   - passesParametersInBody: whether parameters go in a JSON body.
    ///   - responseType: the response model.
    ///   - requestType: the request model.
    public init(
        id: String, method: String, path: String, groupManagerPath: String? = nil, scopes: [String] = [],
        authentication: Authentication = .accessToken, passesParametersInBody: Bool? = nil,
        responseType: any (Codable & Sendable).Type, requestType: (any EndpointRequest.Type)? = nil
    ) {
        self.id = id
        self.method = method
        self.path = path
        self.groupManagerPath = groupManagerPath
        self.scopes = scopes
        self.authentication = authentication
        self.passesParametersInBody = passesParametersInBody ?? (method != "GET" && method != "HEAD")
        self.responseType = responseType
        self.requestType = requestType
    }

    public var description: String { "\(method) \(path)" }

    /// Whether calling the operation changes state on the server (anything but GET and HEAD).
    public var changesState: Bool { method != "GET" && method != "HEAD" }

    /// `POST /v1/PhoneChat/AcceptReceivedBooking`: accepts a received booking and returns it.
    public static var phoneChatAcceptReceivedBooking: Endpoint { GeneratedEndpoints.phoneChatAcceptReceivedBooking }

    /// Every operation of the built-in catalog, by ``id``.
    public static var all: [Endpoint] { GeneratedEndpoints.all }

    /// The operation with this identifier (exact, case-sensitive), or `nil`.
    public static func named(_ id: String) -> Endpoint? {
        all.first { $0.id == id }
    }

    /// Decodes a response of this operation into its ``responseType``.
    ///
    /// - Parameters:
    ///   - data: the response body.
    ///   - format: the format, when known; otherwise from `contentType` or the bytes.
    ///   - contentType: the response's `Content-Type`, if known.
    ///   - decoder: the decoder to use.
    /// - Throws: as ``ResponseDecoder/decode(_:from:contentType:)``.
    public func decodeResponse(
        _ data: Data, format: ResponseFormat? = nil, contentType: String? = nil,
        using decoder: ResponseDecoder = ResponseDecoder()
    ) throws -> any (Codable & Sendable) {
        if let format {
            return try decoder.decode(responseType, from: data, format: format)
        }
        return try decoder.decode(responseType, from: data, contentType: contentType)
    }
}
