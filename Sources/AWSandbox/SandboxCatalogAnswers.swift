import AWConformance
import AWModels
import DataContractXML
import Foundation

/// The answer of every endpoint that has no in-memory state, made once when the server starts.
///
/// - **JSON**: the page's JSON response sample as published when it has one, else a body made
///   up from the schema (``SandboxValueGenerator``), written with the documented members in the
///   page's order, as Json.NET writes a class's members in declaration order (`jsonText`).
/// - **XML**: the page's XML response sample when it is well-formed, else that JSON decoded
///   into the endpoint's generated model and written by
///   `DataContractEncoder` (the model's contract gives the root and item names, namespaces,
///   member order and `i:nil`), decimals at scale 4 (`8.0000`); an endpoint without a model (a
///   `--schemas` page) and without such a sample answers XML requests `406`.
/// - **empty** (the page says the operation returns no model): `200` with no body.
/// - **undocumented** (the stored page does not show the response): `204 No Content` with an
///   `X-AWKit-Undocumented-Response` header saying so; the stand-in does not invent a body the
///   docs do not promise.
struct SandboxCatalogAnswers: Sendable {
    /// One endpoint's answer.
    enum Body: Sendable, Equatable {
        /// A document; `xml` is `nil` when no XML can be written, and `xmlProblem` says why.
        case document(json: Data, xml: Data?, xmlProblem: String?)
        /// No body.
        case empty
        /// The page does not show the response.
        case undocumented
        /// The stand-in could not make an answer (a sample that does not decode, say).
        case failed(String)
    }

    /// The header an undocumented answer carries.
    static let undocumentedHeader = "X-AWKit-Undocumented-Response"

    private let bodies: [String: Body]

    /// The answers of these schemas, made up with `generator` where a page has no sample.
    init(schemas: [String: EndpointSchema], generator: SandboxValueGenerator) {
        var bodies: [String: Body] = [:]
        for (id, schema) in schemas { bodies[id] = Self.body(for: schema, generator: generator) }
        self.bodies = bodies
    }

    /// The answer of an endpoint.
    subscript(endpoint: String) -> Body {
        bodies[endpoint] ?? .failed("the stand-in has no answer for \(endpoint)")
    }

    static func body(for schema: EndpointSchema, generator: SandboxValueGenerator) -> Body {
        switch schema.shape {
        case .empty?: return .empty
        case nil: return .undocumented
        default: break
        }
        let json: Data
        if let sample = schema.responseJSONSample {
            json = Data(sample.utf8)
        } else if let value = generator.response(for: schema) {
            json = Data(value.jsonText.utf8)
        } else {
            return .undocumented
        }
        // The published XML sample when it is well-formed (it names the root as the server
        // does: `<int>` for GetCurrentCreditBalance, whose page documents a decimal).
        if let sample = schema.responseXMLSample.map({ Data($0.utf8) }), (try? XMLTree.parse(sample)) != nil {
            return .document(json: json, xml: sample, xmlProblem: nil)
        }
        guard let endpoint = Endpoint.named(schema.endpoint) else {
            return .document(
                json: json, xml: nil,
                xmlProblem: "AWKit has no model of \(schema.endpoint) to write its XML with, and its page has no well-formed XML sample")
        }
        do {
            let model = try endpoint.decodeResponse(json, format: .json)
            let xml = try SandboxAnswer.xmlEncoder().encode(model)
            return .document(json: json, xml: Data(xml), xmlProblem: nil)
        } catch {
            return .document(
                json: json, xml: nil,
                xmlProblem: "the JSON answer of \(schema.endpoint) does not decode into its model, so no XML can be written from it: \(error)")
        }
    }
}
