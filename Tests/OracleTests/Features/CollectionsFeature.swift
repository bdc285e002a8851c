import DataContractXML
import Foundation

/// The mirror of Oracle/Features/Collections.cs `Item`.
struct ItemFeature: Codable, Sendable, DataContractDescribing {
    var number: Int
    var text: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number = "Number", text = "Text"
    }

    /// Every member, `nil` as `i:nil` (XML) and `null` (JSON), as .NET writes them.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(text, forKey: .text)
    }

    static let dataContract = OracleFeatures.contract("Item", namespace: "urn:oracle:items", CodingKeys.self)
}

/// The mirror of the generic `Wrapper<T>`, named as .NET names its instances: `Wrapper<List<int>>`
/// is `WrapperOfArrayOfintuHEDJ7Dj` (the generic argument's contract name, then a hash of the
/// namespaces involved), which the oracle wrote and a Swift type states.
struct WrapperFeature<Value: Codable & Sendable>: Codable, Sendable, DataContractDescribing {
    var value: Value?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case value = "Value"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
    }

    static var dataContract: DataContract {
        // Only Wrapper<List<int>> is a document root or a list item here (named by contract);
        // Wrapper<Wrapper<string>> is a member, named by the member.
        let name = Value.self == [Int].self ? "WrapperOfArrayOfintuHEDJ7Dj" : "WrapperOfWrapperOfstring"
        return OracleFeatures.contract(name, namespace: "urn:oracle:generic", CodingKeys.self)
    }
}

/// The mirror of `[CollectionDataContract(Name = "Tags", Namespace = "urn:oracle:tags", ItemName =
/// "Tag")] class TagList : List<string>`.
struct TagListFeature: Codable, Sendable, DataContractCollectionDescribing {
    var tags: [String]
    static let collectionContract = CollectionDataContract(name: "Tags", namespace: "urn:oracle:tags", itemName: "Tag")
    init(from decoder: any Decoder) throws { tags = try [String](from: decoder) }
    func encode(to encoder: any Encoder) throws { try tags.encode(to: encoder) }
}

/// The mirror of `Collections`.
struct CollectionsFeature: Codable, Sendable, DataContractDescribing {
    var strings: [String]?
    var ints: [Int]?
    var maybeInts: [Int?]?
    var items: [ItemFeature]?
    var itemArray: [ItemFeature]?
    var tags: TagListFeature?
    var counts: [String: Int]?
    var wrapped: [WrapperFeature<[Int]>]?
    var nested: WrapperFeature<WrapperFeature<String>>?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case strings = "Strings", ints = "Ints", maybeInts = "MaybeInts", items = "Items", itemArray = "ItemArray"
        case tags = "Tags", counts = "Counts", wrapped = "Wrapped", nested = "Nested"
    }

    /// Every member, `nil` as `i:nil` (XML) and `null` (JSON), as .NET writes them.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(strings, forKey: .strings)
        try c.encode(ints, forKey: .ints)
        try c.encode(maybeInts, forKey: .maybeInts)
        try c.encode(items, forKey: .items)
        try c.encode(itemArray, forKey: .itemArray)
        try c.encode(tags, forKey: .tags)
        try c.encode(counts, forKey: .counts)
        try c.encode(wrapped, forKey: .wrapped)
        try c.encode(nested, forKey: .nested)
    }

    static let dataContract = OracleFeatures.contract("Collections", namespace: "urn:oracle:collections", CodingKeys.self)
}
