/// The single-value container of an element: its text, or `i:nil="true"`; a composite value
/// encodes its members into the same element.
struct ElementSingleValueEncodingContainer: SingleValueEncodingContainer {
    let session: EncodingSession
    let node: Int32

    var codingPath: [any CodingKey] { session.codingKeys(node) }

    /// `i:nil="true"` (reference/datacontract-format.md §3).
    mutating func encodeNil() throws { try session.setNil(node) }
    mutating func encode(_ value: Bool) throws { try session.setBool(node, value) }
    mutating func encode(_ value: String) throws { try session.setString(node, value) }
    mutating func encode(_ value: Double) throws { try session.setDouble(node, value) }
    mutating func encode(_ value: Float) throws { try session.setFloat(node, value) }
    mutating func encode(_ value: Int) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: Int8) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: Int16) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: Int32) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: Int64) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: UInt) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: UInt8) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: UInt16) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: UInt32) throws { try session.setInteger(node, value) }
    mutating func encode(_ value: UInt64) throws { try session.setInteger(node, value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try session.encodeValue(value, into: node) }
}
