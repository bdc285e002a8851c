import DataContractXML
import Foundation
import Testing

private let fixNS = "http://example.org/Fix"
private let arraysNS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

private func encoded<T: Encodable>(_ value: T, _ configure: (inout DataContractEncoder.Options) -> Void = { _ in }) throws -> String {
    var options = DataContractEncoder.Options()
    configure(&options)
    return String(decoding: try DataContractEncoder(options: options).encode(value), as: UTF8.self)
}

/// Runs `body` and returns the `DataContractEncodingError` it throws (nil when none or another).
private func encodingError(_ body: () throws -> Void) -> DataContractEncodingError? {
    do {
        try body()
        return nil
    } catch {
        return error as? DataContractEncodingError
    }
}

private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// One member `Amount` holding a decimal, inside a list so paths have an index.
private struct Priced: Encodable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "Priced", namespace: fixNS, memberGroups: [.init(namespace: fixNS, members: ["Amount", "When"])])
    var amount: Decimal = 1
    var when: Date = Date(timeIntervalSince1970: 0)
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(amount, forKey: Key("Amount"))
        try c.encode(when, forKey: Key("When"))
    }
}

/// A contract member encoded twice, through a nested container the second time.
private struct TwiceInContract: Encodable, DataContractDescribing {
    static let dataContract = Priced.dataContract
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(Decimal(1), forKey: Key("Amount"))
        try c.encode(Date(timeIntervalSince1970: 0), forKey: Key("When"))
        var nested = c.nestedUnkeyedContainer(forKey: Key("Amount"))
        try nested.encode(2)
    }
}

/// Keys given at run time, all encoded with `encode(_:forKey:)`.
private struct Keyed: Encodable {
    var keys: [String]
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for key in keys { try c.encode(1, forKey: Key(key)) }
    }
}

/// A contract whose declared names are given at run time through a generic tag type.
private protocol NamesTag { static var name: String { get }; static var member: String { get } }
private enum BadContractName: NamesTag { static let name = "Bad Name"; static let member = "Ok" }
private enum BadMemberName: NamesTag { static let name = "Fine"; static let member = "1st" }
private struct Declared<Tag: NamesTag>: Encodable, DataContractDescribing {
    static var dataContract: DataContract {
        DataContract(name: Tag.name, namespace: fixNS, memberGroups: [.init(namespace: fixNS, members: [Tag.member])])
    }
    func encode(to encoder: any Encoder) throws {}
}

private struct Wrapper<T: Encodable>: Encodable {
    var Inner: T
}

/// Synthesized `Codable`: optionals go through `encodeIfPresent`.
private struct Optionals: Codable, Equatable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "Optionals", namespace: fixNS, memberGroups: [.init(namespace: fixNS, members: ["Count", "Label", "Names"])])
    var Count: Int?
    var Label: String?
    var Names: [String]?
}

/// A list written through `nestedUnkeyedContainer(forKey:)`.
private struct HandList: Encodable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "HandList", namespace: fixNS, memberGroups: [.init(namespace: fixNS, members: ["Tags"])])
    var tags: [String]
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        var list = c.nestedUnkeyedContainer(forKey: Key("Tags"))
        for tag in tags { try list.encode(tag) }
        try list.encodeNil()
    }
}

/// Text through a single-value container, then a keyed or unkeyed container on the same encoder.
private struct TextThenContainer: Encodable {
    var keyed: Bool
    var nilFirst: Bool
    func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        if nilFirst { try single.encodeNil() } else { try single.encode("lost") }
        if keyed {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: Key("A"))
        } else {
            var u = encoder.unkeyedContainer()
            try u.encode(1)
        }
    }
}

@Suite("DataContractEncoder review fixes")
struct EncoderReviewFixesTests {
    // 1
    @Test("decimals .NET's decimal cannot hold are refused with the coding path", arguments: [
        "1e50", "1e-40", "1234567890123456789012345678901234567", "79228162514264337593543950336",
    ])
    func decimalOutOfRange(_ text: String) throws {
        let value = [Priced(), Priced(amount: Decimal(string: text)!)]
        let error = try #require(encodingError { _ = try encoded(value) })
        #expect(error.code == .invalidValue)
        #expect(error.codingPath == ["Index 1", "Amount"])
        #expect(error.description.hasPrefix("[1].Amount: "))
        // The largest value and the finest scale .NET holds still pass.
        #expect(try encoded(Decimal(string: "-79228162514264337593543950335")!).contains(">-79228162514264337593543950335<"))
        #expect(try encoded(Decimal(string: "0.0000000000000000000000000001")!).contains(">0.0000000000000000000000000001<"))
    }

