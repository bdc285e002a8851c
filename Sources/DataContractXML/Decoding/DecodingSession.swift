import Foundation

/// State shared by everything decoded from one document or one stream: the options, the name
/// table, and the per-coding-key-type caches that map keys to name ids.
final class DecodingSession {
    let names = NameTable()
    let options: DataContractDecoder.Options
    let userInfo: [CodingUserInfoKey: Any]
    @exclusivity(unchecked) private var keyCaches: [ObjectIdentifier: KeyCache] = [:]
    /// The parser for whole documents, kept from one document to the next with its libxml2
    /// context and name dictionary (``documentParser(maxTextBytes:)``).
    private var keptParser: (builder: ElementBuilder, parser: SAXParser)?

    /// The most bytes of names a kept parser's libxml2 dictionary may hold; past it the parser
    /// is dropped after its document (a stream of documents with ever new names).
    static let maxKeptDictionaryBytes = 256 * 1024
    /// The most element records and text bytes a kept parser's buffer may keep reserved; past
    /// either, the buffer's memory is given back after the document (the parser stays).
    static let maxKeptBuffer = (elements: 16 * 1024, textBytes: 512 * 1024)

    init(options: DataContractDecoder.Options) {
        self.options = options
        var info: [CodingUserInfoKey: Any] = [:]
        for (key, value) in options.userInfo { info[key] = value }
        self.userInfo = info
    }

    // What `DecodingContext.decode(_:_:)` does with each type, found once per type instead of
    // a chain of type comparisons and protocol casts (runtime conformance lookups) per value: a
    // small direct-mapped table keyed by the type's metadata address, backed by a dictionary of
    // every type seen: a decoder kept for a whole API (ResponseDecoder over the catalog's 24
    // models and their member types) has more types than slots, and a collision that computed
    // the kind again cost three runtime conformance lookups, about 12,000 instructions (30 per
    // pass over the catalog's answers).
    private static let typeSlotBits = 7
    @exclusivity(unchecked) private var typeKeys = ContiguousArray<UInt>(repeating: 0, count: 1 << typeSlotBits)
    @exclusivity(unchecked) private var typeKinds = ContiguousArray<TypeKind>(
        repeating: TypeKind(value: .composite, flags: 0), count: 1 << typeSlotBits)
    @exclusivity(unchecked) private var typeKindsSeen: [ObjectIdentifier: TypeKind] = [:]
    /// The member tables of the ``DataContractMemberwiseDecodable`` types seen, by
    /// ``TypeKind/memberTable``; one per type (a slot collision finds the same table again).
    @exclusivity(unchecked) private(set) var memberTables: [MemberTable] = []
    @exclusivity(unchecked) private var memberTableIndex: [ObjectIdentifier: Int32] = [:]

    /// How values of type `T` are decoded.
    @inline(__always)
    func typeKind<T: Decodable>(_ type: T.Type) -> TypeKind {
        let bits = UInt(bitPattern: ObjectIdentifier(type))
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> UInt(64 - Self.typeSlotBits))
        if typeKeys[slot] == bits { return typeKinds[slot] }
        let kind = typeKindsSeen[ObjectIdentifier(type)] ?? newTypeKind(type)
        typeKeys[slot] = bits
        typeKinds[slot] = kind
        return kind
    }

    /// Works out how `T` is decoded (conformance lookups), once per type and session.
    @inline(never)
    private func newTypeKind<T: Decodable>(_ type: T.Type) -> TypeKind {
        var kind = TypeKind(type)
        if options.memberwiseDecoding, let memberwise = T.self as? any DataContractMemberwiseDecodable.Type {
            kind.memberTable = memberTable(memberwise)
        }
        typeKindsSeen[ObjectIdentifier(type)] = kind
        return kind
    }

    /// Forgets what one document taught that must not carry over to the next (a session from a
    /// ``SessionPool``): the memberwise fallback streaks. Names, type kinds, key caches and
    /// member tables stay: they depend only on the options and the types.
    func prepareForDocument() {
        for table in memberTables { table.fallbacksInARow = 0 }
    }

    /// The parser and builder for a whole document, ready for it: the kept pair, reset, or a new
    /// one (kept from now on). One document at a time: a session is used by one decode.
    func documentParser(maxTextBytes: Int) -> (builder: ElementBuilder, parser: SAXParser) {
        if let kept = keptParser {
            kept.parser.resetForDocument()
            return kept
        }
        let builder = ElementBuilder(mode: .document, names: names, maxTextBytes: maxTextBytes)
        let parser = SAXParser(options: options, names: names, builder: builder, keepsContext: true)
        keptParser = (builder, parser)
        return (builder, parser)
    }

    /// Bounds what the session keeps after a document: drops the kept parser when its name
    /// dictionary has grown past ``maxKeptDictionaryBytes``, and gives back a buffer reserved
    /// past ``maxKeptBuffer``.
    func trimAfterDocument() {
        guard let kept = keptParser else { return }
        if kept.parser.dictionaryBytes > Self.maxKeptDictionaryBytes {
            keptParser = nil
            return
        }
        let capacity = kept.builder.bufferCapacity
        if capacity.elements > Self.maxKeptBuffer.elements || capacity.textBytes > Self.maxKeptBuffer.textBytes {
            kept.builder.releaseBuffer()
        }
    }

    /// The index in ``memberTables`` of `type`'s table, made on first use.
    private func memberTable(_ type: any DataContractMemberwiseDecodable.Type) -> Int32 {
        let id = ObjectIdentifier(type)
        if let index = memberTableIndex[id] { return index }
        let index = Int32(memberTables.count)
        memberTables.append(MemberTable(type, names: names))
        memberTableIndex[id] = index
        return index
    }

    /// The cache for coding key type `Key`, with its cursor back at the first key.
    @inline(__always)
    func keyCache<Key: CodingKey>(for _: Key.Type) -> KeyCache {
        let id = ObjectIdentifier(Key.self)
        if let cache = keyCaches[id] {
            cache.cursor = 0
            return cache
        }
        let cache = KeyCache()
        keyCaches[id] = cache
        return cache
    }
}

