import AWSchema
import Foundation
import OpenAPIKit

/// Writes endpoint schemas as an OpenAPI document (OpenAPIKit), so OpenAPI tools — client
/// generators, validators, fuzzers, mock servers — can use what AWKit learnt from the pages.
///
/// Each endpoint is an operation at its method and path (`PhoneChat_AcceptReceivedBooking`), and
/// its Group-manager form another (`…_GroupManager`, with the extra parameters such as `UserID`).
/// Parameters travel in the query string or a JSON body as the page says, typed as documented
/// (`integer` → `int32`, `decimal` → `number`/`decimal`, DateTimes as strings in .NET's lexical
/// form, a format the prose gives as a pattern); bit-flag enums are not restricted to their
/// values. The success response has one JSON Schema for `application/json` and
/// `application/xml`, with `xml` objects for the DataContract side (root element, namespaces,
/// `ArrayOf…` wrappers). Where each fact came from (`table`, `prose`, `sample`, `default`) is in
/// `x-awkit-source`; a response the stored page does not show has no schema and says so
/// (`x-awkit-response: not-shown`).
///
/// ```swift
/// var options = OpenAPIExportOptions()
/// options.format = .yaml
/// let text = try OpenAPIExporter(options: options).export(BuiltInSchemas.load())
/// ```
///
/// The output is deterministic: the same schemas give the same bytes (keys sorted).
public struct OpenAPIExporter: Sendable {
    /// The version, format and document metadata.
    public var options: OpenAPIExportOptions

    /// An exporter with these options (default: OpenAPI 3.1, JSON).
    public init(options: OpenAPIExportOptions = OpenAPIExportOptions()) {
        self.options = options
    }

    /// The schemas as an OpenAPI 3.1 document, checked by OpenAPIKit's validation.
    ///
    /// - Parameter schemas: the endpoint schemas, in any order (operations are sorted by path).
    /// - Returns: the document; its `openapi` field is 3.1.0.
    /// - Throws: ``OpenAPIExportError`` `openapi.invalid-document` when OpenAPIKit refuses the
    ///   document (for example two endpoints whose IDs give the same operation ID).
    public func document(for schemas: [EndpointSchema]) throws(OpenAPIExportError) -> OpenAPI.Document {
        var components = OpenAPI.ComponentDictionary<JSONSchema>()
        var items: [String: OpenAPI.PathItem] = [:]
        for schema in schemas.sorted(by: { $0.endpoint < $1.endpoint }) {
            var forms: [(String, Form)] = [(schema.path, .regular)]
            if let path = schema.groupManagerPath { forms.append((path, .groupManager)) }
            for (path, form) in forms {
                guard let method = OpenAPI.HttpMethod(rawValue: schema.method.uppercased()) else {
                    throw OpenAPIExportError(code: .invalidDocument, message: "\(schema.endpoint): method \(schema.method) is not an HTTP method")
                }
                var item = items[path] ?? OpenAPI.PathItem()
                if item[method] != nil {
                    throw OpenAPIExportError(
                        code: .invalidDocument, message: "\(schema.endpoint): another endpoint already has \(method.rawValue) \(path)")
                }
                item.set(operation: operation(schema, form: form, components: &components), for: method)
                items[path] = item
            }
        }
        var paths = OpenAPI.PathItem.Map()
        for path in items.keys.sorted() {
            paths[OpenAPI.Path(rawValue: path)] = .b(items[path]!)
        }
        let groups = Set(schemas.map { String($0.endpoint.split(separator: "/").first ?? "") }).sorted()
        let document = OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: OpenAPI.Document.Info(title: options.title, description: Self.infoDescription(count: schemas.count), version: options.apiVersion),
            servers: [OpenAPI.Server(url: options.serverURL, description: "The API's sandbox, as the documentation's sample URLs name it")],
            paths: paths,
            components: OpenAPI.Components(schemas: components, securitySchemes: Self.securitySchemes()),
            tags: groups.map { OpenAPI.Tag(name: $0, description: "The API's \($0) group.") },
            vendorExtensions: ["x-awkit-endpoints": AnyCodable(schemas.count)])
        do {
            try document.validate()
        } catch {
            throw OpenAPIExportError(code: .invalidDocument, message: "OpenAPIKit refuses the document: \(error)")
        }
        return document
    }

    /// The schemas as an OpenAPI document's text, in ``options``' version and format.
    ///
    /// - Parameter schemas: the endpoint schemas, in any order.
    /// - Returns: UTF-8 JSON or YAML ending in a line break; the same schemas give the same bytes.
    /// - Throws: ``OpenAPIExportError``: `openapi.invalid-document` (see ``document(for:)``),
    ///   `openapi.encoding-failed` when it cannot be encoded (or, for OpenAPI 3.0, read back by
    ///   OpenAPIKit as a 3.0 document).
    public func export(_ schemas: [EndpointSchema]) throws(OpenAPIExportError) -> Data {
        let document = try document(for: schemas)
        switch options.version {
        case .v3_1: return try Self.encode(document, format: options.format)
        case .v3_0: return try Self.version30Text(of: document, format: options.format)
        }
    }

    /// `info.description`: what the document is and how to read its extensions.
    static func infoDescription(count: Int) -> String {
        """
        The \(count) endpoints AWKit's schemas describe, made by `awkit export openapi` from the API's documentation pages. \
        Each fact says where it came from in `x-awkit-source`: `table` (a property table), `prose` (a description), \
        `sample` (only a JSON or XML sample shows it) or `default` (the page says nothing; not required, not nullable). \
        Every answer is JSON (Json.NET) or DataContract XML, chosen by `Accept`; the `xml` objects describe the XML side. \
        A null is JSON `null` and, in XML, an empty element with `i:nil="true"` (`xmlns:i="\(xmlSchemaInstanceNamespace)"`), \
        marked `x-awkit-xml-nil`. DateTimes carry no offset unless one is written (.NET's Unspecified kind): they are \
        strings with a pattern, not RFC 3339 `date-time`. Decimals are exact: `8` in JSON is `8.0000` in XML. \
        A response the stored page does not show has no schema (`x-awkit-response: not-shown`).
        """
    }
}
