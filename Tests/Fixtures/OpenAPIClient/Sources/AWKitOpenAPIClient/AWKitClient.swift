// Code written against the client swift-openapi-generator makes from Docs/openapi.yaml: it
// compiles only while the document gives these operations, parameters and types.
import OpenAPIRuntime

/// Accepts a received PhoneChat booking (`POST /v1/PhoneChat/AcceptReceivedBooking`, a JSON
/// body) and returns the booking's status and credits from the JSON answer, or Web API's error
/// message (`WebAPIError`) for a refusal: 400 (invalid, or the booking is not Pending), 401, 403
/// (scope), 404 (no such booking); `nil` for any other answer.
public func acceptReceivedBooking(_ client: Client, bookingID: Int32, credits: Double) async throws -> Result<(status: String, credits: Double), AcceptRefusal>? {
    let output = try await client.phoneChatAcceptReceivedBooking(body: .json(.init(bookingID: bookingID, credits: credits)))
    switch output {
    case .ok(let ok):
        let booking = try ok.body.json
        return .success((booking.status.rawValue, booking.credits))
    case .badRequest(let answer):
        return .failure(AcceptRefusal(status: 400, message: try answer.body.json.message))
    case .unauthorized(let answer):
        return .failure(AcceptRefusal(status: 401, message: try answer.body.json.message))
    case .forbidden(let answer):
        return .failure(AcceptRefusal(status: 403, message: try answer.body.json.message))
    case .notFound(let answer):
        return .failure(AcceptRefusal(status: 404, message: try answer.body.json.message))
    case .default:
        return nil
    }
}

/// An error answer of AcceptReceivedBooking: its status and Web API's message.
public struct AcceptRefusal: Error {
    public var status: Int
    public var message: String
}

/// The Group-manager form of GetSettings: the extra UserID is a query parameter.
public func phoneChatSettings(_ client: Client, forMember userID: Int32) async throws -> Bool {
    if case .ok = try await client.phoneChatGetSettingsGroupManager(query: .init(userID: userID)) { return true }
    return false
}

/// An array answer: the escort rate breaks (API key), each with its hours as a number.
public func escortRateBreaks(_ client: Client) async throws -> [Double] {
    try await client.listsGetEscortRateBreaks().ok.body.json.map(\.hours)
}
