/// The contract of a .NET collection type with `[CollectionDataContract(Name, Namespace,
/// ItemName)]`: its root element name, its namespace (the items' too) and the items' element name
/// (reference/datacontract-format.md §5).
///
/// `[CollectionDataContract(Name = "Tags", Namespace = "urn:tags", ItemName = "Tag")] class
/// TagList : List<string>` is written `<Tags xmlns="urn:tags"><Tag>a</Tag></Tags>` as a document,
/// and as a member `<Labels xmlns:d2p1="urn:tags"><d2p1:Tag>a</d2p1:Tag></Labels>`.
public struct CollectionDataContract: Hashable, Sendable {
    /// The contract name: the root element's local name when the collection is the document root.
    public let name: String
    /// The contract namespace, in which the items are written.
    public let namespace: String
    /// The items' element name.
    public let itemName: String

    /// - Parameters:
    ///   - name: the contract name (`Tags`).
    ///   - namespace: the contract namespace, the items' too.
    ///   - itemName: the items' element name (`Tag`).
    public init(name: String, namespace: String, itemName: String) {
        self.name = name
        self.namespace = namespace
        self.itemName = itemName
    }
}

/// A Swift type that stands for a .NET `[CollectionDataContract]` collection: it encodes its items
/// through an unkeyed container (or as an array: `try items.encode(to: encoder)`), and
/// ``DataContractEncoder`` names them by ``CollectionDataContract/itemName`` in its namespace.
///
/// ```swift
/// struct TagList: Codable, DataContractCollectionDescribing {
///     var tags: [String]
///     static let collectionContract = CollectionDataContract(name: "Tags", namespace: "urn:tags", itemName: "Tag")
///     init(from decoder: any Decoder) throws { tags = try [String](from: decoder) }
///     func encode(to encoder: any Encoder) throws { try tags.encode(to: encoder) }
/// }
/// ```
public protocol DataContractCollectionDescribing {
    /// The collection's contract: name, namespace and item name.
    static var collectionContract: CollectionDataContract { get }
}
