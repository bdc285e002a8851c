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
    /// The `z:Id`s written so far in the document (``DataContract/isReference``): the next is
    /// `i` + this + 1. A session writes one document, so .NET's per-document numbering holds.
    var referenceIDs = 0
    let indentation: [UInt8]?
    let selfClose: [UInt8]
    /// ``DataContractEncoder/Options/flushThreshold``, at least 0.
    let flushThreshold: Int
    /// Why the options cannot be used (``DataContractEncodingError/Code/invalidOption``);
    /// thrown before anything is written.
    let optionsError: DataContractEncodingError?
    /// Where ``out`` goes once it holds ``flushThreshold`` bytes while a record is written;
    /// `nil` to keep it all in ``out``.
    var sink: (([UInt8]) throws -> Void)?

    init(options: DataContractEncoder.Options) {
        self.options = options
        var info: [CodingUserInfoKey: Any] = [:]
        for (key, value) in options.userInfo { info[key] = value }
        self.userInfo = info
        self.indentation = options.indentation.map { Array($0.utf8) }
        self.selfClose = options.spaceBeforeSelfClosingSlash ? Array(" />".utf8) : Array("/>".utf8)
        flushThreshold = max(0, options.flushThreshold)
        optionsError = Self.validate(options)
        xsiID = 0
        arraysID = 1
        serializationID = 2
        defaultID = 3
        for uri in [Self.xsiNamespace, Self.arraysNamespace, Self.serializationNamespace, options.defaultNamespace] {
            _ = intern(uri)
        }
        // Int.max must not overflow, nor a huge threshold reserve gigabytes up front.
        out.reserveCapacity(min(flushThreshold, 1 << 20) + 4096)
    }

    /// The first option outside its documented range, as an error, or `nil`.
    static func validate(_ options: DataContractEncoder.Options) -> DataContractEncodingError? {
        if let scale = options.decimalScale, !(0...28).contains(scale) {
            return DataContractEncodingError(
                code: .invalidOption, codingPath: [],
                message: "decimalScale \(scale) is not in 0...28, the scales a .NET decimal has")
        }
        if let indentation = options.indentation,
            !indentation.utf8.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        {
            return DataContractEncodingError(
                code: .invalidOption, codingPath: [],
                message: "indentation may hold only spaces and tabs, not \(String(reflecting: indentation))")
        }
        return nil
    }

    /// Throws ``optionsError``, if any.
    func throwOptionsError() throws(DataContractEncodingError) {
        if let optionsError { throw optionsError }
    }

    /// Hands ``out`` to ``sink`` when it holds at least ``flushThreshold`` bytes.
    @inline(__always)
    func flushIfFull() throws {
        guard out.count >= flushThreshold, !out.isEmpty, let sink else { return }
        try sink(out)
        out.removeAll(keepingCapacity: true)
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
    ///
    /// - Throws: ``DataContractEncodingError/Code/invalidName`` when `name` is not an XML
    ///   NCName; ``DataContractEncodingError/Code/invalidUse`` when `parent` already has a
    ///   member `name` (one key encoded twice would write two elements).
    func addMember(_ parent: Int32, _ name: String) throws(DataContractEncodingError) -> Int32 {
        let contractID = nodes[Int(parent)].contract
        var namespace = nodes[Int(parent)].namespace
        var group: Int32 = 0
        var rank: Int32 = -1
        if contractID >= 0 {
            let info = typeInfos[Int(contractID)]
            if let slot = info.slots[name] {
                // Checked once, when the type's metadata was made.
                namespace = slot.namespace
                group = slot.group
                rank = slot.rank
            } else {
                try checkName(name, parent: parent)
                info.slots[name] = (info.ownGroup, info.ownNamespace, -1)
                namespace = info.ownNamespace
                group = info.ownGroup
            }
        } else {
            try checkName(name, parent: parent)
        }
        // A contract member's rank stands for its name (one rank per name): compare integers.
        var sibling = nodes[Int(parent)].firstChild
        while sibling >= 0 {
            let other = nodes[Int(sibling)].rank
            if rank >= 0 ? other == rank : (other < 0 && nodes[Int(sibling)].index < 0 && nodes[Int(sibling)].name == name) {
                throw DataContractEncodingError(
                    code: .invalidUse, codingPath: codingPath(parent) + [name],
                    message: "the key \"\(name)\" was encoded twice in one container")
            }
            sibling = nodes[Int(sibling)].nextSibling
        }
        let child = addChild(parent, name: name, namespace: namespace)
        nodes[Int(child)].group = group
        nodes[Int(child)].rank = rank
        nodes[Int(parent)].sortsChildren = true
        return child
    }

    /// ``addMember(_:_:)`` for the `Encoder` calls that cannot throw (`nestedContainer`,
    /// `superEncoder(forKey:)`): records the error to throw when the record ends and returns a
    /// throwaway element.
    func addMemberDeferring(_ parent: Int32, _ name: String) -> Int32 {
        do {
            return try addMember(parent, name)
        } catch {
            recordDeferred(error)
            return addChild(parent, name: name, namespace: nodes[Int(parent)].namespace)
        }
    }

    /// Keeps `error` to throw when the record ends, unless an earlier one is kept.
    func recordDeferred(_ error: DataContractEncodingError) {
        if deferredError == nil { deferredError = error }
    }

    /// Throws ``DataContractEncodingError/Code/invalidName`` unless `name` is an XML NCName.
    func checkName(_ name: String, parent: Int32) throws(DataContractEncodingError) {
        guard !Self.isNCName(name) else { return }
        throw DataContractEncodingError(
            code: .invalidName, codingPath: codingPath(parent) + [name],
            message: "the coding key \"\(name)\" is not an XML element name")
    }

    /// Whether `name` is an XML NCName (Namespaces in XML 1.0 §3, XML 1.0 5th ed. §2.3): a
    /// `NameStartChar` other than `:`, then `NameChar`s other than `:`.
    static func isNCName(_ name: String) -> Bool {
        var first = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            let start: Bool
            switch value {
            case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
                0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
                0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
                start = true
            default:
                start = false
            }
            if first {
                guard start else { return false }
                first = false
                continue
            }
            guard start else {
                switch value {
                case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: continue
                default: return false
                }
            }
        }
        return !first
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
