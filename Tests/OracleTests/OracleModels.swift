import AWModels
import DataContractXML
import Foundation

/// One model the oracle covers: the Swift type and the name of its C# mirror
/// (`[OracleModel("…")]` in `Oracle/Models/`). Adding a model is one C# class file and one entry
/// in ``OracleModels/all``.
struct OracleModel: Sendable, CustomStringConvertible {
    let name: String
    /// Decodes one document with AWKit as a user would (`ResponseDecoder`), into canonical values.
    let decode: @Sendable (_ bytes: [UInt8], _ format: OracleWriter) throws -> [String: String]
    /// Decodes one document, then writes it again with AWKit: `DataContractEncoder` for the XML
    /// writers, Foundation's `JSONEncoder` (as the stand-in does) for JSON.
    let reencode: @Sendable (_ bytes: [UInt8], _ format: OracleWriter) throws -> (values: [String: String], document: [UInt8])

    var description: String { name }

    init<Model: Codable & DataContractDescribing>(_ type: Model.Type, name: String) {
        self.name = name
        @Sendable func model(_ bytes: [UInt8], _ format: OracleWriter) throws -> Model {
            try ResponseDecoder().decode(Model.self, from: Data(bytes), contentType: format.contentType)
        }
        decode = { bytes, format in try CanonicalValues.of(model(bytes, format)) }
        reencode = { bytes, format in
            let value = try model(bytes, format)
            let document: [UInt8] =
                format == .json ? Array(try JSONEncoder().encode(value)) : try DataContractEncoder().encode(value)
            return (try CanonicalValues.of(value), document)
        }
    }
}

/// The oracle's three writers.
enum OracleWriter: String, CaseIterable, Sendable {
    /// `XmlWriter.Create` as ASP.NET Web API sets it up (`CheckCharacters = false`,
    /// `OmitXmlDeclaration = true`, UTF-8 without BOM, CRLF new lines).
    case web
    /// `XmlDictionaryWriter.CreateTextWriter` (WCF's writer).
    case dict
    /// Json.NET at Web API's defaults.
    case json

    var contentType: String { self == .json ? "application/json; charset=utf-8" : "application/xml; charset=utf-8" }
}

enum OracleModels {
    /// Every model of the catalog the oracle mirrors.
    static let all: [OracleModel] = [
        OracleModel(PhoneChat.ReceivedBooking.self, name: "PhoneChat.ReceivedBooking"),
        OracleModel(PhoneChat.BookingUser.self, name: "PhoneChat.BookingUser"),
    ]
}
