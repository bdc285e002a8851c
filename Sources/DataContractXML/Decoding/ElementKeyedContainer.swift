/// The keyed container of an element: its child elements by local name (and, under strict
/// namespaces, by the namespace the model's ``DataContract`` declares), in any order.
///
/// Keys map to name ids through a per-key-type ``KeyCache``; children are found by comparing
/// ids, starting after the child found last (DataContract writes members in a fixed order).
/// When several children have the key's name, the first in document order is the member,
/// whatever order the keys are asked in (``DecodingContext/child(of:named:startingAfter:)``).
struct ElementKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let context: DecodingContext
    let element: Int32
    let cache: KeyCache
    let contract: DataContract?

    var codingPath: [any CodingKey] { context.path(element) }

    var allKeys: [Key] {
        var seen = Set<Int32>()
        return context.children(of: element).compactMap { child in
            let name = context.elements[Int(child)].name
            guard seen.insert(name).inserted else { return nil }
            return Key(stringValue: context.names.string(name))
        }
    }

    func contains(_ key: Key) -> Bool {
        ((try? find(key)) ?? -1) >= 0
    }

    /// The child element for `key`, or -1.
    @inline(__always)
    private func find(_ key: Key) throws -> Int32 {
        let slot = cache.slot(for: key, names: context.names)
        let name = cache.nameID(slot)
        var child = context.child(of: element, named: name, atOffset: cache.offset(slot))
        if child < 0 {
            child = context.child(of: element, named: name, startingAfter: cache.hint)
            if child >= 0 { cache.setOffset(slot, child &- element) }
        }
        if child >= 0 {
            cache.hint = child
            if let contract { try checkNamespace(child, key, contract) }
            if context.checksUnknownElements { context.visited[Int(child)] = true }
        }
        return child
    }

    private func checkNamespace(_ child: Int32, _ key: Key, _ contract: DataContract) throws {
        let expected = contract.namespace(ofMember: key.stringValue) ?? contract.namespace
        let actual = context.names.string(context.elements[Int(child)].namespace)
        guard actual != expected else { return }
        throw context.corrupted(
            .namespaceMismatch, child,
            "is in namespace \"\(actual)\"; contract \(contract.name) declares member \(key.stringValue) in \"\(expected)\"")
    }

    private func keyNotFound(_ key: Key) -> DecodingError {
        DecodingError.keyNotFound(
            key,
            DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "\(context.position(element)) has no child element <\(key.stringValue)> (only optional members may be absent)"))
    }

    /// The resolved child for `key`; throws `keyNotFound` when absent.
    @inline(__always)
    private func required<T>(_ key: Key, _ type: T.Type) throws -> Int32 {
        let child = try find(key)
        guard child >= 0 else { throw keyNotFound(key) }
        return child
    }

    /// The child for `key` when present and not nil.
    @inline(__always)
    private func present(_ key: Key) throws -> Int32? {
        let child = try find(key)
        guard child >= 0 else { return nil }
        let resolved = try context.resolve(child)
        return try context.isNil(resolved) ? nil : child
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        let child = try required(key, Any?.self)
        return try context.isNil(try context.resolve(child))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        let child = try required(key, type)
        return try context.decodeBool(child)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        let child = try required(key, type)
        return try context.decodeString(child)
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        let child = try required(key, type)
        return try context.decodeDouble(child)
    }

    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        let child = try required(key, type)
        return try context.decodeFloat(child)
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        let child = try required(key, type)
        return try context.decodeInteger(child, type)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let child = try required(key, type)
        return try context.decode(type, child)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let child = try present(key) else { return nil }
        return try context.decodeBool(child)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let child = try present(key) else { return nil }
        return try context.decodeString(child)
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let child = try present(key) else { return nil }
        return try context.decodeDouble(child)
    }

    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        guard let child = try present(key) else { return nil }
        return try context.decodeFloat(child)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let child = try present(key) else { return nil }
        return try context.decode(type, child)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let child = try context.nestedElement(try required(key, type))
        return try ElementDecoder(context: context, element: child).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let child = try context.nestedElement(try required(key, [Any].self))
        return try ElementDecoder(context: context, element: child).unkeyedContainer()
    }

    /// The same element: DataContract writes a base class's members inline, in the same
    /// element as the derived class's (reference/datacontract-format.md §1–2), so a subclass's
    /// `super.init(from:)` reads them from here.
    func superDecoder() throws -> any Decoder {
        ElementDecoder(context: context, element: element)
    }

    /// The child element for `key`; throws `keyNotFound` when absent.
    func superDecoder(forKey key: Key) throws -> any Decoder {
        ElementDecoder(context: context, element: try context.nestedElement(try required(key, Any.self)))
    }
}
