/// The `Encoder` handed to a value's `encode(to:)`: it writes into one buffered element of the
/// record being encoded (``EncodingSession``).
struct ElementEncoder: Encoder {
    let session: EncodingSession
    let node: Int32

    var codingPath: [any CodingKey] { session.codingKeys(node) }
    var userInfo: [CodingUserInfoKey: Any] { session.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if session.nodes[Int(node)].content == .empty { session.nodes[Int(node)].content = .children }
        session.nodes[Int(node)].sortsChildren = true
        return KeyedEncodingContainer(ElementKeyedEncodingContainer<Key>(session: session, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if session.nodes[Int(node)].content == .empty { session.nodes[Int(node)].content = .children }
        var count = 0
        var child = session.nodes[Int(node)].firstChild
        while child >= 0 {
            count += 1
            child = session.nodes[Int(child)].nextSibling
        }
        return ElementUnkeyedEncodingContainer(session: session, node: node, count: count)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ElementSingleValueEncodingContainer(session: session, node: node)
    }
}
