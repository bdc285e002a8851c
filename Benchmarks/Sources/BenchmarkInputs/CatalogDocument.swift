import AWConformance
import AWModels
import AWSandbox
import DataContractXML
import Foundation

/// One catalog endpoint's successful answer in both formats, as `awkit mock` serves it, with
/// the decoding of each through the endpoint's generated model.
///
/// - **JSON**: the page's JSON response sample when it decodes into the model, else the body
///   `SandboxValueGenerator` makes up from the schema (seed ``BenchmarkInputs/catalogSeed``,
///   the stand-in's default).
/// - **XML**: the page's XML response sample when it decodes into the model, else that JSON's
///   value written by `DataContractEncoder` (decimals at scale 4, as the server writes them).
public struct CatalogDocument: Sendable {
    /// The endpoint (`GeneratedEndpoints.all`).
    public let endpoint: Endpoint
    /// The JSON body.
    public let json: Data
    /// The XML body.
    public let xml: Data
    /// Where each body came from: `sample` (the page's) or `generated`.
    public let jsonSource: String
    public let xmlSource: String

    private let decodeResponse: @Sendable (ResponseDecoder, Data, ResponseFormat) throws -> Void
    private let decodeBareJSON: @Sendable (JSONDecoder, Data) throws -> Void
    private let decodeDataContract: @Sendable (DataContractDecoder, Data) throws -> Void

    /// Decodes ``json`` or ``xml`` with `decoder` into the endpoint's model (`format` picks
    /// which), as `ResponseDecoder.decode(_:from:format:)` does for an app.
    public func decode(_ format: ResponseFormat, with decoder: ResponseDecoder) throws {
        try decodeResponse(decoder, format == .json ? json : xml, format)
    }

    /// Decodes ``json`` with a bare Foundation `JSONDecoder` into the endpoint's model.
    public func decodeJSON(with decoder: JSONDecoder) throws {
        try decodeBareJSON(decoder, json)
    }

    /// Decodes ``xml`` with `decoder` (one kept by the caller, so its session is reused) into
    /// the endpoint's model.
    public func decodeXML(with decoder: DataContractDecoder) throws {
        try decodeDataContract(decoder, xml)
    }

    /// The document of `endpoint`, or why there is none (no body documented, a sample or a made-up
    /// value that does not decode).
    static func make(
        _ endpoint: Endpoint, schema: EndpointSchema, generator: SandboxValueGenerator
    ) -> Result<CatalogDocument, CatalogDocumentProblem> {
        make(endpoint.responseType, endpoint: endpoint, schema: schema, generator: generator)
    }

    private static func make<Model: Codable & Sendable>(
        _ type: Model.Type, endpoint: Endpoint, schema: EndpointSchema, generator: SandboxValueGenerator
    ) -> Result<CatalogDocument, CatalogDocumentProblem> {
        if Model.self == EmptyResponse.self || Model.self == UndocumentedResponse.self {
            return .failure(CatalogDocumentProblem(endpoint: endpoint.id, reason: "no body documented"))
        }
        let decoder = ResponseDecoder()
        func model(_ data: Data, _ format: ResponseFormat) -> Model? {
            try? decoder.decode(Model.self, from: data, format: format)
        }
        var json = schema.responseJSONSample.map { Data($0.utf8) }
        var jsonSource = "sample"
        if json.flatMap({ model($0, .json) }) == nil {
            jsonSource = "generated"
            json = generator.response(for: schema).flatMap { try? JSONEncoder().encode($0) }
        }
        guard let json, let value = model(json, .json) else {
            return .failure(CatalogDocumentProblem(endpoint: endpoint.id, reason: "no JSON body decodes into \(Model.self)"))
        }
        var xml = schema.responseXMLSample.map { Data($0.utf8) }
        var xmlSource = "sample"
        if xml.flatMap({ model($0, .xml) }) == nil {
            xmlSource = "generated"
            xml = try? Data(BenchmarkInputs.xmlEncoder.encode(value))
        }
        guard let xml, model(xml, .xml) != nil else {
            return .failure(CatalogDocumentProblem(endpoint: endpoint.id, reason: "no XML body decodes into \(Model.self)"))
        }
        return .success(
            CatalogDocument(
                endpoint: endpoint, json: json, xml: xml, jsonSource: jsonSource, xmlSource: xmlSource,
                decodeResponse: { decoder, data, format in consume(try decoder.decode(Model.self, from: data, format: format)) },
                decodeBareJSON: { decoder, data in consume(try decoder.decode(Model.self, from: data)) },
                decodeDataContract: { decoder, data in consume(try decoder.decode(Model.self, from: data)) }))
    }
}

/// Why a catalog endpoint has no ``CatalogDocument``.
public struct CatalogDocumentProblem: Error, Sendable, CustomStringConvertible {
    /// The endpoint's ID (`Group/Operation`).
    public let endpoint: String
    /// What is missing.
    public let reason: String

    public var description: String { "\(endpoint): \(reason)" }
}

/// Keeps a decoded value alive past the optimiser without boxing it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

extension BenchmarkInputs {
    /// The seed of the made-up answers: the stand-in's default (`SandboxOptions.seed`).
    public static let catalogSeed: UInt64 = 1

    /// Every endpoint of the built-in catalog that answers with a body, in ID order, and the
    /// endpoints left out with the reason.
    public static func catalogDocuments() throws -> (documents: [CatalogDocument], missing: [CatalogDocumentProblem]) {
        let catalog = try SchemaCatalog.builtIn()
        let generator = SandboxValueGenerator(seed: catalogSeed)
        var documents: [CatalogDocument] = []
        var missing: [CatalogDocumentProblem] = []
        for endpoint in Endpoint.all.sorted(by: { $0.id < $1.id }) {
            guard let schema = catalog[endpoint.id] else {
                missing.append(CatalogDocumentProblem(endpoint: endpoint.id, reason: "no schema in the built-in catalog"))
                continue
            }
            switch CatalogDocument.make(endpoint, schema: schema, generator: generator) {
            case .success(let document): documents.append(document)
            case .failure(let problem): missing.append(problem)
            }
        }
        return (documents, missing)
    }
}
