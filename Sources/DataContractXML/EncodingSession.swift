import Foundation

/// The state of one encoding run (a document, or a list writer's whole list): the nodes and
/// text of the record being built, the interned namespaces, the per-type metadata, and the
/// output buffer. Not thread-safe; one per run.
final class EncodingSession {
    static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"
    static let arraysNamespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
    static let serializationNamespace = "http://schemas.microsoft.com/2003/10/Serialization/"

    let options: DataContractEncoder.Options
    let userInfo: [CodingUserInfoKey: Any]

    /// The record being built; node 0 is its top element.
    var nodes: [EncodedNode] = []
    /// Escaped text of the record's values.
    var text: [UInt8] = []
    /// The coding path above node 0 (a list item's index).
    var basePath: [DataContractCodingKey] = []
    /// The first error found while building where the `Encoder` API cannot throw
    /// (`nestedContainer(keyedBy:forKey:)` with an invalid key); thrown when the record ends.
    var deferredError: DataContractEncodingError?

    /// Namespace URIs by id, and their attribute-escaped UTF-8 bytes.
    var namespaces: [String] = []
    var namespaceBytes: [[UInt8]] = []
    var namespaceIDs: [String: Int32] = [:]
    let xsiID: Int32
    let arraysID: Int32
    let serializationID: Int32
    let defaultID: Int32

    /// Per-type metadata, by id, and the ids by type.
    var typeInfos: [EncodingTypeInfo] = []
    var typeIDs: [ObjectIdentifier: Int32] = [:]

    /// The output not yet handed to the sink.
    var out: [UInt8] = []
    /// In-scope prefix bindings while writing (prefix bytes, namespace id), innermost last.
    var bindings: [(prefix: [UInt8], namespace: Int32)] = []
    /// The in-scope default namespace while writing (-1: none).
    var defaultNamespace: Int32 = -1
    let indentation: [UInt8]?
    let selfClose: [UInt8]

    init(options: DataContractEncoder.Options) {
        self.options = options
        var info: [CodingUserInfoKey: Any] = [:]
        for (key, value) in options.userInfo { info[key] = value }
        self.userInfo = info
        self.indentation = options.indentation.map { Array($0.utf8) }
        self.selfClose = options.spaceBeforeSelfClosingSlash ? Array(" />".utf8) : Array("/>".utf8)
        xsiID = 0
        arraysID = 1
        serializationID = 2
        defaultID = 3
        for uri in [Self.xsiNamespace, Self.arraysNamespace, Self.serializationNamespace, options.defaultNamespace] {
            _ = intern(uri)
        }
        out.reserveCapacity(options.flushThreshold + 4096)
    }

    /// The id of a namespace URI, interning it on first use.
    func intern(_ uri: String) -> Int32 {
        if let id = namespaceIDs[uri] { return id }
        let id = Int32(namespaces.count)
        namespaces.append(uri)
        var escaped: [UInt8] = []
        Self.appendEscapedAttribute(uri, to: &escaped)
        namespaceBytes.append(escaped)
        namespaceIDs[uri] = id
        return id
    }

    // MARK: Records

    /// Starts a new record whose top element is `name` in namespace `namespace`.
    func beginRecord(name: String, namespace: Int32, basePath: [DataContractCodingKey]) {
        nodes.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        deferredError = nil
        self.basePath = basePath
        nodes.append(EncodedNode(name: name, namespace: namespace, parent: -1))
    }

    /// Appends a child element to `parent` and returns its index.
    @inline(__always)
    func addChild(_ parent: Int32, name: String, namespace: Int32, index: Int32 = -1) -> Int32 {
        let child = Int32(nodes.count)
        var node = EncodedNode(name: name, namespace: namespace, parent: parent)
        node.index = index
        nodes.append(node)
        let last = nodes[Int(parent)].lastChild
        if last >= 0 {
            nodes[Int(last)].nextSibling = child
        } else {
            nodes[Int(parent)].firstChild = child
        }
        nodes[Int(parent)].lastChild = child
        nodes[Int(parent)].content = .children
        return child
    }

    /// Appends the member element `name` of the keyed element `parent`, in the namespace and
    /// group its contract declares for it.
    func addMember(_ parent: Int32, _ name: String) -> Int32 {
        let contractID = nodes[Int(parent)].contract
        var namespace = nodes[Int(parent)].namespace
        var group: Int32 = 0
        var rank: Int32 = -1
        if contractID >= 0 {
            let info = typeInfos[Int(contractID)]
            if let slot = info.slots[name] {
                namespace = slot.namespace
                group = slot.group
                rank = slot.rank
            } else {
                checkName(name, parent: parent)
                info.slots[name] = (info.ownGroup, info.ownNamespace, -1)
                namespace = info.ownNamespace
                group = info.ownGroup
            }
        } else {
            checkName(name, parent: parent)
        }
        let child = addChild(parent, name: name, namespace: namespace)
        nodes[Int(child)].group = group
        nodes[Int(child)].rank = rank
        nodes[Int(parent)].sortsChildren = true
        return child
    }

    /// Records an ``DataContractEncodingError/Code/invalidName`` error unless `name` is an XML
    /// NCName (approximated: ASCII letters, digits, `_`, `-`, `.`, and any non-ASCII character;
    /// not starting with a digit, `-` or `.`).
    func checkName(_ name: String, parent: Int32) {
        var valid = !name.isEmpty
        var first = true
        for byte in name.utf8 where valid {
            let letter = (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "_") || byte >= 0x80
            let other = byte &- 0x30 < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            valid = first ? letter : (letter || other)
            first = false
        }
        guard !valid, deferredError == nil else { return }
        deferredError = DataContractEncodingError(
            code: .invalidName, codingPath: codingPath(parent) + [name],
            message: "the coding key \"\(name)\" is not an XML element name")
    }

    /// Throws the error recorded while building, if any.
    func throwDeferred() throws(DataContractEncodingError) {
        if let deferredError { throw deferredError }
    }

    // MARK: Coding paths

    /// The coding path of node `index`, as strings (`Client`, `Index 2`).
    func codingPath(_ index: Int32) -> [String] {
        var parts: [String] = []
        var current = index
        while current > 0 {
            let node = nodes[Int(current)]
            parts.append(node.index >= 0 ? "Index \(node.index)" : node.name)
            current = node.parent
        }
        return basePath.map(\.stringValue) + parts.reversed()
    }

    /// The coding path of node `index`, as coding keys.
    func codingKeys(_ index: Int32) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = index
        while current > 0 {
            let node = nodes[Int(current)]
            keys.append(node.index >= 0 ? DataContractCodingKey(intValue: Int(node.index)) : DataContractCodingKey(stringValue: node.name))
            current = node.parent
        }
        return basePath + keys.reversed()
    }

    func error(_ code: DataContractEncodingError.Code, _ node: Int32, _ message: String) -> DataContractEncodingError {
        DataContractEncodingError(code: code, codingPath: codingPath(node), message: message)
    }
}
