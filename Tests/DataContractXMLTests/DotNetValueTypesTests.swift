import DataContractXML
import Foundation
import Testing

// The .NET value types DataContractXML maps beyond the AdultWork API (TimeSpan, DateTimeOffset,
// char, [EnumMember] and [Flags] enums, DataMember Order), each with both wire forms. The
// expected texts are what Mono's DataContractSerializer and Json.NET 6.0.8 wrote for the same
// values (the oracle, Oracle/Features; Oracle/README.md "What the oracle taught").

private let system = "http://schemas.datacontract.org/2004/07/System"

private struct Box<Value: Codable>: Codable, DataContractDescribing {
    var value: Value
    enum CodingKeys: String, CodingKey { case value = "V" }
    static var dataContract: DataContract {
        DataContract(name: "Box", namespace: "urn:t", memberGroups: [.init(namespace: "urn:t", members: ["V"])])
    }
}

private func xml<Value: Codable>(_ value: Value) throws -> String {
    String(decoding: try DataContractEncoder().encode(Box(value: value)), as: UTF8.self)
}

private func fromXML<Value: Codable>(_ type: Value.Type, _ member: String, namespaces: String = "") throws -> Value {
    let document = #"<Box xmlns="urn:t" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"\#(namespaces)><V>\#(member)</V></Box>"#
    return try DataContractDecoder().decode(Box<Value>.self, from: Array(document.utf8)).value
}

private func json<Value: Codable>(_ value: Value) throws -> String {
    String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
}

private func fromJSON<Value: Codable>(_ type: Value.Type, _ text: String) throws -> Value {
    try JSONDecoder().decode([Value].self, from: Data("[\(text)]".utf8))[0]
}

@Suite("TimeSpan: xs:duration in XML, the constant format in JSON")
struct TimeSpanTests {
    static let cases: [(ticks: Int64, duration: String, constant: String)] = [
        (937_845_000_000, "P1DT2H3M4.5S", "1.02:03:04.5000000"),
        (0, "PT0S", "00:00:00"),
        (-1, "-PT0.0000001S", "-00:00:00.0000001"),
        (864_000_000_000, "P1D", "1.00:00:00"),
        (Int64.min, "-P10675199DT2H48M5.4775808S", "-10675199.02:48:05.4775808"),
        (Int64.max, "P10675199DT2H48M5.4775807S", "10675199.02:48:05.4775807"),
    ]

    @Test("the forms .NET writes, and read back", arguments: cases)
    func forms(ticks: Int64, duration: String, constant: String) throws {
        let span = TimeSpan(ticks: ticks)
        #expect(span.xmlSchemaDuration == duration)
        #expect(span.constantFormat == constant)
        #expect(try TimeSpan(parsing: duration) == span)
        #expect(try TimeSpan(parsing: constant) == span)
        #expect(try xml(span).contains("<V>\(duration)</V>"))
        #expect(try json(span) == "[\"\(constant)\"]")
        #expect(try fromXML(TimeSpan.self, duration) == span)
        #expect(try fromJSON(TimeSpan.self, "\"\(constant)\"") == span)
    }

    @Test("xs:duration with years, months, minutes and a long fraction, as XmlConvert reads it")
    func generalDurations() throws {
        #expect(try TimeSpan(parsing: "P1Y2M3DT4H5M6.123456789S").ticks == ((365 + 60 + 3) * 86_400 + 4 * 3_600 + 5 * 60 + 6) * 10_000_000 + 1_234_567)
        #expect(try TimeSpan(parsing: " PT90M ").ticks == 90 * 60 * 10_000_000)
    }

    @Test("malformed and out-of-range texts are refused with the type named", arguments: ["", "P", "PT", "P1H", "PT1D", "P1.5D", "1:2:3:4:5", "25:00:00", "00:60:00", "P10675199DT2H48M5.4775808S", "abc"])
    func refused(text: String) {
        #expect(throws: LexicalFormError.self) { try TimeSpan(parsing: text) }
        let error = try? #require(throws: DecodingError.self) { try fromXML(TimeSpan.self, text) }
        if case .dataCorrupted(let context)? = error {
            #expect((context.underlyingError as? LexicalFormError)?.typeName == "TimeSpan")
        }
    }
}

