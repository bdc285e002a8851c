import DataContractXML
import Foundation

/// The mirror of Oracle/Features/References.cs `Person`: `[DataContract(IsReference = true)]`,
/// so `DataContractEncoder` writes each value with `z:Id` (``DataContract/isReference``). A
/// Swift value has no identity: a person held twice is written twice, each with its own id.
struct PersonFeature: Codable, Sendable, DataContractDescribing {
    var name: String?
    var amount: Decimal
    /// `Friend`, another person (an array of none or one: a struct cannot hold itself directly).
    private var friendStorage: [PersonFeature]

    var friend: PersonFeature? {
        get { friendStorage.first }
        set { friendStorage = newValue.map { [$0] } ?? [] }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name = "Name", amount = "Amount", friend = "Friend" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        amount = try c.decode(Decimal.self, forKey: .amount)
        friendStorage = try c.decodeIfPresent(PersonFeature.self, forKey: .friend).map { [$0] } ?? []
    }

    /// Every member, `nil` as `i:nil` (XML) and `null` (JSON), as .NET writes them.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(amount, forKey: .amount)
        try c.encode(friend, forKey: .friend)
    }

    static let dataContract = DataContract(
        name: "Person", namespace: "urn:oracle:people",
        memberGroups: [.init(namespace: "urn:oracle:people", members: CodingKeys.allCases.map(\.stringValue))], isReference: true)
}

/// The mirror of `References`: people shared between members, twice in one list, as a friend,
/// and nil (in lists too).
struct ReferencesFeature: Codable, Sendable, DataContractDescribing {
    var first: PersonFeature?
    var second: PersonFeature?
    var people: [PersonFeature?]?
    var array: [PersonFeature?]?

    enum CodingKeys: String, CodingKey, CaseIterable { case first = "First", second = "Second", people = "People", array = "Array" }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(first, forKey: .first)
        try c.encode(second, forKey: .second)
        try c.encode(people, forKey: .people)
        try c.encode(array, forKey: .array)
    }

    static let dataContract = OracleFeatures.contract("References", namespace: "urn:oracle:references", CodingKeys.self)
}
