/// The Swift `Decoder` for one element of a DataContract document.
///
/// A struct of two words, so handing it to `init(from:)` as `any Decoder` does not allocate;
/// the coding path is computed from the element tree only when asked for.
struct ElementDecoder: Decoder {
    let context: DecodingContext
    /// The element, with any `z:Ref` already followed.
    let element: Int32

    var codingPath: [any CodingKey] { context.path(element) }

    var userInfo: [CodingUserInfoKey: Any] {
        guard let type = context.xsiType(element) else { return context.session.userInfo }
        var info = context.session.userInfo
        info[DataContractDecoder.xsiTypeUserInfoKey] = type
        return info
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try context.checkContainer(element, as: [String: Any].self)
        if context.checksUnknownElements { context.keyedParents.insert(element) }
        return KeyedDecodingContainer(
            ElementKeyedContainer<Key>(
                context: context, element: element, cache: context.session.keyCache(for: Key.self),
                contract: context.strictNamespaces ? context.contracts[element] : nil))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try context.checkContainer(element, as: [Any].self)
        return ElementUnkeyedContainer(context: context, element: element)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ElementSingleValueContainer(context: context, element: element)
    }
}