@Suite("DateTimeOffset: a System contract in XML, one string in JSON")
struct DateTimeOffsetTests {
    @Test("2020-01-02T03:04:05+01:30 is the UTC instant and 90 minutes in XML")
    func forms() throws {
        let value = try DateTimeOffset(dateTime: DateTime(year: 2020, month: 1, day: 2, hour: 3, minute: 4, second: 5), offsetMinutes: 90)
        let written = try xml(value)
        #expect(written.contains(#"<V xmlns:d2p1="http://schemas.datacontract.org/2004/07/System"><d2p1:DateTime>2020-01-02T01:34:05Z</d2p1:DateTime><d2p1:OffsetMinutes>90</d2p1:OffsetMinutes></V>"#))
        #expect(try json(value) == #"["2020-01-02T03:04:05+01:30"]"#)
        let member = "<a:DateTime>2020-01-02T01:34:05Z</a:DateTime><a:OffsetMinutes>90</a:OffsetMinutes>"
        #expect(try fromXML(DateTimeOffset.self, member, namespaces: #" xmlns:a="\#(system)""#) == value)
        #expect(try fromJSON(DateTimeOffset.self, #""2020-01-02T03:04:05+01:30""#) == value)
        #expect(value.utcDateTime.description == "2020-01-02T01:34:05Z")
    }

    @Test("MinValue and MaxValue, with offset +00:00 in JSON")
    func extremes() throws {
        let min = try DateTimeOffset(dateTime: .minValue, offsetMinutes: 0)
        #expect(try json(min) == #"["0001-01-01T00:00:00+00:00"]"#)
        let max = try fromJSON(DateTimeOffset.self, #""9999-12-31T23:59:59.9999999+00:00""#)
        #expect(max.dateTime.dotNetTicks == 3_155_378_975_999_999_999)
        #expect(try xml(max).contains("<d2p1:DateTime>9999-12-31T23:59:59.9999999Z</d2p1:DateTime>"))
    }

    @Test("an instant out of range, an offset beyond 14 hours and a time without offset are refused")
    func refused() throws {
        #expect(throws: LexicalFormError.self) { try DateTimeOffset(dateTime: .minValue, offsetMinutes: 60) }
        #expect(throws: LexicalFormError.self) { try DateTimeOffset(dateTime: .minValue, offsetMinutes: -841) }
        #expect(throws: DecodingError.self) { try fromJSON(DateTimeOffset.self, #""2020-01-02T03:04:05""#) }
    }
}

@Suite("char: a number in XML, a one-character string in JSON")
struct DataContractCharTests {
    @Test("'A' is 65 and \"A\"; U+FFFF and U+0000 too")
    func forms() throws {
        #expect(try xml(DataContractChar(utf16: 65)).contains("<V>65</V>"))
        #expect(try json(DataContractChar(utf16: 65)) == #"["A"]"#)
        #expect(try fromXML(DataContractChar.self, "65") == DataContractChar(utf16: 65))
        #expect(try fromJSON(DataContractChar.self, #""\uffff""#) == DataContractChar(utf16: 0xFFFF))
        #expect(try fromJSON(DataContractChar.self, #""\u0000""#) == DataContractChar(utf16: 0))
        #expect(try fromXML(DataContractChar.self, "55296") == DataContractChar(utf16: 0xD800))
    }

    @Test("out of range, two characters, and a lone surrogate to JSON are refused")
    func refused() throws {
        #expect(throws: DecodingError.self) { try fromXML(DataContractChar.self, "65536") }
        #expect(throws: DecodingError.self) { try fromJSON(DataContractChar.self, #""AB""#) }
        #expect(throws: DecodingError.self) { try fromJSON(DataContractChar.self, #""😀""#) }
        #expect(throws: EncodingError.self) { try json(DataContractChar(utf16: 0xD800)) }
    }
}

private enum TicketStatus: DataContractEnumeration {
    case pending, confirmed
    static let dataContractMembers: [(value: TicketStatus, name: String, number: Int64)] = [(.pending, "Pending", 0), (.confirmed, "Is Confirmed", 7)]
}

private struct Permissions: DataContractFlags {
    let rawValue: Int64
    static let dataContractMembers: [(value: Permissions, name: String)] = [
        (Permissions(rawValue: 0), "None"), (Permissions(rawValue: 1), "Read"), (Permissions(rawValue: 2), "Write"), (Permissions(rawValue: 4), "Exec"),
        (Permissions(rawValue: 3), "ReadWrite"), (Permissions(rawValue: 1 << 40), "High"),
    ]
}

@Suite("[EnumMember] and [Flags] enums: names in XML, numbers in JSON")
struct DataContractEnumerationTests {
    @Test("an [EnumMember(Value)] name in XML, its number in JSON; names read in JSON too")
    func enumeration() throws {
        #expect(try xml(TicketStatus.confirmed).contains("<V>Is Confirmed</V>"))
        #expect(try json(TicketStatus.confirmed) == "[7]")
        #expect(try fromXML(TicketStatus.self, " Is Confirmed ") == .confirmed)
        #expect(try fromJSON(TicketStatus.self, "7") == .confirmed)
        #expect(try fromJSON(TicketStatus.self, #""Pending""#) == .pending)
        #expect(throws: DecodingError.self) { try fromXML(TicketStatus.self, "Confirmed") }
        #expect(throws: DecodingError.self) { try fromJSON(TicketStatus.self, "3") }
    }

