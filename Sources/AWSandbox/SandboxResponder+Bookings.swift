import AWConformance
import AWModels
import DataContractXML
import Foundation

/// The booking workflows of PhoneChat and Webcam on the in-memory bookings
/// (``SandboxBookings``): each write changes them (or answers the refusal: `400`
/// `{"Message": …}`, `404` for a booking the user does not have on that side), and the Details
/// endpoints show the change. Endpoints whose page shows no response (the CreateBooking pages,
/// Webcam's Details pages, PhoneChat/MadeBookings) still change or look up the bookings, and
/// answer `204` as every undocumented response does; CreateBooking adds the new ID in
/// ``SandboxBookings/createdIDHeader``.
extension SandboxResponder {
    /// The endpoints answered from the bookings.
    static let bookingEndpoints: Set<String> = [
        "PhoneChat/AcceptReceivedBooking", "PhoneChat/CreateBooking", "PhoneChat/CancelMadeBooking",
        "PhoneChat/RescheduleMadeBooking", "PhoneChat/DeleteReceivedBooking", "PhoneChat/MadeBookingDetails",
        "Webcam/CreateBooking", "Webcam/AcceptReceivedBooking", "Webcam/CancelMadeBooking", "Webcam/ConfirmMadeBooking",
        "Webcam/RescheduleMadeBooking", "Webcam/MadeBookingDetails", "Webcam/ReceivedBookingDetails",
    ]

