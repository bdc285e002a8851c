import DataContractXML
import Testing

/// Found by FuzzTesting's FuzzXMLTree (kept as `Failures/FuzzXMLTree/crash-strict-duplicate-id-lenient-invalid-encoding`
/// and `crash-strict-text-limit-lenient-invalid-encoding`): after lenient `XMLTree` read
/// `<b>text<b>` as `<b>text</b>` (a missing `/`), it read on as another tree than strict reading
/// sees (the repaired start tag's `z:Id` never recorded, the text after it in the parent), and
/// when it then had to stop on invalid bytes it threw that error, where strict reading had
/// already refused the document. It now gives strict reading's verdict when it must stop after a
/// repair. And an encoding error is no longer moved to the missing-`/` suspect's start tag.
@Suite("XMLTree lenient: a repair, then an error it cannot read past")
struct LenientRepairThenStopTests {
    static func error(_ bytes: [UInt8], lenient: Bool, options: DataContractDecoder.Options = .init()) -> DataContractXMLError? {
        do {
            _ = try XMLTree.parse(bytes, lenient: lenient, options: options)
            return nil
        } catch {
            return error as? DataContractXMLError
        }
    }

    static let serialization = "http://schemas.microsoft.com/2003/10/Serialization/"

    @Test("a z:Id used twice, the second on a start tag lenient reads as an end tag: lenient refuses it as strict does")
    func duplicateIdOnRepairedTag() throws {
        // `<b z:Id="i1">` opens at column 66, the second at column 80, then bytes that are not UTF-8.
        let bytes = Array(#"<a xmlns:z="\#(Self.serialization)"><b z:Id="i1">x<b z:Id="i1"><"#.utf8) + [0xFD, 0xFD, 0xFD, 0xFD]
            + Array("c></b></a>".utf8)
        let strict = try #require(Self.error(bytes, lenient: false))
        let lenient = try #require(Self.error(bytes, lenient: true))
        #expect(strict.code == .invalidReference)
        #expect((strict.line, strict.column) == (1, 80))
        #expect(lenient.code == strict.code)
        #expect((lenient.line, lenient.column) == (strict.line, strict.column))
    }

    @Test("text over the limit in a start tag lenient reads as an end tag: lenient refuses it as strict does")
    func textLimitAfterRepairedTag() throws {
        var options = DataContractDecoder.Options()
        options.limits.maxTextBytes = 64
        let bytes = Array("<r><a>x<a>".utf8) + Array(repeating: UInt8(ascii: "y"), count: 70) + [0x80, 0x80]
            + Array("</a></r>".utf8)
        let strict = try #require(Self.error(bytes, lenient: false, options: options))
        let lenient = try #require(Self.error(bytes, lenient: true, options: options))
        #expect(strict.code == .textLimitExceeded)
        #expect(lenient.code == strict.code)
        #expect((lenient.line, lenient.column) == (strict.line, strict.column))
    }

    @Test("bytes invalid in the encoding keep their own position, not the missing-/ suspect's")
    func encodingErrorNotMovedToSuspect() throws {
        // The suspect start tag `<a>` is at column 8; the byte that is not UTF-8 at column 12.
        let bytes = Array("<r><a>x<a>y".utf8) + [0xFD] + Array("</a></r>".utf8)
        let strict = try #require(Self.error(bytes, lenient: false))
        #expect(strict.code == .invalidEncoding)
        #expect(strict.line == 1)
        #expect(strict.column != 8)
        #expect(!strict.missingSlashSuspected)
        let lenient = try #require(Self.error(bytes, lenient: true))
        #expect(lenient.code == .invalidEncoding)
        #expect((lenient.line, lenient.column) == (strict.line, strict.column))
    }
}