    static let flagCases: [(Int64, String)] = [
        (0, "None"), (1, "Read"), (3, "ReadWrite"), (7, "Read Write Exec"), (5, "Read Exec"), ((1 << 40) | 1, "Read High"),
    ]

    @Test("flags as .NET writes them", arguments: flagCases)
    func flags(value: Int64, names: String) throws {
        let access = Permissions(rawValue: value)
        #expect(try xml(access).contains("<V>\(names)</V>"))
        #expect(try json(access) == "[\(value)]")
        #expect(try fromXML(Permissions.self, names) == access)
        #expect(try fromJSON(Permissions.self, "\(value)") == access)
    }

    @Test("bits no member has are refused on writing; unknown names on reading; empty text is 0")
    func refused() throws {
        #expect(throws: EncodingError.self) { try xml(Permissions(rawValue: 8)) }
        #expect(throws: DecodingError.self) { try fromXML(Permissions.self, "Read Delete") }
        #expect(try fromXML(Permissions.self, "") == Permissions(rawValue: 0))
        #expect(try fromXML(Permissions.self, "Read\tWrite\n") == Permissions(rawValue: 3))
    }
}

@Suite("DataMember Order and the item namespace of Nullable lists")
struct DataMemberOrderTests {
    @Test("members without Order first (ordinal), then by Order, ties by name; base groups first")
    func order() {
        let contract = DataContract(
            name: "C", namespace: "urn:c",
            memberGroups: [
                .init(namespace: "urn:b", members: ["Id", "zLast", "Created"], orders: ["zLast": 1]),
                .init(namespace: "urn:c", members: ["id", "ID", "First", "B", "A", "Optional"], orders: ["First": 5, "B": 2, "A": 2, "Optional": 0]),
            ])
        #expect(contract.memberOrder == ["Created", "Id", "zLast", "ID", "id", "Optional", "A", "B", "First"])
    }

    @Test("List<int?> items are in the System namespace, List<string> items in Arrays")
    func nullableItems() throws {
        #expect(try xml([1, nil] as [Int?]).contains(#"<V xmlns:d2p1="http://schemas.datacontract.org/2004/07/System"><d2p1:int>1</d2p1:int><d2p1:int i:nil="true" /></V>"#))
        #expect(try xml(["a"] as [String?]).contains(#"<V xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d2p1:string>a</d2p1:string></V>"#))
    }
}

private struct Animal: Codable, DataContractDescribing {
    var Name: String
    static let dataContract = DataContract(name: "Animal", namespace: "urn:animals", memberGroups: [.init(namespace: "urn:animals", members: ["Name"])])
}

private struct Dog: Codable, DataContractDescribing {
    var Name: String
    var Barks: Int
    static let dataContract = DataContract(
        name: "Dog", namespace: "urn:animals",
        memberGroups: [.init(namespace: "urn:animals", members: ["Name"]), .init(namespace: "urn:animals", members: ["Barks"])])
}

private struct Cat: Codable, DataContractDescribing {
    var Name: String
    var Indoor: Bool
    static let dataContract = DataContract(
        name: "Cat", namespace: "urn:cats", memberGroups: [.init(namespace: "urn:animals", members: ["Name"]), .init(namespace: "urn:cats", members: ["Indoor"])])
}

private enum Pet: Codable, DataContractDescribing {
    case animal(Animal), dog(Dog), cat(Cat)
    static let dataContract = Animal.dataContract
    init(from decoder: any Decoder) throws {
        switch decoder.dataContractType?.localName {
        case "Dog": self = .dog(try Dog(from: decoder))
        case "Cat": self = .cat(try Cat(from: decoder))
        default: self = .animal(try Animal(from: decoder))
        }
    }
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .animal(let animal): try animal.encode(to: encoder)
        case .dog(let dog): try encoder.encodeKnownType(dog)
        case .cat(let cat): try encoder.encodeKnownType(cat)
        }
    }
}

