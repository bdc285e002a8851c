/// The `Encoder` handed to a value's `encode(to:)`: it writes into one buffered element of the
/// record being encoded (``EncodingSession``).
struct ElementEncoder: Encoder {
    let session: EncodingSession
    let node: Int32

    var codingPath: [any CodingKey] { session.codingKeys(node) }
    var userInfo: [CodingUserInfoKey: Any] { session.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        openChildren("keyed")
        session.nodes[Int(node)].sortsChildren = true
        return KeyedEncodingContainer(ElementKeyedEncodingContainer<Key>(session: session, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        openChildren("unkeyed")
        var count = 0
        var child = session.nodes[Int(node)].firstChild
        while child >= 0 {
            count += 1
            child = session.nodes[Int(child)].nextSibling
        }
        return ElementUnkeyedEncodingContainer(session: session, node: node, count: count)
    }

    /// Marks the element as holding children. Text or `nil` already encoded through a
    /// single-value container would be lost, so that records
    /// ``DataContractEncodingError/Code/invalidUse`` (thrown when the record ends: this
    /// `Encoder` call cannot throw).
    private func openChildren(_ kind: String) {
        switch session.nodes[Int(node)].content {
        case .empty: session.nodes[Int(node)].content = .children
        case .children: break
        case .text, .isNil:
            session.recordDeferred(
                session.error(.invalidUse, node, "a \(kind) container was opened on an element that already has a value"))
        }
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ElementSingleValueEncodingContainer(session: session, node: node)
    }
}
