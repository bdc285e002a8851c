import AWSchema
import Foundation
import OpenAPIKit

/// The error answers an operation can get, with Web API's error body (`HttpError`):
/// `{"Message": "…", "ModelState": {"request.Name": ["…"]}}` in JSON, `<Error><Message>…` in XML.
/// The pages document no error answers; these are the ones Web API gives by its rules (model
/// validation, authorization, an unknown record) and `awkit mock` answers.
extension OpenAPIExporter {
    /// The component name of Web API's error body.
    static let errorComponent = "WebAPIError"

    /// The error body's schema.
    static var errorSchema: JSONSchema {
        .object(
            description: "Web API's error answer (System.Web.Http.HttpError): a message and, for a request that fails model validation, the problems per parameter (`request.Name`).",
            properties: [
                "Message": .string(description: "What went wrong."),
                "ModelState": .object(
                    required: false,
                    description: "The problems of each request parameter, keyed `request.Name` (JSON only: Web API's XML error leaves it out).",
                    additionalProperties: .init(.array(items: .string))),
            ],
            xml: OpenAPI.XML(name: "Error"))
    }

    /// `400`, `401`, `403` and `404`, where the operation can get them:
    /// - `400` when it has parameters or a body (model validation), or prerequisites;
    /// - `401` when it asks for a credential (an access token or API key, or either where the
    ///   page does not say);
    /// - `403` when the page names scopes and the credential is an access token;
    /// - `404` when the request names a booking (`BookingID`), which the user may not have.
    func errorResponses(_ schema: EndpointSchema, components: inout OpenAPI.ComponentDictionary<JSONSchema>) -> [(OpenAPI.Response.StatusCode, OpenAPI.Response)] {
        components[.init(stringLiteral: Self.errorComponent)] = Self.errorSchema
        let body = JSONSchema.reference(.component(named: Self.errorComponent))
        func response(_ description: String) -> OpenAPI.Response {
            OpenAPI.Response(
                description: description,
                content: [.json: .b(OpenAPI.Content(schema: body)), .xml: .b(OpenAPI.Content(schema: body))],
                vendorExtensions: ["x-awkit-response": AnyCodable("web-api-rule")])
        }
        var answers: [(OpenAPI.Response.StatusCode, OpenAPI.Response)] = []
        let takesBody = schema.parameterPassing == .jsonBody || (schema.parameterPassing == .unspecified && schema.method != "GET")
        if !schema.request.isEmpty || takesBody || !schema.prerequisites.isEmpty {
            answers.append((
                .status(code: 400),
                response("The request is invalid: a parameter is missing, null where it cannot be, or not of its documented type, format or values (`ModelState` says which), or a prerequisite the page states does not hold.")))
        }
        let authentication = schema.authentication?.value ?? .unspecified
        answers.append((
            .status(code: 401),
            response("Authorization has been denied for this request: the credential is missing or not one the API knows.")))
        if !schema.scopes.isEmpty, authentication != .apiKey {
            answers.append((
                .status(code: 403),
                response("The access token does not grant the scope the operation needs (`WWW-Authenticate: Bearer error=\"insufficient_scope\"`).")))
        }
        if schema.request.contains(where: { $0.name.caseInsensitiveCompare("BookingID") == .orderedSame }) {
            answers.append((.status(code: 404), response("The user has no such booking (on this side of it).")))
        }
        return answers
    }
}
