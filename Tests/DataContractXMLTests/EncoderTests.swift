import DataContractXML
import Foundation
import Testing

private let xsi = #"xmlns:i="http://www.w3.org/2001/XMLSchema-instance""#
private let arrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
private let baseNS = "http://example.org/Base"
private let ownNS = "http://example.org/Own"
private let otherNS = "http://example.org/Other"

private func xml<T: Encodable>(_ value: T, _ configure: (inout DataContractEncoder.Options) -> Void = { _ in }) throws -> String {
    var options = DataContractEncoder.Options()
    configure(&options)
    return String(decoding: try DataContractEncoder(options: options).encode(value), as: UTF8.self)
}

/// Members encoded in reverse order, with a base group and ordinal-sensitive names.
private struct Ordered: Encodable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "Ordered", namespace: ownNS,
        memberGroups: [
            .init(namespace: baseNS, members: ["Zeta", "Alpha"]),
            .init(namespace: ownNS, members: ["id", "Id", "ID", "b"]),
        ])
    enum CodingKeys: String, CodingKey { case lowerID = "id", mixedID = "Id", upperID = "ID", b = "b", zeta = "Zeta", alpha = "Alpha" }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(1, forKey: .lowerID)
        try c.encode(2, forKey: .mixedID)
        try c.encode(3, forKey: .upperID)
        try c.encode("b", forKey: .b)
        try c.encode(true, forKey: .zeta)
        try c.encode(false, forKey: .alpha)
    }
}

private struct Inner: Codable, Equatable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "Inner", namespace: otherNS, memberGroups: [.init(namespace: otherNS, members: ["Name", "Note"])])
    var Name: String
    var Note: String?
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Name, forKey: .Name)
        try c.encode(Note, forKey: .Note)
    }
}

private struct Outer: Codable, Equatable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "Outer", namespace: ownNS,
        memberGroups: [.init(namespace: ownNS, members: ["Child", "Children", "Tags", "Counts", "Missing", "Numbers"])])
    var Child: Inner?
    var Children: [Inner?]
    var Tags: [String?]?
    var Counts: [String: Int]
    var Numbers: [Int]
    var Missing: [String]?
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Child, forKey: .Child)
        try c.encode(Children, forKey: .Children)
        try c.encode(Tags, forKey: .Tags)
        try c.encode(Counts, forKey: .Counts)
        try c.encode(Numbers, forKey: .Numbers)
        try c.encode(Missing, forKey: .Missing)
    }
}

/// No DataContractDescribing: the fallback contract.
private struct Plain: Codable, Equatable {
    var b: Int
    var a: String
}

@Suite("DataContractEncoder")
struct EncoderTests {
    @Test("members: base groups first, then ordinal order (ID < Id < id), whatever encode(to:) did")
    func order() throws {
        #expect(try xml(Ordered()) == #"<Ordered \#(xsi) xmlns="\#(ownNS)"><Alpha xmlns="\#(baseNS)">false</Alpha><Zeta xmlns="\#(baseNS)">true</Zeta><ID>3</ID><Id>2</Id><b>b</b><id>1</id></Ordered>"#)
    }

    @Test("namespaces: a contract member in another namespace declares d2p1, its members use it; nil as i:nil")
    func namespacesAndNil() throws {
        let value = Outer(
            Child: Inner(Name: "n", Note: nil), Children: [Inner(Name: "x", Note: "y"), nil], Tags: ["a", nil],
            Counts: ["b": 2, "a": 1], Numbers: [], Missing: nil)
        let text = try xml(value)
        #expect(text == #"<Outer \#(xsi) xmlns="\#(ownNS)"><Child xmlns:d2p1="\#(otherNS)"><d2p1:Name>n</d2p1:Name><d2p1:Note i:nil="true" /></Child><Children xmlns:d2p1="\#(otherNS)"><d2p1:Inner><d2p1:Name>x</d2p1:Name><d2p1:Note>y</d2p1:Note></d2p1:Inner><d2p1:Inner i:nil="true" /></Children><Counts xmlns:d2p1="\#(arrays)"><d2p1:KeyValueOfstringint><d2p1:Key>a</d2p1:Key><d2p1:Value>1</d2p1:Value></d2p1:KeyValueOfstringint><d2p1:KeyValueOfstringint><d2p1:Key>b</d2p1:Key><d2p1:Value>2</d2p1:Value></d2p1:KeyValueOfstringint></Counts><Missing xmlns:d2p1="\#(arrays)" i:nil="true" /><Numbers xmlns:d2p1="\#(arrays)" /><Tags xmlns:d2p1="\#(arrays)"><d2p1:string>a</d2p1:string><d2p1:string i:nil="true" /></Tags></Outer>"#)
        var strict = DataContractDecoder.Options()
        strict.strictNamespaces = true
        #expect(try DataContractDecoder(options: strict).decode(Outer.self, from: Array(text.utf8)) == value)
    }

