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
        case .primitive, .other, .optional: false
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
    /// The tag of a primitive type, or `nil`.
    static func tag(of type: Any.Type) -> PrimitiveTag? {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): .string
        case ObjectIdentifier(Int.self): .int
        case ObjectIdentifier(Decimal.self): .decimal
        case ObjectIdentifier(DateTime.self): .dateTime
        case ObjectIdentifier(Bool.self): .bool
        case ObjectIdentifier(Double.self): .double
        case ObjectIdentifier(Float.self): .float
        case ObjectIdentifier(Int64.self): .int64
        case ObjectIdentifier(Int32.self): .int32
        case ObjectIdentifier(Int16.self): .int16
        case ObjectIdentifier(Int8.self): .int8
        case ObjectIdentifier(UInt.self): .uint
        case ObjectIdentifier(UInt64.self): .uint64
        case ObjectIdentifier(UInt32.self): .uint32
        case ObjectIdentifier(UInt16.self): .uint16
        case ObjectIdentifier(UInt8.self): .uint8
        case ObjectIdentifier(UUID.self): .uuid
        case ObjectIdentifier(Data.self): .data
        case ObjectIdentifier(URL.self): .url
        case ObjectIdentifier(Date.self): .date
        default: nil
        }
    }

    /// The schema name of `type`, or `nil` when it is not a primitive.
    ///
    /// Swift `Int` is written as .NET `int` (models use `Int` for the API's `int` members); use
    /// `Int64` for `long`.
    static func of(_ type: Any.Type) -> String? {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): "string"
        case ObjectIdentifier(Int.self), ObjectIdentifier(Int32.self): "int"
        case ObjectIdentifier(Int64.self): "long"
        case ObjectIdentifier(Int16.self): "short"
        case ObjectIdentifier(Int8.self): "byte"
        case ObjectIdentifier(UInt.self), ObjectIdentifier(UInt64.self): "unsignedLong"
        case ObjectIdentifier(UInt32.self): "unsignedInt"
        case ObjectIdentifier(UInt16.self): "unsignedShort"
        case ObjectIdentifier(UInt8.self): "unsignedByte"
        case ObjectIdentifier(Bool.self): "boolean"
        case ObjectIdentifier(Double.self): "double"
        case ObjectIdentifier(Float.self): "float"
        case ObjectIdentifier(Decimal.self): "decimal"
        case ObjectIdentifier(DateTime.self), ObjectIdentifier(Date.self): "dateTime"
        case ObjectIdentifier(UUID.self): "guid"
        case ObjectIdentifier(Data.self): "base64Binary"
        case ObjectIdentifier(URL.self): "anyURI"
        default: nil
        }
    }
}
