import Foundation

/// An operation of the API: its identifier, HTTP method, path and the model types of its request
/// body and response.
///
/// Identifiers are `Group/Operation` as in the documentation's URLs
/// (`PhoneChat/AcceptReceivedBooking` for `POST /v1/PhoneChat/AcceptReceivedBooking`).
public struct Endpoint: Sendable, CustomStringConvertible {
    /// `Group/Operation`, e.g. `PhoneChat/AcceptReceivedBooking`.
    public let id: String
    /// The HTTP method, uppercase (`GET`, `POST`).
    public let method: String
    /// The path below the host, e.g. `/v1/PhoneChat/AcceptReceivedBooking`.
    public let path: String
    /// The model a response decodes to.
    public let responseType: any (Codable & Sendable).Type
    /// The model of the JSON request body, for operations that take one.
    public let requestType: (any (Codable & Sendable).Type)?

    public init(
        id: String, method: String, path: String, responseType: any (Codable & Sendable).Type,
        requestType: (any (Codable & Sendable).Type)? = nil
    ) {
        self.id = id
        self.method = method
        self.path = path
        self.responseType = responseType
        self.requestType = requestType
    }

    public var description: String { "\(method) \(path)" }

    /// Whether calling the operation changes state on the server (anything but GET and HEAD).
    public var changesState: Bool { method != "GET" && method != "HEAD" }

    /// `POST /v1/PhoneChat/AcceptReceivedBooking`: accepts a received booking and returns it.
    /// Source: PhoneChat/AcceptReceivedBooking documentation page.
    public static let phoneChatAcceptReceivedBooking = Endpoint(
        id: "PhoneChat/AcceptReceivedBooking", method: "POST",
        path: "/v1/PhoneChat/AcceptReceivedBooking",
        responseType: PhoneChat.ReceivedBooking.self,
        requestType: PhoneChat.AcceptReceivedBookingRequest.self)

    /// Every operation AWKit has a model for, by ``id``.
    public static let all: [Endpoint] = [.phoneChatAcceptReceivedBooking]

    /// The operation with this identifier (exact, case-sensitive), or `nil`.
    public static func named(_ id: String) -> Endpoint? {
        all.first { $0.id == id }
    }

    /// Decodes a response of this operation into its ``responseType``.
    ///
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
