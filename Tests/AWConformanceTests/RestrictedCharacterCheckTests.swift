import AWConformance
import AWModels
import DataContractXML
import Foundation
import Testing

/// `xml.restricted-char`: a character reference XML 1.0 forbids, as Web API writes a control
/// character in a string (`&#xB;`), is read (as .NET reads it) and reported as a warning.
@Suite("Checks on restricted character references")
struct RestrictedCharacterCheckTests {
    /// ``orderSchema``'s valid order with `note` as the Note's text, as .NET writes it.
    func order(note: String) -> String {
        """
        <Order xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:orders">\
        <Amount>12.5000</Amount><Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating>\
        <d2p1:Name>Ann</d2p1:Name></Buyer><Codes>1,2,3</Codes><Id>7</Id><Kind>1</Kind>\
        <Note>\(note)</Note><Paid>1</Paid><Placed>2020-05-01T10:00:00.5</Placed><Status>Open</Status></Order>
        """
    }

    func check(_ xml: String) -> CheckReport {
        let runner = ConformanceRunner(schemas: [orderSchema.endpoint: orderSchema])
        let file = ResponseFile(path: "order.xml", endpoint: orderSchema.endpoint, format: .xml)
        return runner.check(file, data: Data(xml.utf8)).0
    }

    @Test("each reference is one warning at its line and column, with the element's path; the rest is checked as usual")
    func warningPerReference() throws {
        let findings = check(order(note: "tab&#xB;x&#x1;")).findings
        #expect(findings.map(\.rule) == ["xml.restricted-char", "xml.restricted-char"])
        #expect(findings.map(\.severity) == [.warning, .warning])
        #expect(findings.map(\.path) == ["Note", "Note"])
        #expect(findings.map(\.line) == [1, 1])
        let noteText = try #require(order(note: "tab&#xB;x&#x1;").range(of: "<Note>")).upperBound
        let column = order(note: "tab&#xB;x&#x1;").distance(from: order(note: "").startIndex, to: noteText) + 1 + 3
        #expect(findings.map(\.column) == [column, column + 6])
        #expect(findings.map(\.actual) == ["&#xB;", "&#x1;"])
        #expect(findings.first?.message.contains("U+000B") == true)
    }

    @Test("a document without such references has none")
    func none() {
        #expect(check(order(note: "tab\tx")).findings == [])
    }
}
