import AWConformance
import Foundation
import AWModels
import Testing

@Suite("Checks on the raw document, one rule at a time")
struct ResponseCheckerTests {
    @Test("a response that keeps every promise has no findings")
    func clean() throws {
        #expect(try checkJSON(validOrderJSON) == [])
    }

    @Test("documented property missing: error at the object's position")
    func missing() throws {
        let findings = try checkJSON(validOrderJSON.replacingOccurrences(of: #""Paid": true, "#, with: ""))
        #expect(findings.map(\.rule) == ["property.missing"])
        #expect(findings.first?.path == "Paid")
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.line == 1)
    }

    @Test("undocumented property: warning naming the near miss in case")
    func undocumented() throws {
        let findings = try checkJSON(validOrderJSON.replacingOccurrences(of: #""Name": "Ann""#, with: #""Name": "Ann", "name": "ann""#))
        #expect(findings.map(\.rule) == ["property.undocumented"])
        #expect(findings.first?.path == "Buyer.name")
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.expected == "Name")
        #expect(findings.first?.message.contains("case-sensitive") == true)
    }

    @Test("duplicate JSON key: error with the second occurrence's position, anywhere in the document")
    func duplicate() throws {
        let findings = runJSON(validOrderJSON.replacingOccurrences(of: #""Id": 7,"#, with: #""Id": 7, "Id": 8,"#))
        #expect(findings.map(\.rule) == ["json.duplicate-key"])
        #expect(findings.first?.column == 11)
        #expect(findings.first?.actual == "8")
        // Inside an object the schema does not describe, too.
        let nested = runJSON(validOrderJSON.replacingOccurrences(of: #""Id": 7,"#, with: #""Id": 7, "X": {"b": 1, "b": 2},"#))
        #expect(nested.filter { $0.rule == "json.duplicate-key" }.map(\.path) == ["X.b"])
    }

    @Test("JSON that is not well-formed: one syntax finding with position, no model or value findings")
    func syntax() {
        let findings = runJSON("{\"Id\": 7\n \"Amount\": 1}")
        #expect(findings.map(\.rule) == ["json.syntax"])
        #expect(findings.first?.line == 2)
        #expect(findings.first?.column == 2)
    }

    @Test("a response of an endpoint without a schema is an error, not a silent pass")
    func unknownEndpoint() {
        let runner = ConformanceRunner(schemas: [orderSchema.endpoint: orderSchema])
        let file = ResponseFile(path: "x/Shop/GetOrders/response.json", endpoint: "Shop/GetOrders", format: .json)
        let findings = runner.check(file, data: Data("{}".utf8)).0.findings
        #expect(findings.map(\.rule) == ["input.unknown-endpoint"])
        #expect(findings.first?.severity == .error)
    }

    @Test("values of the wrong type or lexical form", arguments: [
        (#""Id": 7"#, #""Id": "7""#, "Id"),
        (#""Id": 7"#, #""Id": 7.5"#, "Id"),
        (#""Id": 7"#, #""Id": 3000000000"#, "Id"),
        (#""Amount": 12.50"#, #""Amount": 1.2e3"#, "Amount"),
        (#""Amount": 12.50"#, #""Amount": "12.50""#, "Amount"),
        (#""Placed": "2020-05-01T10:00:00.5""#, #""Placed": "2020-05-01T10:00:00.12345678""#, "Placed"),
        (#""Placed": "2020-05-01T10:00:00.5""#, #""Placed": "2020-05-01""#, "Placed"),
        (#""Paid": true"#, #""Paid": 1"#, "Paid"),
        (#""Codes": "1,2,3""#, #""Codes": "1,,3""#, "Codes"),
        (#""Buyer": {"#, #""Buyer": "Ann", "X": {"#, "Buyer"),
    ])
    func types(original: String, replacement: String, path: String) throws {
        let findings = try checkJSON(validOrderJSON.replacingOccurrences(of: original, with: replacement))
        let typeFindings = findings.filter { $0.rule == "value.type" }
        #expect(typeFindings.map(\.path) == [path])
        #expect(typeFindings.first?.severity == .error)
    }

    @Test("null where the docs are silent: warning; where they allow it: nothing")
    func nulls() throws {
        let findings = try checkJSON(validOrderJSON.replacingOccurrences(of: #""Status": "Open""#, with: #""Status": null"#))
        #expect(findings.map(\.rule) == ["value.null"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.path == "Status")
    }

    @Test("enum values outside the documented set, for strings and integers")
    func enums() throws {
        let findings = try checkJSON(validOrderJSON
            .replacingOccurrences(of: #""Status": "Open""#, with: #""Status": "open""#)
            .replacingOccurrences(of: #""Kind": 1"#, with: #""Kind": 3"#))
        #expect(findings.map(\.rule) == ["value.enum", "value.enum"])
        #expect(findings.map(\.path) == ["Status", "Kind"])
        #expect(findings.first?.expected == "Open, Closed")
    }

    @Test("a configured severity changes a rule everywhere, an override only at its path")
    func configuration() throws {
        let json = validOrderJSON.replacingOccurrences(of: #""Name": "Ann""#, with: #""Name": "Ann", "Extra": 1"#)
            .replacingOccurrences(of: #""Id": 7, "#, with: #""Id": 7, "More": 2, "#)
        let raised = try checkJSON(json, configuration: CheckConfiguration(rules: ["property.undocumented": .error]))
        #expect(raised.map(\.severity) == [.error, .error])
        let scoped = try checkJSON(json, configuration: CheckConfiguration(overrides: [
            .init(rule: "property.undocumented", endpoint: "Shop/*", path: "Buyer.*", severity: .ignore),
        ]))
        #expect(scoped.map(\.path) == ["More"])
        #expect(scoped.first?.severity == .warning)
    }
}
