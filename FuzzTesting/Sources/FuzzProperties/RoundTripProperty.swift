import AWModels
import DataContractXML
import Foundation

/// Target 5, `FuzzRoundTrip`: values built from the input (a ``FuzzRecord`` of every value
/// kind, or a `PhoneChat.ReceivedBooking`) → `DataContractEncoder` → `DataContractDecoder`.
///
/// The first byte picks the type (bit 0), the encoder's indentation (bits 1–2: none, two
/// spaces, a tab), `nil` members omitted (bit 3), `<X/>` without the space (bit 4), a decimal
/// scale of 0, 4 or 28 (bits 5–6), and strict namespaces for the decoder (bit 7).
///
/// Property: the decoder gives back the same values, or the encoder refuses with one of its
/// documented value errors (`encode.forbidden-character`, `encode.invalid-value`).
public enum RoundTripProperty: FuzzProperty {
    public static let name = "FuzzRoundTrip"

    public static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        var input = FuzzInput(bytes)
        let choice = input.byte()
        var options = DataContractEncoder.Options()
        options.indentation = [nil, "  ", "\t", nil][Int(choice >> 1) & 3]
        options.nilMembers = choice & 8 != 0 ? .omit : .writeNil
        options.spaceBeforeSelfClosingSlash = choice & 16 == 0
        options.decimalScale = [nil, 0, 4, 28][Int(choice >> 5) & 3]
        var decoderOptions = DataContractDecoder.Options()
        decoderOptions.strictNamespaces = choice & 128 != 0
        let encoder = DataContractEncoder(options: options)
        let decoder = DataContractDecoder(options: decoderOptions)
        if choice & 1 == 0 {
            try roundTrip(FuzzRecord(&input), encoder, decoder)
        } else {
            try roundTrip(booking(&input), encoder, decoder)
        }
    }

    static func roundTrip<T: Codable & Equatable>(
        _ value: T, _ encoder: DataContractEncoder, _ decoder: DataContractDecoder
    ) throws(PropertyViolation) {
        let document: [UInt8]
        do {
            document = try encoder.encode(value)
        } catch let error as DataContractEncodingError {
            try require(
                error.code == .forbiddenCharacter || error.code == .invalidValue, name,
                "the encoder refused \(value) with \(error.code): \(error)")
            return
        } catch {
            throw PropertyViolation(name, "the encoder threw an undocumented error: \(type(of: error)): \(error)")
        }
        let text = String(decoding: document, as: UTF8.self)
        let decoded: T
        do {
            decoded = try decoder.decode(T.self, from: document)
        } catch {
            throw PropertyViolation(name, "the decoder refused what the encoder wrote: \(error)\n\(text)")
        }
        try require(decoded == value, name, "round trip changed the value:\n\(value)\n\(decoded)\n\(text)")
    }

    static func booking(_ input: inout FuzzInput) -> PhoneChat.ReceivedBooking {
        func optional(_ input: inout FuzzInput) -> String? { input.bool() ? input.string() : nil }
        func date(_ input: inout FuzzInput) -> DateTime { FuzzRecord.dateTime(&input) }
        func int(_ input: inout FuzzInput) -> Int { Int(truncatingIfNeeded: input.integer(bytes: 4)) }
        return PhoneChat.ReceivedBooking(
            bookingID: int(&input), duration: int(&input), credits: FuzzRecord.decimal(&input),
            status: .init(rawValue: input.string()), method: .init(rawValue: Int(Int8(truncatingIfNeeded: input.byte()))),
            phoneNumber: optional(&input), skypeName: optional(&input),
            createDate: date(&input), sessionDate: date(&input), acceptBy: date(&input),
            acceptedDate: input.bool() ? date(&input) : nil, confirmedDate: input.bool() ? date(&input) : nil,
            cancelledDate: input.bool() ? date(&input) : nil, cancelledReason: optional(&input),
            cancelledBy: optional(&input), rejectedReason: optional(&input), lastUpdated: date(&input),
            comments: optional(&input), actionCandidate: optional(&input),
            client: .init(
                userID: int(&input), nickname: input.string(), phoneNumber: optional(&input),
                skypeName: optional(&input), total: int(&input), positive: int(&input), neutral: int(&input),
                negative: int(&input), ratings: int(&input), disputes: int(&input)))
    }
}
