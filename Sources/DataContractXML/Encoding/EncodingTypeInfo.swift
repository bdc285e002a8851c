import Foundation

/// What the encoder knows about a Swift type statically: its contract name and namespace, and
/// for a contract, in which member group each member is. Made once per type per encoding
/// session (``EncodingSession/typeInfo(_:)``).
final class EncodingTypeInfo {
    enum Kind {
        /// A primitive with an XML Schema name (`string`, `int` …).
        case primitive(PrimitiveTag)
        /// A type conforming to ``DataContractDescribing``.
        case contract
        /// Any other type: contract name = Swift type name, namespace = the default namespace.
        /// Enum-like types (single values) are in this kind too.
        case other
        /// `Optional<Wrapped>`.
        case optional(EncodingTypeInfo)
        /// A collection (`Array`, `Set`, `ContiguousArray`) of `item`.
        case collection(item: EncodingTypeInfo)
        /// A `Dictionary`.
        case dictionary(key: EncodingTypeInfo, value: EncodingTypeInfo)
    }

    let kind: Kind
    /// The contract name: the root element's name, and a collection item's name.
    let name: String
    /// The contract namespace (namespace id in the session).
    let namespace: Int32
    /// For contracts and other types: member name → (group index, namespace id, position in
    /// ``DataContract/memberOrder`` or -1 for a name the contract does not list).
    var slots: [String: (group: Int32, namespace: Int32, rank: Int32)] = [:]
    /// The group index and namespace of members not in the contract (the type's own group).
    var ownGroup: Int32 = 0
    var ownNamespace: Int32
    /// Why the declared contract cannot be written (a contract or member name that is not an
    /// XML NCName), found once when the metadata is made; thrown with the coding path of the
    /// first value of the type.
    var invalidName: String?
    /// For a ``DataContractCollectionDescribing`` type, the element name of its items (in
    /// ``namespace``); `nil` otherwise.
    var itemName: String?
    /// Whether values of this contract are written with `z:Id` (``DataContract/isReference``).
    var isReference = false

    init(kind: Kind, name: String, namespace: Int32) {
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.ownNamespace = namespace
    }

    /// The type a member of this static type is written as: `Optional` unwrapped.
    var unwrapped: EncodingTypeInfo {
        if case .optional(let wrapped) = kind { return wrapped.unwrapped }
        return self
    }

    /// Whether DataContractSerializer declares this type's namespace on a member element of
    /// this type (`ClassDataContract.GetChildNamespaceToDeclare`): contracts and collections,
    /// not primitives or enum-like types.
    var declaresNamespaceOnMembers: Bool {
        switch kind {
        case .contract, .collection, .dictionary: true
        case .other: itemName != nil
        case .primitive, .optional: false
        }
    }
}

/// `Optional`, seen from the encoder without knowing `Wrapped`.
protocol EncodableOptionalMarker {
    static var wrappedType: any Encodable.Type { get }
    var wrappedEncodable: (any Encodable)? { get }
}

extension Optional: EncodableOptionalMarker where Wrapped: Encodable {
    static var wrappedType: any Encodable.Type { Wrapped.self }
    var wrappedEncodable: (any Encodable)? { self.map { $0 } }
}

/// A collection DataContract writes as a wrapper with one element per item.
protocol EncodableCollectionMarker {
    static var itemType: any Encodable.Type { get }
    func forEachItem(_ body: (any Encodable) throws -> Void) throws
}

extension Array: EncodableCollectionMarker where Element: Encodable {
    static var itemType: any Encodable.Type { Element.self }
    func forEachItem(_ body: (any Encodable) throws -> Void) throws { for item in self { try body(item) } }
}

extension ContiguousArray: EncodableCollectionMarker where Element: Encodable {
    static var itemType: any Encodable.Type { Element.self }
    func forEachItem(_ body: (any Encodable) throws -> Void) throws { for item in self { try body(item) } }
}

extension Set: EncodableCollectionMarker where Element: Encodable {
    static var itemType: any Encodable.Type { Element.self }
    func forEachItem(_ body: (any Encodable) throws -> Void) throws { for item in self { try body(item) } }
}

/// A dictionary, written as `KeyValueOf…` items with `Key` and `Value`.
protocol EncodableDictionaryMarker {
    static var keyType: any Encodable.Type { get }
    static var valueType: any Encodable.Type { get }
    func forEachPair(_ body: (any Encodable, any Encodable) throws -> Void) throws
}

extension Dictionary: EncodableDictionaryMarker where Key: Encodable, Value: Encodable {
    static var keyType: any Encodable.Type { Key.self }
    static var valueType: any Encodable.Type { Value.self }
    func forEachPair(_ body: (any Encodable, any Encodable) throws -> Void) throws {
        for (key, value) in self { try body(key, value) }
    }
}

/// The primitive Swift types the encoder writes as text.
enum PrimitiveTag {
    case string, int, decimal, dateTime, bool, double, float, int64, int32, int16, int8
    case uint, uint64, uint32, uint16, uint8, uuid, data, url, date
}

/// XML Schema names of the primitives DataContractSerializer maps (reference §5, §9).
enum PrimitiveSchemaName {
    /// Each primitive Swift type's tag and schema name, in one table.
    ///
    /// Swift `Int` is written as .NET `int` (models use `Int` for the API's `int` members); use
    /// `Int64` for `long`.
    private static let table: [ObjectIdentifier: (tag: PrimitiveTag, name: String)] = [
        ObjectIdentifier(String.self): (.string, "string"),
        ObjectIdentifier(Int.self): (.int, "int"),
        ObjectIdentifier(Int32.self): (.int32, "int"),
        ObjectIdentifier(Int64.self): (.int64, "long"),
        ObjectIdentifier(Int16.self): (.int16, "short"),
        ObjectIdentifier(Int8.self): (.int8, "byte"),
        ObjectIdentifier(UInt.self): (.uint, "unsignedLong"),
        ObjectIdentifier(UInt64.self): (.uint64, "unsignedLong"),
        ObjectIdentifier(UInt32.self): (.uint32, "unsignedInt"),
        ObjectIdentifier(UInt16.self): (.uint16, "unsignedShort"),
        ObjectIdentifier(UInt8.self): (.uint8, "unsignedByte"),
        ObjectIdentifier(Bool.self): (.bool, "boolean"),
        ObjectIdentifier(Double.self): (.double, "double"),
        ObjectIdentifier(Float.self): (.float, "float"),
        ObjectIdentifier(Decimal.self): (.decimal, "decimal"),
        ObjectIdentifier(DateTime.self): (.dateTime, "dateTime"),
        ObjectIdentifier(Date.self): (.date, "dateTime"),
        ObjectIdentifier(UUID.self): (.uuid, "guid"),
        ObjectIdentifier(Data.self): (.data, "base64Binary"),
        ObjectIdentifier(URL.self): (.url, "anyURI"),
    ]

    /// The tag and schema name of a primitive type, or `nil` when it is not a primitive.
    static func lookup(_ type: Any.Type) -> (tag: PrimitiveTag, name: String)? {
        table[ObjectIdentifier(type)]
    }
}
