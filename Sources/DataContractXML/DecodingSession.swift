/// State shared by everything decoded from one document or one stream: the options, the name
/// table, and the per-coding-key-type caches that map keys to name ids.
final class DecodingSession {
    let names = NameTable()
    let options: DataContractDecoder.Options
    let userInfo: [CodingUserInfoKey: Any]
    private var keyCaches: [ObjectIdentifier: KeyCache] = [:]

    init(options: DataContractDecoder.Options) {
        self.options = options
        var info: [CodingUserInfoKey: Any] = [:]
        for (key, value) in options.userInfo { info[key] = value }
        self.userInfo = info
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

/// Maps the coding keys of one key type to name ids without hashing strings: a model's
/// `init(from:)` asks for its keys in the same order for every record, so the next key asked
/// is almost always the one at the cursor (compared as a string, which for the same literal is
/// a few word compares).
final class KeyCache {
    private var keys: [String] = []
    private var ids: [Int32] = []
    var cursor = 0
    /// The child last found through this cache, where the next search starts.
    var hint: Int32 = -1

    @inline(__always)
    func nameID(for key: some CodingKey, names: NameTable) -> Int32 {
        let string = key.stringValue
        if cursor < keys.count, keys[cursor] == string {
            cursor += 1
            return ids[cursor - 1]
        }
        return slowNameID(string, names: names)
    }

    private func slowNameID(_ string: String, names: NameTable) -> Int32 {
        if let index = keys.firstIndex(of: string) {
            cursor = index + 1
            return ids[index]
        }
        let id = names.id(for: string)
        keys.append(string)
        ids.append(id)
        cursor = keys.count
        return id
    }
}
