/// The unkeyed container of an element: each value is an item element named for its type
/// (`d2p1:string`, `<ReceivedBooking>` …), in the order encoded (reference §5).
struct ElementUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let session: EncodingSession
    let node: Int32
    private(set) var count: Int

    init(session: EncodingSession, node: Int32, count: Int) {
        self.session = session
        self.node = node
        self.count = count
    }

    var codingPath: [any CodingKey] { session.codingKeys(node) }

    /// An item element for a value whose type the container does not see.
    private mutating func untypedItem() -> Int32 {
        defer { count += 1 }
        return session.appendUntypedItem(to: node, index: Int32(count))
    }

    private mutating func item<T: Encodable>(_ value: T) throws {
        let index = Int32(count)
        count += 1
        try session.appendItem(value, to: node, index: index)
    }

    mutating func encodeNil() throws { try session.setNil(untypedItem()) }
    mutating func encode(_ value: Bool) throws { try item(value) }
    mutating func encode(_ value: String) throws { try item(value) }
    mutating func encode(_ value: Double) throws { try item(value) }
    mutating func encode(_ value: Float) throws { try item(value) }
    mutating func encode(_ value: Int) throws { try item(value) }
    mutating func encode(_ value: Int8) throws { try item(value) }
    mutating func encode(_ value: Int16) throws { try item(value) }
    mutating func encode(_ value: Int32) throws { try item(value) }
    mutating func encode(_ value: Int64) throws { try item(value) }
    mutating func encode(_ value: UInt) throws { try item(value) }
    mutating func encode(_ value: UInt8) throws { try item(value) }
    mutating func encode(_ value: UInt16) throws { try item(value) }
    mutating func encode(_ value: UInt32) throws { try item(value) }
    mutating func encode(_ value: UInt64) throws { try item(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try item(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        ElementEncoder(session: session, node: untypedItem()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        ElementEncoder(session: session, node: untypedItem()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ElementEncoder(session: session, node: untypedItem())
    }
}
