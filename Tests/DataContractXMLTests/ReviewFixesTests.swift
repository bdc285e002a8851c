import DataContractXML
import Foundation
import Testing

// Tests for the fixes of the DataContractXML code review, one suite per finding.

private let xsi = "http://www.w3.org/2001/XMLSchema-instance"
private let ser = "http://schemas.microsoft.com/2003/10/Serialization/"
private let arrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

private func span<R>(_ text: String, _ body: (Span<UInt8>) throws -> R) rethrows -> R {
    let bytes = Array(text.utf8)
    return try body(bytes.span)
}

/// Any element: its children, whatever their names, are its items.
private struct Tree: Decodable {
    var children: [Tree]
    init(from decoder: any Decoder) throws { children = try [Tree](from: decoder) }
}

/// `levels` levels; level 0 is empty and level k holds ten `z:Ref`s to level k-1.
private func referenceLevels(_ levels: Int) -> [UInt8] {
    var s = #"<R xmlns:i="\#(xsi)" xmlns:z="\#(ser)" xmlns="urn:t"><L z:Id="0"/>"#
    for level in 1..<levels {
        s += #"<L z:Id="\#(level)">"# + String(repeating: #"<N z:Ref="\#(level - 1)" i:nil="true"/>"#, count: 10) + "</L>"
    }
    return Array((s + "</R>").utf8)
}

private func limits(items: Int) -> DataContractDecoder.Options {
    var options = DataContractDecoder.Options()
    options.limits.maxReferencedItems = items
    return options
}

@Suite("review 1: maxReferencedItems")
struct ObjectGraphLimitTests {
    @Test func referencesThatMultiplyStopAtTheDefaultLimitWithAPosition() throws {
        #expect(DataContractDecoder.Limits().maxReferencedItems == 65_536)
        // Six levels expand to over 120,000 elements from about 1 KB.
        let error = try #require(throws: DataContractXMLError.self) {
            try DataContractDecoder().decode(Tree.self, from: referenceLevels(6))
        }
        #expect(error.code == .objectGraphLimitExceeded)
        #expect(error.code.rawValue == "limit.object-graph-items")
        #expect(error.line == 1 && error.column > 1)
    }

    @Test func aPlainDocumentOfAnyLengthNeverReachesTheLimit() throws {
        // 100,001 elements, no references, with no room at all for references.
        let xml = Array(("<R xmlns=\"urn:t\">" + String(repeating: "<A/>", count: 100_000) + "</R>").utf8)
        #expect(try DataContractDecoder(options: limits(items: 0)).decode(Tree.self, from: xml).children.count == 100_000)
    }

    @Test func aReferenceCountsAgainAtEveryUse() throws {
        let xml = Array(#"<R xmlns:i="\#(xsi)" xmlns:z="\#(ser)" xmlns="urn:t"><L z:Id="1"><X/></L><N z:Ref="1" i:nil="true"/><N z:Ref="1" i:nil="true"/><N z:Ref="1" i:nil="true"/></R>"#.utf8)
        // 6 recorded elements (R, L, X, N, N, N) decode for free; each of the 3 references
        // decodes the target L and its child X: 1 + 2 + 3 * 2 = 9 decodes, 3 beyond them.
        #expect(throws: Never.self) { try DataContractDecoder(options: limits(items: 3)).decode(Tree.self, from: xml) }
        #expect(throws: DataContractXMLError.self) {
            try DataContractDecoder(options: limits(items: 2)).decode(Tree.self, from: xml)
        }
    }

    @Test func eachStreamedItemHasItsOwnCount() throws {
        let xml = Array(#"<ArrayOfR xmlns="urn:t"><R><A/></R><R><A/></R><R><A/></R></ArrayOfR>"#.utf8)
        var count = 0
        try DataContractDecoder(options: limits(items: 2)).decodeItems(of: Tree.self, from: xml) { _ in count += 1 }
        #expect(count == 3)
    }
}

