// Code written against the client swift-openapi-generator makes from Docs/openapi.yaml: it
// compiles only while the document gives these operations, parameters and types.
import OpenAPIRuntime

/// Accepts a received PhoneChat booking (`POST /v1/PhoneChat/AcceptReceivedBooking`, a JSON
/// body) and returns the booking's status and credits from the JSON answer, or `nil` for an error
/// answer (the pages document none, so the client sees only its status code).
public func acceptReceivedBooking(_ client: Client, bookingID: Int32, credits: Double) async throws -> (status: String, credits: Double)? {
    let output = try await client.phoneChatAcceptReceivedBooking(body: .json(.init(bookingID: bookingID, credits: credits)))
    switch output {
    case .ok(let ok):
        let booking = try ok.body.json
        return (booking.status.rawValue, booking.credits)
    case .default:
        return nil
    }
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
