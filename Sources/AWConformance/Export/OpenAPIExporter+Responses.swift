import AWSchema
import Foundation
import OpenAPIKit

/// Responses: the documented success answer in JSON and DataContract XML, or what the page does
/// not show, and an undocumented error answer.
extension OpenAPIExporter {
    /// The value of `x-awkit-response` on a success response: how much of it the page shows.
    enum ResponseKnowledge: String {
        /// A schema from the page's table or sample.
        case documented
        /// The page says there is no body.
        case empty
        /// The stored page does not show the response: no schema is given.
        case notShown = "not-shown"
    }

    /// `200` and `default` for an endpoint.
    func responses(_ schema: EndpointSchema, components: inout OpenAPI.ComponentDictionary<JSONSchema>) -> OpenAPI.Response.Map {
        var map: OpenAPI.Response.Map = [.status(code: 200): .b(successResponse(schema, components: &components))]
        for (status, response) in errorResponses(schema, components: &components) { map[status] = .b(response) }
        map[.default] = .b(OpenAPI.Response(
                description: "Another answer (a server error, 429 or 503). The documentation pages describe no error answers (status codes or bodies), so none is given here.",
                vendorExtensions: ["x-awkit-response": AnyCodable(ResponseKnowledge.notShown.rawValue)]))
        return map
    }

    /// The success response: its shape's schema for `application/json` and `application/xml`,
    /// the page's samples as examples; without a body, or without a schema when the page does
    /// not show it.
    func successResponse(_ schema: EndpointSchema, components: inout OpenAPI.ComponentDictionary<JSONSchema>) -> OpenAPI.Response {
        var extensions: [String: AnyCodable] = [:]
        if let shape = schema.responseShape {
            extensions["x-awkit-source"] = AnyCodable(["shape": shape.source.rawValue])
        }
        guard let shape = schema.shape else {
            extensions["x-awkit-response"] = AnyCodable(ResponseKnowledge.notShown.rawValue)
            return OpenAPI.Response(
                description: "Success. The stored documentation page does not show the response (its copy ends before it), so its body is not described.",
                vendorExtensions: extensions)
        }
        let use = PropertyUse(forXML: true)
        let xml = schema.xml
        var rules: [String: String] = [:]
        let body: JSONSchema
        let what: String
        switch shape {
        case .empty:
            extensions["x-awkit-response"] = AnyCodable(ResponseKnowledge.empty.rawValue)
            return OpenAPI.Response(
                description: "Success, with no body (the page: this operation has no response model).",
                vendorExtensions: extensions)
        case .object:
            guard let root = schema.response else {
                extensions["x-awkit-response"] = AnyCodable(ResponseKnowledge.notShown.rawValue)
                return OpenAPI.Response(
                    description: "Success: an object, whose properties the stored page does not show.",
                    vendorExtensions: extensions)
            }
            var facts = Facts()
            facts.xml = rootXML(name: xml?.rootName ?? root.name, namespace: xml?.rootNamespace, rules: &rules, rootKnown: xml != nil)
            let name = Self.componentName(schema, type: root.name)
            components[.init(stringLiteral: name)] = objectSchema(root, facts: facts, endpoint: schema, use: use, visiting: [])
            body = .reference(.component(named: name))
            what = "an aws:\(root.name) object"
        case .array(let element):
            var itemFacts = Facts()
            let items: JSONSchema
            let itemName: String
            if case .object(let name) = element, let item = schema.objectType(named: name) {
                itemName = xml?.itemName ?? item.name
                if xml?.itemName == nil { rules["itemName"] = "the item element is named by its contract name, taken to be the page's aws: name" }
                itemFacts.xml = OpenAPI.XML(name: itemName, namespace: xml?.itemNamespace.flatMap { URL(string: $0) })
                let component = Self.componentName(schema, type: item.name)
                components[.init(stringLiteral: component)] = objectSchema(item, facts: itemFacts, endpoint: schema, use: use, visiting: [])
                items = .reference(.component(named: component))
            } else {
                itemName = xml?.itemName ?? Self.contractName(element)
                itemFacts.xml = OpenAPI.XML(name: itemName, namespace: URL(string: xml?.itemNamespace ?? Self.arraysNamespace))
                items = valueSchema(element, facts: itemFacts, endpoint: schema, use: use, visiting: [])
            }
            let wrapper = rootXML(name: xml?.rootName ?? "ArrayOf\(itemName)", namespace: xml?.rootNamespace, rules: &rules, rootKnown: xml != nil)
            body = .array(items: items, xml: OpenAPI.XML(name: wrapper.name, namespace: wrapper.namespace, wrapped: true))
            what = "a list of \(element) (XML: \(wrapper.name ?? "ArrayOf…") with one element per item)"
        case .scalar(let type):
            var facts = Facts()
            let name = xml?.rootName ?? Self.primitiveContractName(type) ?? "\(type)"
            facts.xml = rootXML(name: name, namespace: xml?.rootNamespace ?? Self.serializationNamespace, rules: &rules, rootKnown: xml != nil)
            body = valueSchema(type, facts: facts, endpoint: schema, use: use, visiting: [])
                .with(vendorExtensions: ["x-awkit-documented-type": AnyCodable(type.description)])
            what = "a bare \(type)"
        }
        extensions["x-awkit-response"] = AnyCodable(ResponseKnowledge.documented.rawValue)
        if !rules.isEmpty { extensions["x-awkit-xml-rules"] = AnyCodable(rules) }
        if let xml {
            extensions["x-awkit-xml-source"] = AnyCodable("sample")
            if !xml.wellFormed { extensions["x-awkit-xml-sample-problems"] = AnyCodable(xml.problems) }
        }

        var json = OpenAPI.Content(schema: body)
        if let text = schema.responseJSONSample, let value = Self.exampleValue(json: text) {
            json.examples = Self.pageExample(value, summary: "The documentation page's JSON response sample")
        }
        var dataContract = OpenAPI.Content(schema: body)
        if let text = schema.responseXMLSample {
            let problems = xml.map { $0.wellFormed ? nil : "Not well-formed as published: " + $0.problems.joined(separator: "; ") } ?? nil
            dataContract.examples = Self.pageExample(
                AnyCodable(text), summary: "The documentation page's XML response sample", description: problems)
        }
        return OpenAPI.Response(
            description: "Success: \(what), as JSON (Json.NET) or DataContract XML, chosen by `Accept`.",
            content: [.json: .b(json), .xml: .b(dataContract)],
            vendorExtensions: extensions)
    }

    /// The root element's `xml` object. Without an XML sample the name follows DataContract's
    /// rule and the namespace is not known (left out, and said in `rules`).
    func rootXML(name: String, namespace: String?, rules: inout [String: String], rootKnown: Bool) -> OpenAPI.XML {
        if !rootKnown {
            rules["rootName"] = "no XML sample: the root element's name (and a primitive's namespace) follow DataContract's rules"
            if namespace == nil { rules["rootNamespace"] = "no XML sample: the root element's namespace is not known" }
        }
        return OpenAPI.XML(name: name, namespace: namespace.flatMap { URL(string: $0) })
    }
}