@Suite("review 2: DateTime from invalid fields")
struct DateTimeInvalidFieldTests {
    @Test(arguments: [(-1, 1, 1, 0), (2024, -5, 1, 0), (2024, 1, -3, 0), (2024, 1, 1, -7), (Int.min, 1, 1, 0)])
    func negativeFieldsThrowInsteadOfTrapping(year: Int, month: Int, day: Int, hour: Int) throws {
        let error = try #require(throws: LexicalFormError.self) {
            try DateTime(year: year, month: month, day: day, hour: hour)
        }
        #expect(error.code == .outOfRange)
        #expect(error.text.contains("year \(year)"))
    }

    @Test func anOffsetOfIntMinThrowsInsteadOfOverflowing() throws {
        let error = try #require(throws: LexicalFormError.self) {
            try DateTime(year: 2024, month: 1, day: 1, kind: .offset(minutes: Int.min))
        }
        #expect(error.reason.contains("\(Int.min)"))
        let fine = try DateTime(year: 2024, month: 1, day: 1, kind: .offset(minutes: -840))
        #expect(fine.description == "2024-01-01T00:00:00-14:00")
    }
}

@Suite("review 3: feed after finish")
struct FeedAfterFinishTests {
    @Test func feedingAFinishedReaderThrowsADocumentedError() throws {
        let reader = DataContractListReader(of: Int.self)
        let items = try reader.feed(Array(#"<ArrayOfint xmlns="\#(arrays)"><int>1</int></ArrayOfint>"#.utf8))
            + reader.finish()
        #expect(items == [1])
        let error = try #require(throws: DataContractXMLError.self) { try reader.feed(Array("<int>2</int>".utf8)) }
        #expect(error.code == .feedAfterFinish)
        #expect(error.code.rawValue == "usage.feed-after-finish")
    }
}

@Suite("review 4: decimal holds what .NET decimal holds")
struct DecimalRangeTests {
    @Test("beyond ±79228162514264337593543950335 is out of range", arguments: [
        "1" + String(repeating: "0", count: 130),
        "79228162514264337593543950336",
        "-79228162514264337593543950336",
        "79228162514264337593543950335.5",
        "100000000000000000000000000000",
    ])
    func outOfRange(text: String) {
        #expect { try span(text) { try LexicalForm.decimal($0) } } throws: {
            ($0 as? LexicalFormError)?.code == .outOfRange
        }
    }

    @Test("a significant digit beyond scale 28 or a mantissa over 96 bits is too precise", arguments: [
        "0." + String(repeating: "0", count: 200) + "1",
        "0.00000000000000000000000000001",
        "7922816251426433759354395033.6",
        "1.00000000000000000000000000001",
    ])
    func tooPrecise(text: String) {
        #expect { try span(text) { try LexicalForm.decimal($0) } } throws: {
            ($0 as? LexicalFormError)?.code == .tooPrecise
        }
    }

    @Test("trailing zeros beyond scale 28 only record a scale", arguments: [
        ("0.1000000000000000000000000000000000", "0.1"),
        ("7922816251426433759354395033.5", "7922816251426433759354395033.5"),
        ("7.9228162514264337593543950335", "7.9228162514264337593543950335"),
        ("-" + String(repeating: "0", count: 60) + "12.50", "-12.5"),
    ])
    func accepted(text: String, expected: String) throws {
        let value = try span(text) { try LexicalForm.decimal($0) }
        #expect(value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
        #expect(value.description == expected)
    }
}

@Suite("review 5: XMLTree repairs only <A>text<A>")
struct XMLTreeRepairTests {
    @Test func nestedSameNameElementsAreNotRepairedAndKeepTheirText() throws {
        let tree = try XMLTree.parse(Array("<A><A>hello</A></A>".utf8), lenient: true)
        #expect(tree.repairs.isEmpty)
        #expect(tree.isWellFormed)
        #expect(tree.root?.children.first?.text == "hello")
        let spaced = try XMLTree.parse(Array("<R><A>\n  <A>hello</A></A></R>".utf8), lenient: true)
        #expect(spaced.repairs.isEmpty)
        #expect(spaced.root?.children.first?.children.first?.text == "hello")
    }

    @Test func aWellFormedTreeIsReadAsWrittenWithoutARepair() throws {
        // Well-formed XML (mixed content): libxml2 finds no error, so the missing-`/` guess is
        // not applied and the tree is the strict one (FuzzXMLTree, crash-lenient-repair-on-well-formed).
        let bytes = Array("<R><A>x<A>y</A></A></R>".utf8)
        let tree = try XMLTree.parse(bytes, lenient: true)
        #expect(tree.problems.isEmpty)
        #expect(tree.repairs.isEmpty)
        #expect(tree.isWellFormed)
        #expect(tree.root == (try XMLTree.parse(bytes)).root)
        #expect(tree.root?.children.first?.children.first?.text == "y")
    }
}

