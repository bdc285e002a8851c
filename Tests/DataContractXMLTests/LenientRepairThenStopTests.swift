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
        #expect((strict.line, strict.column) == (1, 12))
        #expect(!strict.missingSlashSuspected)
        let lenient = try #require(Self.error(bytes, lenient: true))
        #expect(lenient.code == .invalidEncoding)
        #expect((lenient.line, lenient.column) == (strict.line, strict.column))
    }
}

/// Found by FuzzTesting's FuzzXMLTree (a session stopped on an input slower than 1 s; reduced by
/// hand to `Failures/FuzzXMLTree/timeout-missing-slash-hint-lists-every-suspect`): every error
/// libxml2 reports while elements with a same-named child are open carried a missing-`/` hint
/// naming each of them, so 250 such elements and 3,000 recovered errors built 750,000 clauses.
/// The hint now names the first suspect and at most three others, then how many more (249 suspects here: the last `<a>` has no child).
@Suite("the missing-/ hint is bounded")
struct MissingSlashHintBoundTests {
    @Test("250 suspect elements: each recovered error names four of them and counts the rest")
    func hintNamesAtMostFourSuspects() throws {
        let bytes = Array(String(repeating: "<a>x", count: 250).utf8) + Array(String(repeating: "& ", count: 3_000).utf8)
        let tree = try XMLTree.parse(bytes, lenient: true)
        #expect(tree.problems.count > 1_000)
        for problem in tree.problems.prefix(3) {
            #expect(problem.missingSlashSuspected)
            #expect((problem.line, problem.column) == (1, 5))
            #expect(problem.message.components(separatedBy: "; likewise <a>").count == 4)
            #expect(problem.message.contains("; and 245 more elements like them"))
        }
    }
}
