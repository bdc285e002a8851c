import DataContractXML
import Testing

/// Found by FuzzTesting's FuzzXMLTree (kept as
/// FuzzTesting/Failures/FuzzXMLTree/crash-lenient-unexpected-end-no-element): UTF-8 bytes read
/// with a `utf-16le` charset are not XML from the first character. Strict `XMLTree` and the
/// decoder said so (`xml.not-well-formed` at 1:1); lenient `XMLTree`, which reads past errors,
/// found no element and threw `xml.unexpected-end` instead, hiding the error it had recovered
/// from. It now throws that first error, as the strict parse does.
@Suite("XMLTree lenient: when it must stop, it reports the first error, as strict does")
struct LenientNoElementTests {
    static let bytes = Array(#"<a b='1' c="2" d='3' e='4' f='5'/>"#.utf8)

    static func error(lenient: Bool) -> DataContractXMLError? {
        var options = DataContractDecoder.Options()
        options.charset = "utf-16le"
        do {
            _ = try XMLTree.parse(bytes, lenient: lenient, options: options)
            return nil
        } catch {
            return error as? DataContractXMLError
        }
    }

    @Test("lenient throws what strict throws: not well-formed at line 1, column 1")
    func sameAsStrict() throws {
        let strict = try #require(Self.error(lenient: false))
        let lenient = try #require(Self.error(lenient: true))
        #expect(strict.code == .notWellFormed)
        #expect((strict.line, strict.column) == (1, 1))
        #expect(lenient.code == strict.code)
        #expect((lenient.line, lenient.column) == (strict.line, strict.column))
    }

    /// FuzzTesting/Failures/FuzzXMLTree/crash-lenient-doctype-after-recovered-error: a control
    /// character inside `<!DOCTYPE` is not well-formed (strict stops there); lenient read past it
    /// and then refused the DOCTYPE, reporting that instead of the first error.
    @Test("lenient reports the error it read past before refusing a DOCTYPE, as strict does")
    func doctypeAfterRecoveredError() throws {
        let bytes = Array("<!DOCTYPE \u{8}<a><![CDATA[x<y]]>&#x41;&a [<$ENTITY e \"x\">]><=a>&e;</a>".utf8)
        func error(_ lenient: Bool) -> DataContractXMLError? {
            do { _ = try XMLTree.parse(bytes, lenient: lenient); return nil } catch { return error as? DataContractXMLError }
        }
        let strict = try #require(error(false))
        let lenient = try #require(error(true))
        #expect(strict.code == .notWellFormed)
        #expect((strict.line, strict.column) == (1, 11))
        #expect(lenient.code == .notWellFormed)
        #expect((lenient.line, lenient.column) == (1, 11))
    }

    @Test("a truncated document with elements still gives the tree and its problems")
    func truncatedKeepsTree() throws {
        let tree = try XMLTree.parse(Array("<a><b>x</b>".utf8), lenient: true)
        #expect(tree.root?.children.map(\.localName) == ["b"])
        #expect(tree.problems.map(\.code).contains(.unexpectedEnd))
    }
}

/// A well-formed document comes back exactly from lenient reading
/// (FuzzTesting/Failures/FuzzXMLTree/crash-lenient-repair-on-well-formed).
@Suite("lenient XMLTree on well-formed documents")
struct LenientWellFormedTests {
    @Test("nested elements of one name are not taken for a missing slash")
    func nestedSameNameIsNotRepaired() throws {
        let bytes = Array("<a>te<a>text,</a>xt,</a>".utf8)
        let strict = try XMLTree.parse(bytes)
        let lenient = try XMLTree.parse(bytes, lenient: true)
        #expect(lenient.repairs.isEmpty)
        #expect(lenient.isWellFormed)
        #expect(lenient.root == strict.root)
        #expect(lenient.root?.children.map(\.text) == ["text,"])
    }

    @Test("a missing slash in a broken document is still repaired")
    func brokenDocumentIsStillRepaired() throws {
        let tree = try XMLTree.parse(Array("<r><a>text<a><b>1</b></r>".utf8), lenient: true)
        #expect(tree.repairs.map(\.element) == ["a"])
        #expect(!tree.isWellFormed)
    }
}
