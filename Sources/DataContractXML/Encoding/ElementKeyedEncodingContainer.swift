/// The keyed container of an element: each key is a member element, in the namespace and
/// member group the element's contract declares for it; written in DataContract order once the
/// record is complete.
///
/// `encodeIfPresent` (what synthesized `Codable` calls for optionals) writes a `nil` value as
/// `<X i:nil="true" />` or leaves it out, per ``DataContractEncoder/Options/nilMembers``.
struct ElementKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let session: EncodingSession
    let node: Int32

    var codingPath: [any CodingKey] { session.codingKeys(node) }

    @inline(__always)
    private func member(_ key: Key) throws(DataContractEncodingError) -> Int32 {
        try session.addMember(node, key.stringValue)
    }

    /// A `nil` value for `key`: `i:nil`, or nothing with ``DataContractEncoder/NilMembers/omit``.
    private func absent(_ key: Key) throws(DataContractEncodingError) {
        guard session.options.nilMembers == .writeNil else { return }
        try session.setNil(member(key))
    }

    mutating func encodeNil(forKey key: Key) throws { try session.setNil(member(key)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try session.setBool(member(key), value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try session.setString(member(key), value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try session.setDouble(member(key), value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try session.setFloat(member(key), value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try session.setInteger(member(key), value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try session.setInteger(member(key), value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if session.options.nilMembers == .omit, let optional = value as? any EncodableOptionalMarker,
            optional.wrappedEncodable == nil
        {
            return
        }
        try session.encodeMember(value, into: member(key))
    }

    // The standard library's defaults skip `nil`; DataContractSerializer writes `i:nil`.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try absent(key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        ElementEncoder(session: session, node: session.addMemberDeferring(node, key.stringValue))
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ElementEncoder(session: session, node: session.addMemberDeferring(node, key.stringValue)).unkeyedContainer()
    }

    /// The same element: DataContractSerializer writes a base class's members inline, in the
    /// element of the derived class (reference/datacontract-format.md §1–2), in the groups the
    /// contract declares.
    mutating func superEncoder() -> any Encoder {
        ElementEncoder(session: session, node: node)
    }

    /// A member element named `key`.
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ElementEncoder(session: session, node: session.addMemberDeferring(node, key.stringValue))
    }
}