private struct Owner: Codable, DataContractDescribing {
    var Pet: Pet
    var Pets: [Pet]
    static let dataContract = DataContract(name: "Owner", namespace: "urn:owner", memberGroups: [.init(namespace: "urn:owner", members: ["Pet", "Pets"])])
}

@Suite("Known types: i:type written and read")
struct KnownTypeTests {
    /// What Mono's DataContractSerializer wrote through Web API's writer for the same values.
    static let dotNet =
        #"<Owner xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:owner"><Pet xmlns:d2p1="urn:animals" xmlns:d2p2="urn:cats" i:type="d2p2:Cat"><d2p1:Name>c</d2p1:Name><d2p2:Indoor>true</d2p2:Indoor></Pet><Pets xmlns:d2p1="urn:animals"><d2p1:Animal i:type="d2p1:Dog"><d2p1:Name>d</d2p1:Name><d2p1:Barks>2</d2p1:Barks></d2p1:Animal><d2p1:Animal><d2p1:Name>a</d2p1:Name></d2p1:Animal><d2p1:Animal xmlns:d3p1="urn:cats" i:type="d3p1:Cat"><d2p1:Name>x</d2p1:Name><d3p1:Indoor>false</d3p1:Indoor></d2p1:Animal></Pets></Owner>"#

    @Test("a Cat member and Dog, Animal, Cat items are written as .NET writes them, prefixes included")
    func written() throws {
        let owner = Owner(
            Pet: .cat(Cat(Name: "c", Indoor: true)),
            Pets: [.dog(Dog(Name: "d", Barks: 2)), .animal(Animal(Name: "a")), .cat(Cat(Name: "x", Indoor: false))])
        #expect(String(decoding: try DataContractEncoder().encode(owner), as: UTF8.self) == Self.dotNet)
    }

    @Test("the types i:type names are read back; JSON writes the members alone")
    func read() throws {
        let owner = try DataContractDecoder().decode(Owner.self, from: Array(Self.dotNet.utf8))
        guard case .cat(let cat) = owner.Pet, owner.Pets.count == 3, case .dog(let dog) = owner.Pets[0], case .animal = owner.Pets[1],
            case .cat = owner.Pets[2]
        else {
            Issue.record("read \(owner)")
            return
        }
        #expect(cat.Indoor && dog.Barks == 2)
        #expect(String(decoding: try JSONEncoder().encode(Pet.dog(dog)), as: UTF8.self).contains(#""Barks":2"#))
    }
}

private struct TagList: Codable, DataContractCollectionDescribing {
    var tags: [String]
    static let collectionContract = CollectionDataContract(name: "Tags", namespace: "urn:tags", itemName: "Tag")
    init(tags: [String]) { self.tags = tags }
    init(from decoder: any Decoder) throws { tags = try [String](from: decoder) }
    func encode(to encoder: any Encoder) throws { try tags.encode(to: encoder) }
}

@Suite("[CollectionDataContract(Name, Namespace, ItemName)]")
struct CollectionDataContractTests {
    @Test("items are named by ItemName in the collection's namespace, declared on the member, as .NET writes them")
    func member() throws {
        let written = try xml(TagList(tags: ["a", "b"]))
        #expect(written.contains(#"<V xmlns:d2p1="urn:tags"><d2p1:Tag>a</d2p1:Tag><d2p1:Tag>b</d2p1:Tag></V>"#))
        #expect(try fromXML(TagList.self, "<a:Tag>x</a:Tag><a:Tag></a:Tag>", namespaces: #" xmlns:a="urn:tags""#).tags == ["x", ""])
    }

    @Test("as the document root: the contract name in its namespace")
    func root() throws {
        let written = String(decoding: try DataContractEncoder().encode(TagList(tags: ["a"])), as: UTF8.self)
        #expect(written == #"<Tags xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:tags"><Tag>a</Tag></Tags>"#)
    }
}
