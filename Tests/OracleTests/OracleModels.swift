import AWModels
import DataContractXML
import Foundation

/// One model the oracle covers: the Swift type and the name of its C# mirror
/// (`[OracleModel("…")]` in `Oracle/Models/Generated/`).
struct OracleModel: Sendable, CustomStringConvertible {
    let name: String
    /// Decodes one document with AWKit as a user would (`ResponseDecoder`), into canonical values.
    let decode: @Sendable (_ bytes: [UInt8], _ format: OracleWriter) throws -> [String: String]
    /// Decodes one document, then writes it again with AWKit: `DataContractEncoder` for the XML
    /// writers, Foundation's `JSONEncoder` (as the stand-in does) for JSON.
    let reencode: @Sendable (_ bytes: [UInt8], _ format: OracleWriter) throws -> (values: [String: String], document: [UInt8])

    var description: String { name }

    /// Foundation's encoder with the strings Json.NET writes and reads for non-finite numbers
    /// (`"NaN"`, `"Infinity"`, `"-Infinity"`), the counterpart of `ResponseDecoder`'s strategy.
    static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    /// - Parameter type: the model; its name is the Swift name without the module
    ///   (`PhoneChat.ReceivedBooking`), as `[OracleModel("…")]` names the C# mirror.
    /// - Parameter name: the `[OracleModel("…")]` name when it is not the Swift name (the
    ///   features of ``OracleFeatures``).
    init<Model: Codable & DataContractDescribing & Sendable>(_ type: Model.Type, name: String? = nil) {
        let reflected = String(reflecting: type)
        self.name = name ?? (reflected.hasPrefix("AWModels.") ? String(reflected.dropFirst("AWModels.".count)) : reflected)
        @Sendable func model(_ bytes: [UInt8], _ format: OracleWriter) throws -> Model {
            try ResponseDecoder().decode(Model.self, from: Data(bytes), contentType: format.contentType)
        }
        decode = { bytes, format in try CanonicalValues.of(model(bytes, format)) }
        reencode = { bytes, format in
            let value = try model(bytes, format)
            let document: [UInt8] =
                format == .json ? Array(try OracleModel.jsonEncoder.encode(value)) : try DataContractEncoder().encode(value)
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
    /// Every model the API answers with: the response type of each endpoint of the catalog
    /// (`GeneratedEndpoints.all`), the item type of a list answer, each once, by name. Nested types
    /// (`PhoneChat.BookingUser`) are covered inside their answers. Adding a page adds its models
    /// here with no edit; their C# mirrors come from `awkit generate --language csharp`
    /// (`Oracle/Models/Generated`).
    static let all: [OracleModel] = {
        var seen: Set<String> = []
        var models: [OracleModel] = []
        for endpoint in GeneratedEndpoints.all {
            var type: Any.Type = endpoint.responseType
            if let list = type as? any OracleListType.Type { type = list.elementType }
            guard let model = type as? any (Codable & DataContractDescribing & Sendable).Type else { continue }
            let oracleModel = OracleModel(model)
            if seen.insert(oracleModel.name).inserted { models.append(oracleModel) }
        }
        return models.sorted { $0.name < $1.name }
    }()

    /// The catalog's models and the DataContract features (``OracleFeatures/all``): what every
    /// oracle test runs on.
    static let withFeatures: [OracleModel] = all + OracleFeatures.all

    /// The answers that are not a model: a bare scalar, an empty or an undocumented answer.
    static let notModels: [String] = GeneratedEndpoints.all.compactMap { endpoint in
        var type: Any.Type = endpoint.responseType
        if let list = type as? any OracleListType.Type { type = list.elementType }
        return type is any (Codable & DataContractDescribing).Type ? nil : "\(endpoint.id): \(endpoint.responseType)"
    }
}

/// A list answer (`[Lists.RateBreaks]`): its item type is the model.
protocol OracleListType {
    static var elementType: Any.Type { get }
}

extension Array: OracleListType {
    static var elementType: Any.Type { Element.self }
}
