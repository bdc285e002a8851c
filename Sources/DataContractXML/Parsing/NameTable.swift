/// Interns the local names and namespace URIs of one parse to small integer ids, so elements,
/// coding keys and namespaces are compared as integers.
///
/// The SAX parser maps libxml2's interned name pointers to ids (pointer first, bytes on a miss);
/// the decoder maps coding-key strings to the same ids. Id 0 is the empty name (no namespace).
final class NameTable {
    /// The strings, by id.
    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]

    static let empty: Int32 = 0
    static let xsiNamespace: Int32 = 1
    static let serializationNamespace: Int32 = 2
    static let nilName: Int32 = 3
    static let typeName: Int32 = 4
    static let refName: Int32 = 5
    static let idName: Int32 = 6
    static let keyName: Int32 = 7
    static let valueName: Int32 = 8

    init() {
        for name in [
            "", "http://www.w3.org/2001/XMLSchema-instance",
            "http://schemas.microsoft.com/2003/10/Serialization/", "nil", "type", "Ref", "Id",
            "Key", "Value",
        ] {
            _ = id(for: name)
        }
    }

    /// The id of `name`, adding it when new.
    func id(for name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(strings.count)
        strings.append(name)
        ids[name] = id
        return id
    }

    /// The id of `name` if it was seen, without adding it.
    func existingID(for name: String) -> Int32? { ids[name] }

    /// The string with this id.
    @inline(__always)
    func string(_ id: Int32) -> String { strings[Int(id)] }
}
