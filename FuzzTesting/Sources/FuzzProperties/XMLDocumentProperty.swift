import AWModels
import DataContractXML
import Foundation
import Synchronization

/// Target 1, `FuzzXMLDocument`: a whole DataContract XML document (after one byte that picks
/// the decoder options, ``DecoderOptionsChoice``) decoded as `PhoneChat.ReceivedBooking`, as
/// ``AnyElement`` and as a list of optional ``AnyElement``.
///
/// Properties:
/// - every error is a `DataContractXMLError` or a `DecodingError`;
/// - an error in reading the bytes (not a `datacontract.` one) is the same, code and position,
///   whichever type is decoded;
/// - positions stand inside the document: line at most one more than its line breaks;
/// - a `DecodingError`'s description starts with `line L, column C:` (as documented);
/// - a decoder kept from input to input (one per options byte, so its libxml2 context, name
///   dictionary, pointer cache and tables live on from every earlier document, well-formed or
///   not) gives exactly what a new decoder gives;
/// - the list read item by item (`Options.itemByItemListBytes` 0) gives exactly what reading it
///   whole gives, value or error.
public enum XMLDocumentProperty: FuzzProperty {
    public static let name = "FuzzXMLDocument"

    /// The decoders kept across inputs, by options byte.
    private static let keptDecoders = Mutex<[UInt8: DataContractDecoder]>([:])

    public static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        var input = FuzzInput(bytes)
        let optionsByte = input.byte()
        let decoder = DataContractDecoder(options: DecoderOptionsChoice.options(optionsByte))
        let document = input.rest()

        let booking = try DecodeOutcome.of(name) { try decoder.decode(PhoneChat.ReceivedBooking.self, from: document) }
        let kept = keptDecoders.withLock { decoders in
            if let kept = decoders[optionsByte] { return kept }
            let made = DataContractDecoder(options: DecoderOptionsChoice.options(optionsByte))
            decoders[optionsByte] = made
            return made
        }
        let again = try DecodeOutcome.of(name) { try kept.decode(PhoneChat.ReceivedBooking.self, from: document) }
        try require(
            again == booking, name,
            "a decoder kept from earlier documents gave \(again) where a new decoder gave \(booking)")
        let element = try DecodeOutcome.of(name) { try decoder.decode(AnyElement.self, from: document) }
        let list = try DecodeOutcome.of(name) { try decoder.decode([AnyElement?].self, from: document) }
        var itemByItemOptions = DecoderOptionsChoice.options(optionsByte)
        itemByItemOptions.itemByItemListBytes = 0
        let itemByItem = try DecodeOutcome.of(name) {
            try DataContractDecoder(options: itemByItemOptions).decode([AnyElement?].self, from: document)
        }
        try require(
            itemByItem == list, name, "the list read item by item gave \(itemByItem) where read whole it gave \(list)")

        let parseErrors = [booking.parseError, element.parseError, list.parseError]
        if let first = parseErrors.compactMap({ $0 }).first {
            for (label, error) in zip(["ReceivedBooking", "AnyElement", "[AnyElement?]"], parseErrors) {
                try require(
                    error?.verdict == first.verdict, name,
                    "reading the bytes failed with \(first.verdict) for one type but gave \(error?.verdict ?? "no such error") for \(label)")
            }
        }
        let lines = 1 + document.count { $0 == 0x0A || $0 == 0x0D }
        for outcome in [booking.erased, element.erased, list.erased] {
            switch outcome {
            case .xml(let error):
                try require(
                    error.line >= 0 && error.column >= 0 && error.line <= lines, name,
                    "\(error.verdict) is outside a document of \(lines) lines: \(error)")
            case .decoding(let description):
                try require(
                    description.contains(": line "), name, "a DecodingError without its position: \(description)")
            case .value:
                break
            }
        }
    }
}

extension DecodeOutcome {
    /// The outcome without its value (to compare outcomes of different types).
    var erased: DecodeOutcome<Bool> {
        switch self {
        case .value: .value(true)
        case .xml(let error): .xml(error)
        case .decoding(let description): .decoding(description)
        }
    }
}