    /// The answer of a booking endpoint, or `nil` for any other endpoint. The request has passed
    /// the schema's validation.
    func bookingAnswer(_ schema: EndpointSchema, body: Data, query: [String: String], format: ResponseFormat) async -> SandboxAnswer? {
        guard Self.bookingEndpoints.contains(schema.endpoint) else { return nil }
        let now = options.now()
        let zone = options.timeZone
        let model = { (value: any Encodable & Sendable) in SandboxAnswer(status: 200, body: .model(value, schema: schema)) }
        do throws(SandboxState.Refusal) {
            switch schema.endpoint {
            case "PhoneChat/AcceptReceivedBooking":
                let request = try decode(PhoneChat.AcceptReceivedBookingRequest.self, body)
                return model(try await state.accept(request.bookingID, credits: request.credits, now: now, timeZone: zone))
            case "PhoneChat/CreateBooking":
                let request = try decode(PhoneChat.CreateBookingRequest.self, body)
                let booking = try await state.change { bookings throws(SandboxState.Refusal) in try bookings.createPhoneChat(request, now: now, timeZone: zone) }
                return created(schema, id: booking.bookingID, format: format)
            case "PhoneChat/CancelMadeBooking":
                let request = try decode(PhoneChat.CancelMadeBookingRequest.self, body)
                let b = try await state.change { bookings throws(SandboxState.Refusal) in
                    try bookings.cancelMadePhoneChat(request.bookingID, reason: request.reason, now: now, timeZone: zone)
                }
                return model(PhoneChat.CancelMadeBooking(bookingID: b.bookingID, duration: b.duration, credits: b.credits, status: b.status, method: b.method))
            case "PhoneChat/RescheduleMadeBooking":
                let request = try decode(PhoneChat.RescheduleMadeBookingRequest.self, body)
                let b = try await state.change { bookings throws(SandboxState.Refusal) in
                    try bookings.rescheduleMadePhoneChat(request.bookingID, now: now, timeZone: zone)
                }
                return model(PhoneChat.RescheduleMadeBooking(bookingID: b.bookingID, duration: b.duration, credits: b.credits))
            case "PhoneChat/DeleteReceivedBooking":
                let request = try decode(PhoneChat.DeleteReceivedBookingRequest.self, body)
                let results = try await state.change { bookings throws(SandboxState.Refusal) in bookings.deleteReceivedPhoneChat(request.bookingIDs.values) }
                return model(results)
            case "PhoneChat/MadeBookingDetails":
                let id = try bookingID(query)
                let b = try await state.read { bookings throws(SandboxState.Refusal) in try bookings.madePhoneChat(id) }
                return model(
                    PhoneChat.MadeBookingDetails(
                        bookingID: b.bookingID, duration: b.duration, credits: b.credits, status: b.status,
                        method: PhoneChat.MadeBookingDetailsMethod(rawValue: b.method.rawValue)))
            case "Webcam/CreateBooking":
                let request = try decode(Webcam.CreateBookingRequest.self, body)
                let booking = try await state.change { bookings throws(SandboxState.Refusal) in try bookings.createWebcam(request, now: now, timeZone: zone) }
                return created(schema, id: booking.bookingID, format: format)
            case "Webcam/AcceptReceivedBooking":
                let request = try decode(Webcam.AcceptReceivedBookingRequest.self, body)
                let b = try await state.change { bookings throws(SandboxState.Refusal) in
                    try bookings.acceptReceivedWebcam(request.bookingID, credits: request.credits, now: now, timeZone: zone)
                }
                return model(
                    Webcam.AcceptReceivedBooking(
                        webcamBookingID: b.bookingID, duration: b.duration, credits: b.credits, status: b.status,
                        isMulitple: b.isMultiple, softwareTypeID: b.softwareTypeID))
            case "Webcam/CancelMadeBooking":
                let request = try decode(Webcam.CancelMadeBookingRequest.self, body)
                let b = try await state.change { bookings throws(SandboxState.Refusal) in
                    try bookings.cancelMadeWebcam(request.bookingID, reason: request.reason, now: now, timeZone: zone)
                }
                return model(
                    Webcam.CancelMadeBooking(
                        webcamBookingID: b.bookingID, duration: b.duration, credits: b.credits, status: b.status, isMulitple: b.isMultiple))
            case "Webcam/ConfirmMadeBooking":
                let request = try decode(Webcam.ConfirmMadeBookingRequest.self, body)
                let b = try await state.change { bookings throws(SandboxState.Refusal) in try bookings.confirmMadeWebcam(request.bookingID, now: now, timeZone: zone) }
                return model(
                    Webcam.ConfirmMadeBooking(
                        webcamBookingID: b.bookingID, duration: b.duration, credits: b.credits, status: b.status,
                        isMulitple: b.isMultiple, softwareTypeID: b.softwareTypeID))
            case "Webcam/RescheduleMadeBooking":
                let request = try decode(Webcam.RescheduleMadeBookingRequest.self, body)
                let b = try await state.change { bookings throws(SandboxState.Refusal) in try bookings.rescheduleMadeWebcam(request.bookingID, now: now, timeZone: zone) }
                return model(
                    Webcam.RescheduleMadeBooking(
                        webcamBookingID: b.bookingID, duration: b.duration, credits: b.credits, status: b.status,
                        isMulitple: b.isMultiple, softwareTypeID: b.softwareTypeID))
            case "Webcam/MadeBookingDetails":
                let id = try bookingID(query)
                _ = try await state.read { bookings throws(SandboxState.Refusal) in try bookings.madeWebcam(id) }
                return catalogAnswer(schema, format: format)
            case "Webcam/ReceivedBookingDetails":
                let id = try bookingID(query)
                _ = try await state.read { bookings throws(SandboxState.Refusal) in try bookings.receivedWebcam(id) }
                return catalogAnswer(schema, format: format)
            default:
                return nil
            }
        } catch {
            return .error(error.status, error.message)
        }
    }

    /// The `204` of an undocumented response, with the new booking's ID.
    private func created(_ schema: EndpointSchema, id: Int, format: ResponseFormat) -> SandboxAnswer {
        var answer = catalogAnswer(schema, format: format)
        answer.headers.append((SandboxBookings.createdIDHeader, String(id)))
        return answer
    }

    /// A request body as the endpoint's request type; the validator has checked it, so a failure
    /// here is a rule the type adds (a date's documented format).
    private func decode<T: Decodable>(_ type: T.Type, _ body: Data) throws(SandboxState.Refusal) -> T {
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch {
            throw .unmet("The request is invalid: \(error)")
        }
    }

    /// The `BookingID` query parameter (validated as an integer).
    private func bookingID(_ query: [String: String]) throws(SandboxState.Refusal) -> Int {
        let value = query.first { $0.key.caseInsensitiveCompare("BookingID") == .orderedSame }?.value
        guard let value, let id = Int(value) else { throw .unmet("The request is invalid: BookingID is required.") }
        return id
    }
}

extension SandboxBookings {
    /// The response header in which CreateBooking's `204` carries the new booking's ID (the
    /// pages show no response, so the stand-in adds it for plans and tests to follow up):
    /// `X-AWKit-BookingID`.
    public static let createdIDHeader = "X-AWKit-BookingID"
}