@Suite("review 6: Float rounds once")
struct FloatRoundingTests {
    @Test func floatIsParsedStraightToFloat() throws {
        let text = "1.0000000596046447753906250001"  // just above the midpoint of 1 and 1 + 2^-23
        #expect(try span(text) { try LexicalForm.float($0) } == Float(1).nextUp)
        struct F: Decodable { var f: Float }
        #expect(try decode(F.self, "<R><f>\(text)</f></R>").f == Float(1).nextUp)
        #expect(try span("-INF") { try LexicalForm.float($0) } == -.infinity)
        #expect { try span("3.5E+38") { try LexicalForm.float($0) } } throws: {
            ($0 as? LexicalFormError)?.code == .outOfRange && ($0 as? LexicalFormError)?.typeName == "float"
        }
        #expect(throws: LexicalFormError.self) { try span("0x1p3") { try LexicalForm.float($0) } }
    }
}

@Suite("review 7: the first duplicate member wins")
struct DuplicateMemberTests {
    struct AB: Decodable {
        var a: Int, b: Int
        enum CodingKeys: String, CodingKey { case a = "A", b = "B" }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            a = try c.decode(Int.self, forKey: .a)
            b = try c.decode(Int.self, forKey: .b)
        }
    }

    struct BA: Decodable {
        var a: Int, b: Int
        enum CodingKeys: String, CodingKey { case a = "A", b = "B" }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            b = try c.decode(Int.self, forKey: .b)
            a = try c.decode(Int.self, forKey: .a)
        }
    }

    @Test func keyOrderDoesNotChangeWhichDuplicateIsRead() throws {
        let xml = "<R><A>1</A><B>2</B><A>3</A></R>"
        #expect(try decode(AB.self, xml).a == 1)
        #expect(try decode(BA.self, xml).a == 1)
        // Also past the builder's look-back, with many members before the duplicate.
        let filler = (0..<100).map { "<F\($0)/>" }.joined()
        let long = "<R><A>1</A>\(filler)<B>2</B>\(filler)<A>3</A></R>"
        #expect(try decode(BA.self, long).a == 1)
        #expect(try decode(AB.self, long).a == 1)
    }
}

@Suite("review 8 and 9: list root errors")
struct ListRootTests {
    @Test func textInTheListElementNamesIt() throws {
        let xml = Array(#"<ArrayOfItem xmlns="urn:t">oops<Item><Id>1</Id></Item></ArrayOfItem>"#.utf8)
        let error = try #require(throws: DataContractXMLError.self) {
            try DataContractDecoder().decodeItems(of: Item.self, from: xml) { _ in }
        }
        #expect(error.code == .mixedContent)
        #expect(error.message.contains("<ArrayOfItem>"))
    }

    @Test func aNilListWithItemsIsAnError() throws {
        let text = #"<ArrayOfItem xmlns:i="\#(xsi)" i:nil="true" xmlns="urn:t"><Item><Id>1</Id></Item></ArrayOfItem>"#
        let xml = Array(text.utf8)
        let itemColumn = text.distance(from: text.startIndex, to: try #require(text.range(of: "<Item>")).lowerBound) + 1
        var seen = 0
        let error = try #require(throws: DataContractXMLError.self) {
            try DataContractDecoder().decodeItems(of: Item.self, from: xml) { _ in seen += 1 }
        }
        #expect(error.code == .nilWithContent)
        #expect(error.line == 1 && error.column == itemColumn)
        #expect(seen == 0)
    }
}

@Suite("review 10: lexical forms name types as XML Schema does")
struct LexicalFormNameTests {
    @Test func integerErrorsUseSchemaNames() throws {
        func name<T: FixedWidthInteger>(_ text: String, _ type: T.Type) -> String? {
            do {
                _ = try span(text) { try LexicalForm.integer($0, as: T.self) }
                return nil
            } catch {
                return (error as? LexicalFormError)?.typeName
            }
        }
        #expect(name("300", UInt8.self) == "unsignedByte")
        #expect(name("300", Int8.self) == "byte")
        #expect(name("x", Int16.self) == "short")
        #expect(name("-1", UInt16.self) == "unsignedShort")
        #expect(name("3000000000", Int32.self) == "int")
        #expect(name("-1", UInt32.self) == "unsignedInt")
        #expect(name("", Int.self) == "long")
        #expect(name("-1", UInt64.self) == "unsignedLong")
    }

