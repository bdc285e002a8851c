import AWConformance
import AWModels
import Foundation

/// A small schema written for these tests: an `Order` with an id, a decimal, a status enum,
/// a nullable note, a date, a flag, a list of codes and a nested `aws:Person` in two namespaces.
let orderSchema: EndpointSchema = {
    func property(
        _ name: String, _ type: DocumentedType, required: Bool = true, nullable: Bool = false,
        enumValues: [String]? = nil, namespace: String = "urn:orders"
    ) -> PropertySchema {
        PropertySchema(
            name: name, type: Fact(type, from: .table), required: Fact(required, from: .table),
            nullable: Fact(nullable, from: nullable ? .prose : .default),
            enumValues: enumValues.map { Fact($0, from: .prose) },
            xmlNamespace: Fact(namespace, from: .sample))
    }
    let person = TypeSchema(name: "Person", inferred: false, properties: [
        property("Rating", .integer, namespace: "urn:base"),
        property("Name", .string, namespace: "urn:people"),
    ])
    let order = TypeSchema(name: "Order", inferred: false, properties: [
        property("Id", .integer),
        property("Amount", .decimal),
        property("Status", .string, enumValues: ["Open", "Closed"]),
        property("Kind", .integer, enumValues: ["1", "2"]),
        property("Note", .string, nullable: true),
        property("Placed", .datetime),
        property("Paid", .boolean),
        property("Codes", .commaSeparatedIntegers),
        property("Buyer", .object("Person")),
    ])
    return EndpointSchema(
        endpoint: "Shop/GetOrder", title: "Get Order", method: "GET", path: "/v1/Shop/GetOrder",
        response: order, types: ["Person": person],
        xml: .init(rootName: "Order", rootNamespace: "urn:orders", wellFormed: true, problems: []))
}()

/// A valid order as JSON; tests break one thing at a time.
let validOrderJSON = """
    {"Id": 7, "Amount": 12.50, "Status": "Open", "Kind": 1, "Note": null,
     "Placed": "2020-05-01T10:00:00.5", "Paid": true, "Codes": "1,2,3",
     "Buyer": {"Rating": 4, "Name": "Ann"}}
    """

/// Checks a JSON text against ``orderSchema``.
func checkJSON(_ json: String, configuration: CheckConfiguration = .init()) throws -> [Finding] {
    let tree = try JSONTree.parse(Array(json.utf8))
    return ResponseChecker(schema: orderSchema, file: "order.json", format: .json, configuration: configuration)
        .check(DocumentNode(json: tree.root))
}

/// Checks a JSON text as a saved `Shop/GetOrder` response, through the whole runner
/// (well-formedness and duplicate keys included).
func runJSON(_ json: String, configuration: CheckConfiguration = .init()) -> [Finding] {
    let runner = ConformanceRunner(schemas: [orderSchema.endpoint: orderSchema], configuration: configuration)
    let file = ResponseFile(path: "order.json", endpoint: orderSchema.endpoint, format: .json)
    return runner.check(file, data: Data(json.utf8)).0.findings
}
