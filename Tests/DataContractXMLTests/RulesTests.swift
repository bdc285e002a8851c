import DataContractXML
import Foundation
import Testing

struct Note: Codable, Equatable {
    var text: String?
    enum CodingKeys: String, CodingKey { case text = "Text" }
}

struct Required: Codable, Equatable {
    var text: String
    enum CodingKeys: String, CodingKey { case text = "Text" }
}

struct Numbers: Decodable, Equatable {
    var value: Int
    enum CodingKeys: String, CodingKey { case value = "Value" }
}

struct Tagged: Decodable, Equatable {
    var tags: [String]
    var counts: [String: Int]?
    enum CodingKeys: String, CodingKey { case tags = "Tags", counts = "Counts" }
}

func messageOf(_ error: any Error) -> String {
    switch error as? DecodingError {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
        return c.debugDescription
    default: return "\(error)"
    }
}

func pathOf(_ error: any Error) -> [String] {
    switch error as? DecodingError {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
        return c.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
    default: return []
    }
}

@Suite("nil, absent and empty")
struct NilAbsentEmptyTests {
    @Test(arguments: ["true", "1", " true ", "\n1\t"])
    func xsiNilTrueOrOneWithWhitespaceIsNil(value: String) throws {
        let note = try decode(Note.self, doc(#"<Text i:nil="\#(value)"/>"#))
        #expect(note.text == nil)
    }

    @Test(arguments: ["false", "0", " false"])
    func xsiNilFalseOrZeroIsNotNil(value: String) throws {
        let note = try decode(Note.self, doc(#"<Text i:nil="\#(value)">x</Text>"#))
        #expect(note.text == "x")
    }

    @Test func xsiNilWithAnyPrefixBoundToTheXSINamespaceIsNil() throws {
        let xml = #"<R xmlns="urn:t"><Text xmlns:q="http://www.w3.org/2001/XMLSchema-instance" q:nil="true"/></R>"#
        #expect(try decode(Note.self, xml).text == nil)
    }

    @Test func nilAttributeInAnotherNamespaceMeansNothing() throws {
        let xml = #"<R xmlns="urn:t" xmlns:o="urn:other"><Text o:nil="true">kept</Text></R>"#
        #expect(try decode(Note.self, xml).text == "kept")
    }

    @Test func invalidXSINilValueIsAnError() throws {
        let error = try #require(throws: DecodingError.self) { try decode(Note.self, doc(#"<Text i:nil="yes"/>"#)) }
        #expect(messageOf(error).contains("i:nil=\"yes\""))
        #expect(messageOf(error).contains("line 1"))
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .invalidNil)
    }

    @Test func nilElementWithContentIsAnError() throws {
        let error = try #require(throws: DecodingError.self) { try decode(Note.self, doc(#"<Text i:nil="true">x</Text>"#)) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .nilWithContent)
    }

    @Test func nilForANonOptionalIsValueNotFoundWithPath() throws {
        let error = try #require(throws: DecodingError.self) { try decode(Required.self, doc(#"<Text i:nil="true"/>"#)) }
        guard case .valueNotFound = error else { Issue.record("\(error)"); return }
        #expect(pathOf(error) == ["Text"])
    }

    @Test func absentElementIsNilForOptionalAndKeyNotFoundOtherwise() throws {
        #expect(try decode(Note.self, doc("")).text == nil)
        let error = try #require(throws: DecodingError.self) { try decode(Required.self, doc("")) }
        guard case .keyNotFound(let key, _) = error else { Issue.record("\(error)"); return }
        #expect(key.stringValue == "Text")
        #expect(messageOf(error).hasPrefix("line 1, column 1: <R>"))
    }

    @Test func emptyElementIsEmptyStringAndEmptyArray() throws {
        #expect(try decode(Required.self, doc("<Text/>")).text == "")
        #expect(try decode(Required.self, doc("<Text></Text>")).text == "")
        #expect(try decode(Tagged.self, doc("<Tags/>")).tags == [])
    }

    @Test func emptyElementIsAnErrorForNumbersBooleansAndDates() throws {
        struct B: Decodable { var b: Bool; enum CodingKeys: String, CodingKey { case b = "B" } }
        struct D: Decodable { var d: DateTime; enum CodingKeys: String, CodingKey { case d = "D" } }
        #expect(throws: DecodingError.self) { try decode(Numbers.self, doc("<Value/>")) }
        #expect(throws: DecodingError.self) { try decode(B.self, doc("<B/>")) }
        #expect(throws: DecodingError.self) { try decode(D.self, doc("<D></D>")) }
    }

    @Test func zRefWithXSINilIsNotReadAsNullButAsTheReferencedElement() throws {
        struct Person: Decodable, Equatable { var name: String; enum CodingKeys: String, CodingKey { case name = "Name" } }
        struct Pair: Decodable { var a: Person?; var b: Person?; enum CodingKeys: String, CodingKey { case a = "A", b = "B" } }
        let xml = #"""
            <R xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/" xmlns="urn:t">\#
            <A z:Id="1"><Name>Ann</Name></A><B z:Ref="1" i:nil="true"/></R>
            """#
        let pair = try decode(Pair.self, xml)
        #expect(pair.a == Person(name: "Ann"))
        #expect(pair.b == Person(name: "Ann"))
    }

    @Test func danglingZRefFailsClearly() throws {
        let xml = #"<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/" xmlns="urn:t"><Text z:Ref="i9" i:nil="true"/></R>"#
        let error = try #require(throws: DecodingError.self) { try decode(Note.self, xml) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .invalidReference)
        #expect(context.debugDescription.contains("z:Ref=\"i9\""))
    }
}

@Suite("names, namespaces and order")
struct NameTests {
    @Test func membersMatchByLocalNameWhateverThePrefix() throws {
        let xml = #"<a:R xmlns:a="urn:t" xmlns:b="urn:t"><b:Text>x</b:Text></a:R>"#
        #expect(try decode(Note.self, xml).text == "x")
    }

    @Test func defaultNamespaceRedeclarationPerElementIsNormal() throws {
        let xml = #"<R xmlns="urn:t"><Text xmlns="urn:base">x</Text></R>"#
        #expect(try decode(Note.self, xml).text == "x")
    }

    @Test func membersDecodeInAnyOrder() throws {
        struct Three: Decodable, Equatable {
            var a: Int, b: String, c: Bool
            enum CodingKeys: String, CodingKey { case a = "A", b = "B", c = "C" }
        }
        let forward = try decode(Three.self, doc("<A>1</A><B>two</B><C>true</C>"))
        let backward = try decode(Three.self, doc("<C>true</C><B>two</B><A>1</A>"))
        #expect(forward == Three(a: 1, b: "two", c: true))
        #expect(backward == forward)
    }

    @Test func strictNamespacesRequireTheDeclaredNamespaceOfBaseClassMembers() throws {
        var options = DataContractDecoder.Options()
        options.strictNamespaces = true
        let xml = #"""
            <ReceivedBooking xmlns="\#(Fixtures.received)"><Client xmlns:b="\#(Fixtures.bookings)">\#
            <Total>6</Total><b:UserID>1</b:UserID></Client></ReceivedBooking>
            """#
        struct Holder: Decodable {
            var client: BookingUserLite
            enum CodingKeys: String, CodingKey { case client = "Client" }
        }
        struct BookingUserLite: Decodable, DataContractDescribing {
            var userID: Int, total: Int
            enum CodingKeys: String, CodingKey { case userID = "UserID", total = "Total" }
            static let dataContract = BookingUser.dataContract
        }
        // Total is written in the derived namespace, not the Profile base namespace.
        let error = try #require(throws: DecodingError.self) { try decode(Holder.self, xml, options: options) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .namespaceMismatch)
        #expect(context.codingPath.map(\.stringValue) == ["Client", "Total"])
        // Lenient mode matches by local name.
        #expect(try decode(Holder.self, xml).client.total == 6)
    }

    @Test func unknownElementsAreSkippedByDefaultAndErrorsWhenAsked() throws {
        let xml = doc("<Extra><Deep>1</Deep></Extra><Text>x</Text>")
        #expect(try decode(Note.self, xml).text == "x")
        var options = DataContractDecoder.Options()
        options.unknownElements = .error
        let error = try #require(throws: DecodingError.self) { try decode(Note.self, xml, options: options) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .unknownElement)
        #expect(context.codingPath.map(\.stringValue) == ["Extra"])
    }
}

@Suite("text")
struct TextTests {
    @Test func entitiesCharacterReferencesAndCDATAAreDecodedAndJoined() throws {
        let xml = doc("<Text>a &amp; b &lt;c&gt; &#x263A;&#233; <![CDATA[<raw> & ]]>end</Text>")
        #expect(try decode(Required.self, xml).text == "a & b <c> ☺é <raw> & end")
    }

    @Test func whitespaceInStringsIsKeptExactly() throws {
        #expect(try decode(Required.self, doc("<Text>  two\n lines\t</Text>")).text == "  two\n lines\t")
        #expect(try decode(Required.self, doc("<Text> </Text>")).text == " ")
    }

    @Test func numbersAcceptSurroundingWhitespaceOnly() throws {
        #expect(try decode(Numbers.self, doc("<Value>\n 42\t</Value>")).value == 42)
        #expect(throws: DecodingError.self) { try decode(Numbers.self, doc("<Value>4 2</Value>")) }
    }

    @Test func childElementsWhereTextBelongsIsATypeMismatch() throws {
        let error = try #require(throws: DecodingError.self) { try decode(Required.self, doc("<Text><X/></Text>")) }
        guard case .typeMismatch = error else { Issue.record("\(error)"); return }
    }

    @Test func textMixedWithMemberElementsIsAnError() throws {
        let error = try #require(throws: DecodingError.self) { try decode(Note.self, doc("stray<Text>x</Text>")) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect((context.underlyingError as? DataContractXMLError)?.code == .mixedContent)
    }
}

struct Scalars: Decodable {
    var i8: Int8, u8: UInt8, i16: Int16, u16: UInt16, i32: Int32, u32: UInt32, i64: Int64, u64: UInt64
    var int: Int, uint: UInt, dbl: Double, flt: Float, dec: Decimal, bool: Bool, dt: DateTime
    var uuid: UUID, data: Data, url: URL
    enum CodingKeys: String, CodingKey {
        case i8, u8, i16, u16, i32, u32, i64, u64, int, uint, dbl, flt, dec, bool, dt, uuid, data, url
    }
}

@Suite("lexical forms")
struct LexicalFormTests2 {
    static let valid = doc(
        "<i8>-128</i8><u8>255</u8><i16>-32768</i16><u16>65535</u16><i32>-2147483648</i32>"
            + "<u32>4294967295</u32><i64>-9223372036854775808</i64><u64>18446744073709551615</u64>"
            + "<int>+7</int><uint>0</uint><dbl>1E+20</dbl><flt>-INF</flt><dec>8.0000</dec><bool>1</bool>"
            + "<dt>2024-03-05T14:07:09.1234567+01:00</dt><uuid>6f9619ff-8b86-d011-b42d-00c04fc964ff</uuid>"
            + "<data>AAEC/w==</data><url>https://example.com/a?b=1</url>")

    @Test func everyScalarDecodesFromItsLexicalForm() throws {
        let s = try decode(Scalars.self, Self.valid)
        #expect(s.i8 == -128 && s.u8 == 255 && s.i16 == -32768 && s.u16 == 65535)
        #expect(s.i32 == .min && s.u32 == .max && s.i64 == .min && s.u64 == .max)
        #expect(s.int == 7 && s.uint == 0)
        #expect(s.dbl == 1e20 && s.flt == -.infinity)
        #expect(s.dec == Decimal(8) && s.bool)
        #expect(s.dt.kind == .offset(minutes: 60) && s.dt.ticks == 1_234_567)
        #expect(s.uuid == UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF"))
        #expect(s.data == Data([0, 1, 2, 255]))
        #expect(s.url.absoluteString == "https://example.com/a?b=1")
    }

    @Test(arguments: [
        ("i8", "128"), ("u8", "-1"), ("i16", "32768"), ("u16", "65536"), ("i32", "2147483648"),
        ("u32", "4294967296"), ("i64", "9223372036854775808"), ("u64", "18446744073709551616"),
        ("int", "1.5"), ("dbl", "1,5"), ("flt", "1E+39"), ("dec", "1E5"), ("bool", "True"),
        ("dt", "2024-13-05T14:07:09"), ("uuid", "{6f9619ff-8b86-d011-b42d-00c04fc964ff}"),
        ("data", "AAE"), ("url", ""),
    ])
    func invalidScalarIsDataCorruptedWithPathAndPosition(field: String, text: String) throws {
        let range = try #require(Self.valid.range(of: "<\(field)>[^<]*</\(field)>", options: .regularExpression))
        let broken = Self.valid.replacingCharacters(in: range, with: "<\(field)>\(text)</\(field)>")
        let error = try #require(throws: DecodingError.self) { try decode(Scalars.self, broken) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect(context.codingPath.map(\.stringValue) == [field])
        #expect(context.debugDescription.contains("line 1, column"))
    }

    @Test func doubleAndFloatReadINFAndNaN() throws {
        struct F: Decodable { var d: [Double]; var f: [Float] }
        let f = try decode(F.self, doc("<d><x>INF</x><x>-INF</x><x>NaN</x><x>-0</x><x>1E-05</x></d><f><x>NaN</x><x>INF</x></f>"))
        #expect(f.d[0] == .infinity && f.d[1] == -.infinity && f.d[2].isNaN && f.d[3] == 0 && f.d[4] == 1e-5)
        #expect(f.f[0].isNaN && f.f[1] == .infinity)
    }

    @Test func dateNeedsZOrAnOffsetOrAConfiguredTimeZone() throws {
        struct W: Decodable { var when: Date }
        let utc = try decode(W.self, doc("<when>1970-01-01T00:01:00Z</when>"))
        #expect(utc.when == Date(timeIntervalSince1970: 60))
        #expect(throws: DecodingError.self) { try decode(W.self, doc("<when>1970-01-01T00:01:00</when>")) }
        var options = DataContractDecoder.Options()
        options.timeZone = TimeZone(secondsFromGMT: 3600)
        let zoned = try decode(W.self, doc("<when>1970-01-01T01:01:00</when>"), options: options)
        #expect(zoned.when == Date(timeIntervalSince1970: 60))
    }
}

@Suite("collections, dictionaries, i:type")
struct CollectionTests {
    @Test func memberArrayItemsDecodeWhateverTheirNamesWithNilItems() throws {
        struct T: Decodable { var tags: [String?]; enum CodingKeys: String, CodingKey { case tags = "Tags" } }
        let xml = doc(#"<Tags xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d2p1:string>vip</d2p1:string><d2p1:string i:nil="true"/><other>x</other></Tags>"#)
        #expect(try decode(T.self, xml).tags == ["vip", nil, "x"])
    }

    @Test func rootArrayOfContractsDecodes() throws {
        let xml = #"<ArrayOfNote xmlns="urn:t"><Note><Text>a</Text></Note><Note><Text>b</Text></Note></ArrayOfNote>"#
        #expect(try decode([Note].self, xml) == [Note(text: "a"), Note(text: "b")])
        #expect(try decode([Note].self, #"<ArrayOfNote xmlns="urn:t"/>"#) == [])
    }

    @Test func nilItemForANonOptionalElementTypeFailsWithItsIndex() throws {
        let xml = #"<ArrayOfint xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><int>1</int><int i:nil="true"/></ArrayOfint>"#
        let error = try #require(throws: DecodingError.self) { try decode([Int].self, xml) }
        #expect(pathOf(error) == ["1"])
    }

    @Test func dictionariesDecodeFromKeyValueItems() throws {
        let xml = doc(#"<Tags/><Counts xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d2p1:KeyValueOfstringint><d2p1:Key>calls</d2p1:Key><d2p1:Value>3</d2p1:Value></d2p1:KeyValueOfstringint><d2p1:KeyValueOfstringint><d2p1:Key>chats</d2p1:Key><d2p1:Value>5</d2p1:Value></d2p1:KeyValueOfstringint></Counts>"#)
        #expect(try decode(Tagged.self, xml).counts == ["calls": 3, "chats": 5])
        let duplicate = xml.replacingOccurrences(of: "chats", with: "calls")
        #expect(throws: DecodingError.self) { try decode(Tagged.self, duplicate) }
    }

    @Test func xsiTypeIsResolvedAgainstInScopePrefixesAndExposed() throws {
        struct Animal: Decodable {
            var type: QualifiedName?
            var fromUserInfo: QualifiedName?
            init(from decoder: any Decoder) throws {
                type = decoder.dataContractType
                fromUserInfo = decoder.userInfo[DataContractDecoder.xsiTypeUserInfoKey] as? QualifiedName
            }
        }
        struct Zoo: Decodable { var a: Animal; var b: Animal; var c: Animal }
        let xml = #"<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:zoo" xmlns:x="urn:outer"><a i:type="Dog"/><b xmlns:d3p1="urn:cats" i:type="d3p1:Cat"/><c i:type=" x:Bird "/></R>"#
        let zoo = try decode(Zoo.self, xml)
        #expect(zoo.a.type == QualifiedName(namespace: "urn:zoo", localName: "Dog"))
        #expect(zoo.b.type == QualifiedName(namespace: "urn:cats", localName: "Cat"))
        #expect(zoo.c.type == QualifiedName(namespace: "urn:outer", localName: "Bird"))
        #expect(zoo.b.fromUserInfo == zoo.b.type)
        let unbound = xml.replacingOccurrences(of: "d3p1:Cat", with: "zz:Cat")
        let error = try #require(throws: DataContractXMLError.self) { try decode(Zoo.self, unbound) }
        #expect(error.code == .invalidXSIType)
    }

    @Test func superDecoderReadsBaseClassMembersFromTheSameElement() throws {
        class Base: Decodable {
            let id: Int
            enum CodingKeys: String, CodingKey { case id = "Id" }
        }
        final class Derived: Base, @unchecked Sendable {
            let name: String
            enum DerivedKeys: String, CodingKey { case name = "Name" }
            required init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: DerivedKeys.self)
                name = try c.decode(String.self, forKey: .name)
                try super.init(from: c.superDecoder())
            }
        }
        let xml = #"<R xmlns="urn:derived"><Id xmlns="urn:base">42</Id><Name>n</Name></R>"#
        let value = try decode(Derived.self, xml)
        #expect(value.id == 42 && value.name == "n")
    }

    @Test func nestedContainersWork() throws {
        struct N: Decodable {
            var inner: Int
            var list: [Int]
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: DataKey.self)
                let nested = try c.nestedContainer(keyedBy: DataKey.self, forKey: DataKey("Inner"))
                inner = try nested.decode(Int.self, forKey: DataKey("V"))
                var u = try c.nestedUnkeyedContainer(forKey: DataKey("List"))
                #expect(u.count == 2)
                list = [try u.decode(Int.self), try u.decode(Int.self)]
                #expect(u.isAtEnd)
            }
        }
        let n = try decode(N.self, doc("<Inner><V>5</V></Inner><List><a>1</a><b>2</b></List>"))
        #expect(n.inner == 5 && n.list == [1, 2])
    }

    @Test func errorsInNestedValuesCarryTheFullCodingPath() throws {
        let bad = Fixtures.seedRepaired.replacingOccurrences(of: ">7</Positive>", with: ">seven</Positive>")
        let error = try #require(throws: DecodingError.self) { try decode(ReceivedBooking.self, bad) }
        #expect(pathOf(error) == ["Client", "Positive"])
        #expect(messageOf(error).hasPrefix("line 13, column 9: <Positive>"))
    }
}

struct DataKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