    @Test func guidAndDoubleParseWithoutFoundationsStringParsers() throws {
        let text = "6F9619FF-8b86-d011-B42D-00c04fc964ff"
        #expect(try span(text) { try LexicalForm.uuid($0) } == UUID(uuidString: text))
        #expect(throws: LexicalFormError.self) { try span("6F9619FF-8b86-d011-B42D-00c04fc964fg") { try LexicalForm.uuid($0) } }
        #expect(try span("1E-05") { try LexicalForm.double($0) } == 1e-5)
        #expect(try span("-123456789.123456789e-3") { try LexicalForm.double($0) } == -123456.789123456789)
    }
}

@Suite("review 11: one charset normaliser")
struct CharsetNormalisationTests {
    @Test(arguments: [
        (" \"UTF-16LE\" ", "utf-16le"), ("'utf-8'", "utf-8"), ("\tISO-8859-1", "iso-8859-1"),
    ])
    func normalisedNames(raw: String, expected: String) {
        #expect(DataContractDecoder.Options.normalizedCharset(raw) == expected)
    }

    @Test func emptyOrQuotesOnlyIsNoCharset() throws {
        #expect(DataContractDecoder.Options.normalizedCharset(" \"\" ") == nil)
        var options = DataContractDecoder.Options()
        options.charset = "\"\""
        struct S: Decodable { var s: String }
        #expect(try decode(S.self, "<R><s>x</s></R>", options: options).s == "x")
    }
}

@Suite("review 12: dictionaries under UnknownElementPolicy.error")
struct DictionaryVisitedTests {
    @Test func keyAndValueCountAsReadMembers() throws {
        struct Counts: Decodable {
            var counts: [String: Int]
            enum CodingKeys: String, CodingKey { case counts = "Counts" }
        }
        var options = DataContractDecoder.Options()
        options.unknownElements = .error
        let xml = doc(#"<Counts xmlns:a="\#(arrays)"><a:KeyValueOfstringint><a:Key>k</a:Key><a:Value>3</a:Value></a:KeyValueOfstringint></Counts>"#)
        #expect(try decode(Counts.self, xml, options: options).counts == ["k": 3])
    }
}

@Suite("review 13: dictionary Key and Value under strict namespaces")
struct DictionaryNamespaceTests {
    struct Counts: Decodable {
        var counts: [String: Int]
        enum CodingKeys: String, CodingKey { case counts = "Counts" }
    }

    @Test func keyAndValueMustBeInTheItemsNamespace() throws {
        var strict = DataContractDecoder.Options()
        strict.strictNamespaces = true
        let good = doc(#"<Counts xmlns:a="\#(arrays)"><a:KeyValueOfstringint><a:Key>k</a:Key><a:Value>3</a:Value></a:KeyValueOfstringint></Counts>"#)
        #expect(try decode(Counts.self, good, options: strict).counts == ["k": 3])
        let bad = good.replacingOccurrences(of: "<a:Value>3</a:Value>", with: "<Value>3</Value>")
        #expect(try decode(Counts.self, bad).counts == ["k": 3])
        let error = try #require(throws: DecodingError.self) { try decode(Counts.self, bad, options: strict) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .namespaceMismatch)
    }
}

@Suite("review 14: switching to the caller's charset")
struct CharsetSwitchTests {
    @Test func aSingleByteCharsetIsDecodedThroughLibxml2sHandler() throws {
        struct S: Decodable { var s: String }
        var options = DataContractDecoder.Options()
        options.charset = "ISO-8859-1"
        let bytes = Array("<R><s>caf".utf8) + [0xE9] + Array("</s></R>".utf8)
        #expect(try DataContractDecoder(options: options).decode(S.self, from: bytes).s == "café")
        options.charset = "x-no-such-charset"
        #expect(throws: DataContractXMLError.self) { try DataContractDecoder(options: options).decode(S.self, from: bytes) }
    }
}
