import DataContractXML
import Foundation
import Testing

private func span<R>(_ text: String, _ body: (Span<UInt8>) throws -> R) rethrows -> R {
    let bytes = Array(text.utf8)
    return try body(bytes.span)
}

@Suite("Strict lexical forms")
struct LexicalFormTests {
    @Test("decimal: the 29-digit maximum, 0.1, negatives and scale are exact", arguments: [
        ("79228162514264337593543950335", "79228162514264337593543950335"),
        ("-79228162514264337593543950335", "-79228162514264337593543950335"),
        ("0.1", "0.1"),
        ("8.0000", "8"),
        ("-0.50", "-0.5"),
        ("+12", "12"),
        ("100", "100"),
        ("0.0000000000000000000000000001", "0.0000000000000000000000000001"),
        ("1234567890.123456789012345678", "1234567890.123456789012345678"),
        ("0", "0"), ("-0.000", "0"), (".5", "0.5"), ("5.", "5"),
    ])
    func decimal(text: String, expected: String) throws {
        let value = try span(text) { try LexicalForm.decimal($0) }
        #expect(value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
        #expect(value.description == expected)
    }

    @Test("decimal: anything but sign, digits and one point is refused", arguments: [
        "12abc", "", "-", "1e5", "1.2.3", " 1", "1,5", "NaN", "0x10",
    ])
    func decimalInvalid(text: String) {
        #expect(throws: LexicalFormError.self) { try span(text) { try LexicalForm.decimal($0) } }
    }

    @Test("decimal: more digits than Decimal keeps exactly is refused, not rounded")
    func decimalTooPrecise() {
        // 40 digits within .NET decimal's range: too precise.
        #expect {
            try span("1.234567890123456789012345678901234567890") { try LexicalForm.decimal($0) }
        } throws: { ($0 as? LexicalFormError)?.code == .tooPrecise }
        // 40 integer digits are beyond .NET decimal's range altogether.
        #expect {
            try span("1234567890123456789012345678901234567890") { try LexicalForm.decimal($0) }
        } throws: { ($0 as? LexicalFormError)?.code == .outOfRange }
    }

    @Test("integers: range checked per width")
    func integers() throws {
        #expect(try span("-2147483648") { try LexicalForm.integer($0, as: Int32.self) } == Int32.min)
        #expect(try span("255") { try LexicalForm.integer($0, as: UInt8.self) } == 255)
        #expect(try span("+15") { try LexicalForm.integer($0, as: Int.self) } == 15)
        #expect { try span("2147483648") { try LexicalForm.integer($0, as: Int32.self) } } throws: {
            ($0 as? LexicalFormError)?.code == .outOfRange
        }
        #expect { try span("-1") { try LexicalForm.integer($0, as: UInt64.self) } } throws: {
            ($0 as? LexicalFormError)?.code == .outOfRange
        }
        #expect(throws: LexicalFormError.self) { try span("1.0") { try LexicalForm.integer($0, as: Int.self) } }
        #expect(throws: LexicalFormError.self) { try span("") { try LexicalForm.integer($0, as: Int.self) } }
    }

    @Test("boolean: true, false, 1, 0 only")
    func boolean() throws {
        #expect(try span("true") { try LexicalForm.boolean($0) })
        #expect(try span("1") { try LexicalForm.boolean($0) })
        #expect(try !span("false") { try LexicalForm.boolean($0) })
        #expect(try !span("0") { try LexicalForm.boolean($0) })
        #expect(throws: LexicalFormError.self) { try span("True") { try LexicalForm.boolean($0) } }
    }

    @Test("double: .NET R forms, INF, -INF, NaN; overflow refused")
    func double() throws {
        #expect(try span("1E+20") { try LexicalForm.double($0) } == 1e20)
        #expect(try span("-0.5") { try LexicalForm.double($0) } == -0.5)
        #expect(try span("1E-05") { try LexicalForm.double($0) } == 1e-5)
        #expect(try span("INF") { try LexicalForm.double($0) } == .infinity)
        #expect(try span("-INF") { try LexicalForm.double($0) } == -.infinity)
        #expect(try span("NaN") { try LexicalForm.double($0) }.isNaN)
        #expect(throws: LexicalFormError.self) { try span("1E400") { try LexicalForm.double($0) } }
        #expect(throws: LexicalFormError.self) { try span("1E") { try LexicalForm.double($0) } }
        #expect(throws: LexicalFormError.self) { try span("inf") { try LexicalForm.double($0) } }
    }

    /// FuzzParsers (Failures/FuzzParsers/crash-property-refused-plus-inf-an-xsd-11-form): the
    /// property refused `+INF` for float; XML Schema 1.1 has it (`(\+|-)?INF`), and
    /// `LexicalForm` reads it as documented. The property was wrong, not the parser.
    @Test("float and double: +INF is XML Schema 1.1's infinity; +inf, +Infinity and ++INF are refused")
    func plusINF() throws {
        #expect(try span("+INF") { try LexicalForm.float($0) } == .infinity)
        #expect(try span("+INF") { try LexicalForm.double($0) } == .infinity)
        #expect(throws: LexicalFormError.self) { try span("+inf") { try LexicalForm.float($0) } }
        #expect(throws: LexicalFormError.self) { try span("+Infinity") { try LexicalForm.float($0) } }
        #expect(throws: LexicalFormError.self) { try span("++INF") { try LexicalForm.double($0) } }
    }

    @Test("Guid D form and base64")
    func guidAndBase64() throws {
        let guid = try span("6f9619ff-8b86-d011-b42d-00c04fc964ff") { try LexicalForm.uuid($0) }
        #expect(guid.uuidString == "6F9619FF-8B86-D011-B42D-00C04FC964FF")
        #expect(throws: LexicalFormError.self) { try span("{6f9619ff-8b86-d011-b42d-00c04fc964ff}") { try LexicalForm.uuid($0) } }
        // FuzzParsers (Failures/FuzzParsers/crash-foundation-uuid-reads-misplaced-dash): 36
        // characters with a dash out of place. Foundation's UUID(uuidString:) reads a value from
        // it; the D form (and .NET's Guid.Parse) has no such Guid.
        let misplaced = "6f9619ff-8b86-d011-b42d-00c0d011-b42"
        #expect(UUID(uuidString: misplaced) != nil)  // the leniency this guards against
        #expect(throws: LexicalFormError.self) { try span(misplaced) { try LexicalForm.uuid($0) } }
        #expect(try span("SGVs\nbG8=") { try LexicalForm.base64($0) } == Data("Hello".utf8))
        #expect(throws: LexicalFormError.self) { try span("SGVsbG8") { try LexicalForm.base64($0) } }
    }

    @Test("white space trimming follows XML's four characters")
    func trimming() {
        let bytes = Array(" \t\n 8.5\r\n".utf8)
        #expect(LexicalForm.rangeTrimmingXMLWhitespace(bytes.span) == 4..<7)
    }
}
