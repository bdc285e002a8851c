/// The members of one ``DataContractMemberwiseDecodable`` type in DataContract order, with
/// their local name and namespace ids in one session's ``NameTable``. Built once per type and
/// session (``DecodingSession/memberTable(_:)``).
final class MemberTable {
    /// The type, for calling its initializer.
    let type: any DataContractMemberwiseDecodable.Type
    /// Wire names in ``DataContract/memberOrder``.
    let keys: [String]
    let names: [Int32]
    let namespaces: [Int32]
    /// Consecutive fallbacks; after ``fallbackLimit`` in a row the memberwise path is no longer
    /// tried for this type in this session (documents of another shape than the contract's).
    @exclusivity(unchecked) var fallbacksInARow = 0
    static let fallbackLimit = 16
    /// Elements read memberwise without falling back (for tests and profiles).
    @exclusivity(unchecked) var successes = 0

    init(_ type: any DataContractMemberwiseDecodable.Type, names table: NameTable) {
        self.type = type
        let contract = type.dataContract
        keys = contract.memberOrder
        names = keys.map { table.id(for: $0) }
        namespaces = keys.map { table.id(for: contract.namespace(ofMember: $0) ?? contract.namespace) }
    }

    /// The index of member `key` at or after `start`.
    @inline(__always)
    func index(of key: String, from start: Int) throws(DataContractMemberReader.Surprise) -> Int {
        if start < keys.count, keys[start] == key { return start }
        var index = start + 1
        while index < keys.count {
            if keys[index] == key { return index }
            index += 1
        }
        throw DataContractMemberReader.Surprise()
    }
}