/// Maps the coding keys of one key type to name ids without hashing strings, and remembers
/// where each key's element was found.
///
/// A model's `init(from:)` asks for its keys in the same order for every record, so the next
/// key asked is almost always the one at the cursor (compared as a string, which for the same
/// literal is a few word compares). Records of a list mostly have the same shape, so a key's
/// element usually sits at the same distance from its parent as in the previous record: that
/// distance (``offset(_:)``) is tried first, whatever order the members are written in (a
/// DataContract writes them alphabetically, a synthesized `init(from:)` asks in declaration
/// order), and checked before it is used.
final class KeyCache {
    // Read and written for every member decoded, so exempt from run-time exclusivity checks:
    // a cache is used from one thread, and no access to it spans a call that could reach it.
    @exclusivity(unchecked) private var keys: [String] = []
    @exclusivity(unchecked) private var ids: [Int32] = []
    /// Per key: the element found last for it, as its index minus its parent's index (0: none).
    @exclusivity(unchecked) private var offsets: [Int32] = []
    @exclusivity(unchecked) var cursor = 0
    /// The child last found through this cache, where a search starts when the offset misses.
    @exclusivity(unchecked) var hint: Int32 = -1

    /// The slot of `key` (its position in this cache), added on first use.
    @inline(__always)
    func slot(for key: some CodingKey, names: NameTable) -> Int {
        let string = key.stringValue
        let cursor = self.cursor
        if cursor < keys.count, keys[cursor] == string {
            self.cursor = cursor + 1
            return cursor
        }
        return slowSlot(string, names: names)
    }

    /// The name id of the key in `slot`.
    @inline(__always)
    func nameID(_ slot: Int) -> Int32 { ids[slot] }

    /// Where the key in `slot` was last found, relative to its parent (0: never).
    @inline(__always)
    func offset(_ slot: Int) -> Int32 { offsets[slot] }

    @inline(__always)
    func setOffset(_ slot: Int, _ offset: Int32) { offsets[slot] = offset }

    /// The name id for `key` (adding it on first use).
    @inline(__always)
    func nameID(for key: some CodingKey, names: NameTable) -> Int32 {
        ids[slot(for: key, names: names)]
    }

    private func slowSlot(_ string: String, names: NameTable) -> Int {
        if let index = keys.firstIndex(of: string) {
            cursor = index + 1
            return index
        }
        let id = names.id(for: string)
        keys.append(string)
        ids.append(id)
        offsets.append(0)
        cursor = keys.count
        return keys.count - 1
    }
}

/// How ``DecodingContext/decode(_:_:)`` reads a type: which lexical form, or through
/// `init(from:)`, and what the type conforms to. Computed once per type (``DecodingSession``).
struct TypeKind {
    enum Value: UInt8 {
        case composite, string, dateTime, decimal, int, bool, double, date, uuid, data, url, float
        case int64, int32, int16, int8, uint, uint64, uint32, uint16, uint8
    }

    /// `Optional`, whose `init(from:)` handles an `i:nil` element itself.
    static let optional: UInt8 = 1
    /// ``KeyValueListDecodable`` (dictionaries).
    static let keyValueList: UInt8 = 2
    /// ``DataContractDescribing``.
    static let described: UInt8 = 4

    var value: Value
    var flags: UInt8
    /// Index in ``DecodingSession/memberTables`` for a ``DataContractMemberwiseDecodable`` type
    /// read memberwise, else -1.
    var memberTable: Int32 = -1

    init(value: Value, flags: UInt8) {
        self.value = value
        self.flags = flags
    }

    /// The types read from their lexical form, by identity.
    private static var lexicalTypes: [(type: Any.Type, value: Value)] {
        [
            (String.self, .string),
            (DateTime.self, .dateTime),
            (Decimal.self, .decimal),
            (Int.self, .int),
            (Bool.self, .bool),
            (Double.self, .double),
            (Date.self, .date),
            (UUID.self, .uuid),
            (Data.self, .data),
            (URL.self, .url),
            (Float.self, .float),
            (Int64.self, .int64),
            (Int32.self, .int32),
            (Int16.self, .int16),
            (Int8.self, .int8),
            (UInt.self, .uint),
            (UInt64.self, .uint64),
            (UInt32.self, .uint32),
            (UInt16.self, .uint16),
            (UInt8.self, .uint8),
        ]
    }

    init<T: Decodable>(_ type: T.Type) {
        // Exact type identity, as the comparisons this replaces did (no casts).
        let value = Self.lexicalTypes.first { $0.type == T.self }?.value ?? .composite
        var flags: UInt8 = 0
        if T.self is OptionalMarker.Type { flags |= Self.optional }
        if T.self is KeyValueListDecodable.Type { flags |= Self.keyValueList }
        if T.self is DataContractDescribing.Type { flags |= Self.described }
        self.init(value: value, flags: flags)
    }
}