    @Test("a nil contract member still declares its namespace, as DCS does for the static type")
    func nilContractMember() throws {
        let value = Outer(Child: nil, Children: [], Tags: nil, Counts: [:], Numbers: [1, 2], Missing: ["m"])
        let text = try xml(value)
        #expect(text.contains(#"<Child i:nil="true" xmlns:d2p1="\#(otherNS)" />"#) == false)
        #expect(text.contains(#"<Child xmlns:d2p1="\#(otherNS)" i:nil="true" />"#))
        #expect(text.contains(#"<Numbers xmlns:d2p1="\#(arrays)"><d2p1:int>1</d2p1:int><d2p1:int>2</d2p1:int></Numbers>"#))
        #expect(try DataContractDecoder().decode(Outer.self, from: Array(text.utf8)) == value)
    }

    @Test("root collections: ArrayOfstring in the Arrays namespace, ArrayOfInner in Inner's, empty self-closed")
    func rootCollections() throws {
        #expect(try xml(["a", "b"]) == #"<ArrayOfstring \#(xsi) xmlns="\#(arrays)"><string>a</string><string>b</string></ArrayOfstring>"#)
        #expect(try xml([Inner(Name: "a", Note: nil)]) == #"<ArrayOfInner \#(xsi) xmlns="\#(otherNS)"><Inner><Name>a</Name><Note i:nil="true" /></Inner></ArrayOfInner>"#)
        #expect(try xml([Int]()) == #"<ArrayOfint \#(xsi) xmlns="\#(arrays)" />"#)
        #expect(try xml(["k": true]) == #"<ArrayOfKeyValueOfstringboolean \#(xsi) xmlns="\#(arrays)"><KeyValueOfstringboolean><Key>k</Key><Value>true</Value></KeyValueOfstringboolean></ArrayOfKeyValueOfstringboolean>"#)
    }

    @Test("fallback contract: Swift type name, default namespace, ordinal member order")
    func fallback() throws {
        #expect(try xml(Plain(b: 1, a: "x")) == #"<Plain \#(xsi) xmlns="http://schemas.datacontract.org/2004/07/"><a>x</a><b>1</b></Plain>"#)
        #expect(try xml(Plain(b: 1, a: "x")) { $0.defaultNamespace = "urn:x" }.contains(#"xmlns="urn:x""#))
        #expect(try xml("x") == #"<string \#(xsi) xmlns="http://schemas.microsoft.com/2003/10/Serialization/">x</string>"#)
    }

    @Test("escaping: & < > in text, CR as &#xD;, empty string as <X></X>; decodes back")
    func escaping() throws {
        let value = Plain(b: 0, a: "a & b < c > d \"q\" 's'\r\n\tü😀")
        let text = try xml(value)
        #expect(text.contains(#"<a>a &amp; b &lt; c &gt; d "q" 's'&#xD;"# + "\n\tü😀</a>"))
        #expect(try DataContractDecoder().decode(Plain.self, from: Array(text.utf8)) == value)
        #expect(try xml(Plain(b: 0, a: "")).contains("<a></a>"))
    }

