import AWConformance
import AWModels
import DataContractXML
import Foundation

/// An answer before faults and encoding to HTTP: a status and either a model, an error message,
/// or bytes already in their format.
struct SandboxAnswer {
    enum Body {
        /// A model, encoded as JSON (Codable; with a schema, its members in the documented order,
        /// as Json.NET writes them) or DataContract XML.
        case model(any Encodable & Sendable, schema: EndpointSchema?)
        /// Web API's `HttpError`: `{"Message": …}` (plus `ModelState`), or `<Error><Message>…`.
        case error(message: String, modelState: [String: [String]]?)
        /// Bytes per format (a sample served as published).
        case raw(json: Data?, xml: Data?)
        /// No body.
        case empty
    }

    var status: Int
    var body: Body
    var headers: [(String, String)] = []

    static func error(_ status: Int, _ message: String, modelState: [String: [String]]? = nil) -> SandboxAnswer {
        SandboxAnswer(status: status, body: .error(message: message, modelState: modelState))
    }

    /// The body bytes in `format`.
    func encoded(as format: ResponseFormat) throws -> Data {
        switch body {
        case .empty:
            return Data()
        case .raw(let json, let xml):
            return (format == .json ? json : xml) ?? Data()
        case .model(let model, let schema):
            switch format {
            case .json:
                let data = try JSONEncoder().encode(model)
                guard let schema else { return data }
                return Data(try SchemaDecoder().decode(data, format: .json, schema: schema).jsonText.utf8)
            case .xml:
                return Data(try Self.xmlEncoder().encode(model))
            }
        case .error(let message, let modelState):
            switch format {
            case .json:
                var text = "{\"Message\":\(Self.jsonString(message))"
                if let modelState {
                    let members = modelState.keys.sorted().map { key in
                        "\(Self.jsonString(key)):[" + modelState[key]!.map(Self.jsonString).joined(separator: ",") + "]"
                    }
                    text += ",\"ModelState\":{" + members.joined(separator: ",") + "}"
                }
                return Data((text + "}").utf8)
            case .xml:
                // Web API's HttpError as DataContractSerializer writes it (ModelState left out).
                return Data("<Error><Message>\(Self.xmlEscape(message))</Message></Error>".utf8)
            }
        }
    }

    /// The stand-in's DataContract encoder: decimal scale 4 (8 → `8.0000`), as the API writes
    /// credits.
    static func xmlEncoder() -> DataContractEncoder {
        var options = DataContractEncoder.Options()
        options.decimalScale = 4
        return DataContractEncoder(options: options)
    }

    /// A JSON string literal, `/` unescaped as Json.NET writes it.
    static func jsonString(_ s: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(s)) ?? Data("\"\"".utf8), as: UTF8.self)
    }

    static func xmlEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