    @Test("decimalScale outside 0...28 is an invalid option, thrown before anything is written", arguments: [29, 40, -1])
    func decimalScaleRange(_ scale: Int) throws {
        var pieces = 0
        let encoder = DataContractEncoder(options: { var o = DataContractEncoder.Options(); o.decimalScale = scale; return o }())
        let error = encodingError { try encoder.encode(Decimal(8)) { _ in pieces += 1 } }
        #expect(error?.code == .invalidOption)
        #expect(pieces == 0)
        #expect(try encoded(Decimal(8)) { $0.decimalScale = 28 }.contains(">8.0000000000000000000000000000<"))
        #expect(try encoded(Decimal(8)) { $0.decimalScale = 0 }.contains(">8<"))
    }

    // 2
    @Test("Date uses the proleptic Gregorian calendar, as the decoder: DateTime.MinValue round-trips")
    func prolepticGregorian() throws {
        let cases = [
            "0001-01-01T00:00:00Z", "1582-10-04T23:59:59Z", "1000-02-28T12:00:00Z", "1582-10-10T01:02:03Z", "1600-02-29T00:00:00Z",
            "1969-12-31T23:59:59Z", "2024-02-29T06:07:08Z", "9999-12-31T23:59:59Z",
        ]
        for text in cases {
            let date = try #require(try DateTime(parsing: text).date)
            #expect(try encoded(date).contains(">\(text)</dateTime>"), "\(text)")
        }
    }

    // 3
    @Test("a Date outside the years 1-9999 is refused with the coding path", arguments: [
        -62_135_596_801.0, 253_402_300_800.0, Double.infinity, -1e300,
    ])
    func dateOutOfRange(_ seconds: Double) throws {
        let value = [Priced(when: Date(timeIntervalSince1970: seconds))]
        let error = try #require(encodingError { _ = try encoded(value) })
        #expect(error.code == .invalidValue)
        #expect(error.codingPath == ["Index 0", "When"])
    }

    // 4
    @Test("coding keys must be XML NCNames: non-ASCII name characters pass, others are refused", arguments: [
        ("Ünïcödé", true), ("名前", true), ("a·b", true), ("_x-1.2", true),
        ("a:b", false), ("a😀", true), ("×", false), ("a\u{2000}b", false), ("·a", false), ("", false), ("9a", false),
    ])
    func keyNames(_ name: String, _ valid: Bool) throws {
        let error = encodingError { _ = try encoded(Keyed(keys: [name])) }
        if valid {
            #expect(error == nil)
        } else {
            #expect(error?.code == .invalidName)
            #expect(error?.codingPath == [name])
        }
    }

    @Test("a DataContract's name and member names are checked, with the coding path")
    func contractNames() throws {
        let badName = encodingError { _ = try encoded(Wrapper(Inner: Declared<BadContractName>())) }
        #expect(badName?.code == .invalidName)
        #expect(badName?.codingPath == ["Inner"])
        let badMember = encodingError { _ = try encoded(Declared<BadMemberName>()) }
        #expect(badMember?.code == .invalidName)
        #expect(badMember?.message.contains("\"1st\"") == true)
        let emptyList = encodingError { _ = try encoded([Declared<BadContractName>]()) }
        #expect(emptyList?.code == .invalidName)
    }

    // 5
    @Test("encoding one key twice is an invalid use, with the coding path")
    func duplicateKey() throws {
        let error = try #require(encodingError { _ = try encoded(Wrapper(Inner: Keyed(keys: ["A", "B", "A"]))) })
        #expect(error.code == .invalidUse)
        #expect(error.codingPath == ["Inner", "A"])
        #expect(try encoded(Keyed(keys: ["A", "B"])).contains("<A>1</A><B>1</B>"))
        let contractError = encodingError { _ = try encoded([TwiceInContract()]) }
        #expect(contractError?.code == .invalidUse)
        #expect(contractError?.codingPath == ["Index 0", "Amount"])
    }

    // 6
    @Test("text or nil, then a keyed or unkeyed container on the same encoder, is an invalid use",
          arguments: [(true, false), (false, false), (true, true), (false, true)])
    func textThenContainer(_ keyed: Bool, _ nilFirst: Bool) throws {
        let error = encodingError { _ = try encoded(Wrapper(Inner: TextThenContainer(keyed: keyed, nilFirst: nilFirst))) }
        #expect(error?.code == .invalidUse)
        #expect(error?.codingPath == ["Inner"])
    }