    @Test("characters XML 1.0 forbids are written as .NET's Web API writer writes them (&#x1;) and read back",
          arguments: ["\u{0}", "a\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "x\u{FFFE}", "\u{FFFF}"])
    func restricted(_ text: String) throws {
        let value = Outer(Child: Inner(Name: text, Note: nil), Children: [], Tags: nil, Counts: [:], Numbers: [], Missing: nil)
        let written = try xml(value)
        let reference = "&#x" + String(text.unicodeScalars.last!.value, radix: 16, uppercase: true) + ";"
        #expect(written.contains(reference))
        #expect(try DataContractDecoder().decode(Outer.self, from: Array(written.utf8)).Child?.Name == text)
    }

    @Test("lexical forms", arguments: [
        (1e20, "1E+20"), (1e-5, "1E-05"), (0.0001, "0.0001"), (0.1, "0.1"), (Double.infinity, "INF"),
        (-Double.infinity, "-INF"), (Double.nan, "NaN"), (0, "0"), (-0.0, "-0"), (1e15, "1E+15"),
        (1e14, "100000000000000"), (123.456, "123.456"), (-2.5e-10, "-2.5E-10"), (1.7976931348623157e308, "1.7976931348623157E+308"),
    ])
    func doubles(_ value: Double, _ expected: String) throws {
        #expect(try xml(value).contains(">\(expected)</double>"))
    }

    @Test("decimals keep their digits, pad to a fixed scale, never use an exponent")
    func decimals() throws {
        #expect(try xml(Decimal(8)).contains(">8</decimal>"))
        #expect(try xml(Decimal(8)) { $0.decimalScale = 4 }.contains(">8.0000</decimal>"))
        #expect(try xml(Decimal(string: "12.34567")!) { $0.decimalScale = 4 }.contains(">12.34567</decimal>"))
        #expect(try xml(Decimal(string: "-0.5")!) { $0.decimalScale = 2 }.contains(">-0.50</decimal>"))
        #expect(try xml(Decimal(string: "1e20")!).contains(">100000000000000000000</decimal>"))
        #expect(try xml(Decimal(string: "79228162514264337593543950335")!).contains(">79228162514264337593543950335</decimal>"))
        #expect(throws: DataContractEncodingError.self) { try xml(Decimal.nan) }
    }

    @Test("other primitives: DateTime as written, UUID lowercase, base64, Bool, URL, integers")
    func primitives() throws {
        #expect(try xml(DateTime(parsing: "2018-01-20T12:34:56.7890")).contains(">2018-01-20T12:34:56.7890</dateTime>"))
        #expect(try xml(UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!).contains(">6f9619ff-8b86-d011-b42d-00c04fc964ff</guid>"))
        #expect(try xml(Data([0, 1, 2, 255])).contains(">AAEC/w==</base64Binary>"))
        #expect(try xml([true, false]).contains("<boolean>true</boolean><boolean>false</boolean>"))
        #expect(try xml(URL(string: "https://x.org/a?b=1&c=2")!).contains(">https://x.org/a?b=1&amp;c=2</anyURI>"))
        #expect(try xml([Int64.min]).contains("<long>-9223372036854775808</long>"))
        #expect(try xml(Date(timeIntervalSince1970: 1.5)).contains(">1970-01-01T00:00:01.5Z</dateTime>"))
    }

    @Test("indentation and self-closing style are configurable")
    func indentation() throws {
        let text = try xml(Inner(Name: "a", Note: nil)) {
            $0.indentation = "  "
            $0.spaceBeforeSelfClosingSlash = false
        }
        #expect(text == "<Inner \(xsi) xmlns=\"\(otherNS)\">\n  <Name>a</Name>\n  <Note i:nil=\"true\"/>\n</Inner>")
    }

    @Test("an invalid coding key is refused")
    func invalidName() throws {
        #expect { try xml(Bad()) } throws: { error in
            (error as? DataContractEncodingError)?.code == .invalidName
        }
    }

    @Test("a list of 100,000 items streams to the sink in pieces, never whole")
    func streaming() throws {
        var pieces = 0
        var largest = 0
        var total = 0
        var tail: [UInt8] = []
        let writer = DataContractListWriter(of: Inner.self) { bytes in
            pieces += 1
            largest = max(largest, bytes.count)
            total += bytes.count
            tail = Array(bytes.suffix(20))
        }
        for index in 0..<100_000 { try writer.append(Inner(Name: "n\(index)", Note: nil)) }
        try writer.finish()
        #expect(writer.itemCount == 100_000)
        #expect(pieces > 10)
        #expect(largest < 64 * 1024 + 4096)
        #expect(String(decoding: tail, as: UTF8.self).hasSuffix("</ArrayOfInner>"))
        #expect(total > 5_000_000)
    }

    @Test("encodeItems streams a lazy sequence and decodes back item by item")
    func encodeItems() throws {
        var data = Data()
        try DataContractEncoder().encodeItems((0..<1000).lazy.map { Inner(Name: "\($0)", Note: $0 % 2 == 0 ? nil : "odd") }, to: &data)
        var count = 0
        try DataContractDecoder().decodeItems(of: Inner.self, from: data) { item in
            #expect(item.Name == "\(count)")
            count += 1
        }
        #expect(count == 1000)
    }
}

private struct Bad: Encodable {
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(1, forKey: AnyKey(stringValue: "has space"))
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
