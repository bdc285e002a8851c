import DataContractXML
import Foundation
import Testing

// `[DataContract(IsReference = true)]` (DataContract.isReference): the expected documents are
// what Mono's DataContractSerializer wrote through Web API's XmlWriter for the same values
// (Oracle/README.md "What the oracle taught"; the 10,000-record feature is Feature.References).

private let z = #"xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/""#

private struct Person: Codable, Equatable, DataContractDescribing {
    var name: String?
    var amount: Decimal
    private var friendStorage: [Person] = []
    var friend: Person? { friendStorage.first }

    init(_ name: String?, _ amount: Decimal, friend: Person? = nil) {
        self.name = name
        self.amount = amount
        friendStorage = friend.map { [$0] } ?? []
    }

    enum CodingKeys: String, CodingKey { case name = "Name", amount = "Amount", friend = "Friend" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        amount = try c.decode(Decimal.self, forKey: .amount)
        friendStorage = try c.decodeIfPresent(Person.self, forKey: .friend).map { [$0] } ?? []
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(amount, forKey: .amount)
        try c.encode(friend, forKey: .friend)
    }

    static let dataContract = DataContract(
        name: "Person", namespace: "urn:r", memberGroups: [.init(namespace: "urn:r", members: ["Name", "Amount", "Friend"])],
        isReference: true)
}

private struct Holder: Codable, Equatable, DataContractDescribing {
    var a: Person?
    var b: Person?
    var people: [Person?]?
    var c: Person?
    enum CodingKeys: String, CodingKey { case a = "A", b = "B", people = "People", c = "C" }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(a, forKey: .a)
        try container.encode(b, forKey: .b)
        try container.encode(people, forKey: .people)
        try container.encode(c, forKey: .c)
    }
    static let dataContract = DataContract(
        name: "Holder", namespace: "urn:h", memberGroups: [.init(namespace: "urn:h", members: ["A", "B", "People", "C"])])
}

private let max = Decimal(string: "79228162514264337593543950335")!
private let x = Person("x", max)
private let holder = Holder(a: x, b: x, people: [Person("y", Decimal(string: "0.1")!, friend: x), x, nil], c: nil)

/// .NET's document for `holder` with every person a separate object (as AWKit writes it).
private let unshared = #"<Holder xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:h"><A xmlns:d2p1="urn:r" z:Id="i1" \#(z)><d2p1:Amount>79228162514264337593543950335</d2p1:Amount><d2p1:Friend i:nil="true" /><d2p1:Name>x</d2p1:Name></A><B xmlns:d2p1="urn:r" z:Id="i2" \#(z)><d2p1:Amount>79228162514264337593543950335</d2p1:Amount><d2p1:Friend i:nil="true" /><d2p1:Name>x</d2p1:Name></B><C xmlns:d2p1="urn:r" i:nil="true" /><People xmlns:d2p1="urn:r"><d2p1:Person z:Id="i3" \#(z)><d2p1:Amount>0.1</d2p1:Amount><d2p1:Friend z:Id="i4"><d2p1:Amount>79228162514264337593543950335</d2p1:Amount><d2p1:Friend i:nil="true" /><d2p1:Name>x</d2p1:Name></d2p1:Friend><d2p1:Name>y</d2p1:Name></d2p1:Person><d2p1:Person z:Id="i5" \#(z)><d2p1:Amount>79228162514264337593543950335</d2p1:Amount><d2p1:Friend i:nil="true" /><d2p1:Name>x</d2p1:Name></d2p1:Person><d2p1:Person i:nil="true" /></People></Holder>"#

/// .NET's document for `holder` with one `x` object held in A, B, a friend and the list.
private let shared = #"<Holder xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:h"><A xmlns:d2p1="urn:r" z:Id="i1" \#(z)><d2p1:Amount>79228162514264337593543950335</d2p1:Amount><d2p1:Friend i:nil="true" /><d2p1:Name>x</d2p1:Name></A><B xmlns:d2p1="urn:r" z:Ref="i1" \#(z) /><C xmlns:d2p1="urn:r" i:nil="true" /><People xmlns:d2p1="urn:r"><d2p1:Person z:Id="i2" \#(z)><d2p1:Amount>0.1</d2p1:Amount><d2p1:Friend z:Ref="i1" /><d2p1:Name>y</d2p1:Name></d2p1:Person><d2p1:Person z:Ref="i1" \#(z) /><d2p1:Person i:nil="true" /></People></Holder>"#

@Suite("IsReference: z:Id on every value, numbered in document order; z:Ref followed")
struct ReferenceContractTests {
    @Test("each occurrence is written with its own z:Id, numbered as .NET numbers separate objects")
    func encoderWritesIDs() throws {
        #expect(String(decoding: try DataContractEncoder().encode(holder), as: UTF8.self) == unshared)
    }

    @Test("a nested reference value: xmlns:z once, on the outermost element that needs it")
    func nested() throws {
        let root = Person("root", 1, friend: Person("leaf", 2))
        let expected = #"<Person xmlns:i="http://www.w3.org/2001/XMLSchema-instance" z:Id="i1" \#(z) xmlns="urn:r"><Amount>1</Amount><Friend z:Id="i2"><Amount>2</Amount><Friend i:nil="true" /><Name>leaf</Name></Friend><Name>root</Name></Person>"#
        #expect(String(decoding: try DataContractEncoder().encode(root), as: UTF8.self) == expected)
    }

    @Test("a list root: one numbering for the document, xmlns:z on each item")
    func listRoot() throws {
        let expected = #"<ArrayOfPerson xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:r"><Person z:Id="i1" \#(z)><Amount>79228162514264337593543950335</Amount><Friend i:nil="true" /><Name>x</Name></Person><Person i:nil="true" /><Person z:Id="i2" \#(z)><Amount>79228162514264337593543950335</Amount><Friend i:nil="true" /><Name>x</Name></Person></ArrayOfPerson>"#
        #expect(String(decoding: try DataContractEncoder().encode([x, nil, x] as [Person?]), as: UTF8.self) == expected)
    }

    @Test("both of .NET's forms decode to the same values: z:Ref followed, own z:Ids read as separate values")
    func decoderReadsBoth() throws {
        #expect(try DataContractDecoder().decode(Holder.self, from: Array(shared.utf8)) == holder)
        #expect(try DataContractDecoder().decode(Holder.self, from: Array(unshared.utf8)) == holder)
    }

    @Test("a contract without isReference writes no z:Id")
    func plainContract() throws {
        #expect(!DataContract(name: "P", namespace: "urn:p", memberGroups: []).isReference)
        let document = String(decoding: try DataContractEncoder().encode(holder.people!.compactMap { $0?.name }), as: UTF8.self)
        #expect(!document.contains("z:"))
    }
}