    // 7
    @Test("synthesized Codable's nil optionals are written as i:nil by default, omitted with .omit")
    func nilMembers() throws {
        let value = Optionals(Count: nil, Label: nil, Names: nil)
        let text = try encoded(value)
        #expect(text.contains(#"<Count i:nil="true" />"#))
        #expect(text.contains(#"<Label i:nil="true" />"#))
        #expect(text.contains(#"i:nil="true" />"#) && text.contains("<Names "))
        #expect(try DataContractDecoder().decode(Optionals.self, from: Array(text.utf8)) == value)
        let omitted = try encoded(value) { $0.nilMembers = .omit }
        #expect(omitted == #"<Optionals xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="\#(fixNS)" />"#)
        let present = Optionals(Count: 3, Label: "x", Names: ["n"])
        let presentOmitting = try encoded(present) { $0.nilMembers = .omit }
        #expect(try encoded(present) == presentOmitting)
        #expect(try encoded(present).contains("<Count>3</Count>"))
    }

    // 8
    @Test("a list from nestedUnkeyedContainer(forKey:) declares d2p1 once on the wrapper")
    func nestedListNamespace() throws {
        let text = try encoded(HandList(tags: ["a", "b"]))
        #expect(text.contains(#"<Tags xmlns:d2p1="\#(arraysNS)"><d2p1:string>a</d2p1:string><d2p1:string>b</d2p1:string><d2p1:anyType i:nil="true" /></Tags>"#))
        #expect(!text.contains(#"<d2p1:string xmlns"#) && !text.contains(#"<string xmlns"#))
        #expect(text.components(separatedBy: arraysNS).count == 2)
    }

    // 9
    @Test("a large single record reaches the sink in pieces of about flushThreshold")
    func singleRecordStreams() throws {
        var options = DataContractEncoder.Options()
        options.flushThreshold = 1024
        var pieces: [[UInt8]] = []
        let value = Wrapper(Inner: (0..<5000).map { "item \($0)" })
        try DataContractEncoder(options: options).encode(value) { pieces.append($0) }
        #expect(pieces.count > 10)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1024 && $0.count < 1024 + 100 })
        let whole = try DataContractEncoder().encode(value)
        #expect(pieces.flatMap { $0 } == whole)
    }

    // 10
    @Test("flushThreshold = Int.max does not overflow; indentation accepts only spaces and tabs")
    func optionLimits() throws {
        #expect(try encoded(["a"]) { $0.flushThreshold = .max } == encoded(["a"]))
        #expect(try encoded(["a"]) { $0.flushThreshold = -5 } == encoded(["a"]))
        #expect(try encoded(["a"]) { $0.indentation = "\t \t" }.contains("\n\t \t<string>a</string>\n"))
        for bad in ["<x>", "  x", "\n"] {
            #expect(encodingError { _ = try encoded(["a"]) { $0.indentation = bad } }?.code == .invalidOption)
            var sink: [UInt8] = []
            let encoder = DataContractEncoder(options: { var o = DataContractEncoder.Options(); o.indentation = bad; return o }())
            #expect(encodingError { try encoder.encodeItems(["a"], to: &sink) }?.code == .invalidOption)
            #expect(sink.isEmpty)
        }
    }

    // 11
    @Test("characters XML 1.0 forbids are written as character references, even next to an emoji", arguments: [
        ("\u{1}😀", "&#x1;😀"), ("a\u{B}é", "a&#xB;é"), ("😀\u{FFFF}😀", "😀&#xFFFF;😀"), ("\u{FFFE}", "&#xFFFE;"), ("\u{1F}", "&#x1F;"),
    ])
    func restrictedScalar(_ text: String, _ written: String) throws {
        #expect(try encoded(Wrapper(Inner: text)).contains(">\(written)<"))
    }

    // 12
    @Test("encoder errors print coding paths as the decoder does")
    func pathDescription() throws {
        let error = try #require(encodingError { _ = try encoded(Wrapper(Inner: [[Decimal(1)], [Decimal(1), Decimal.nan]])) })
        #expect(error.codingPath == ["Inner", "Index 1", "Index 1"])
        #expect(error.description.hasPrefix("Inner[1][1]: a Decimal NaN"))
        let root = try #require(encodingError { _ = try encoded(Decimal.nan) })
        #expect(root.description.hasPrefix("(root): a Decimal NaN"))
    }
}
