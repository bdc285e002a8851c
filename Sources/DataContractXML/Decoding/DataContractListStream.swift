/// Writes a list document (`<ArrayOfX>`) item by item: the root start tag before the first
/// item, each item as soon as it is given, the end tag at the end. Holds one item's tree.
final class DataContractListStream {
    let session: EncodingSession
    let sink: ([UInt8]) throws -> Void
    let rootName: String
    let rootNamespace: Int32
    private(set) var count = 0
    private var started = false
    private(set) var finished = false

    /// - Parameters:
    ///   - listType: the Swift collection type (`[X]`), whose contract names the root
    ///     (`ArrayOfX` in X's namespace, `ArrayOfstring` in the Arrays namespace).
    init(session: EncodingSession, listType: Any.Type, sink: @escaping ([UInt8]) throws -> Void) {
        self.session = session
        self.sink = sink
        let info = session.typeInfos[Int(session.typeInfo(listType))]
        self.rootName = info.name
        self.rootNamespace = info.namespace
        if case .collection(let item) = info.kind { self.itemNameError = item.unwrapped.invalidName }
        session.sink = sink
    }

    /// Why the item contract's name cannot be written, if it cannot.
    private var itemNameError: String?

    /// Throws an invalid option, or an item contract name that is not an XML name (the root's
    /// name `ArrayOfX` is made from it), before anything is written.
    private func checkStart() throws(DataContractEncodingError) {
        try session.throwOptionsError()
        if let itemNameError {
            throw DataContractEncodingError(code: .invalidName, codingPath: [], message: itemNameError)
        }
    }

    private func writeRootStart(selfClosing: Bool) {
        let out = session
        out.out.append(UInt8(ascii: "<"))
        out.out.append(contentsOf: rootName.utf8)
        out.out.append(contentsOf: " xmlns:i=\"".utf8)
        out.out.append(contentsOf: session.namespaceBytes[Int(session.xsiID)])
        out.out.append(contentsOf: "\" xmlns=\"".utf8)
        out.out.append(contentsOf: session.namespaceBytes[Int(rootNamespace)])
        out.out.append(UInt8(ascii: "\""))
        out.out.append(contentsOf: selfClosing ? session.selfClose : [UInt8(ascii: ">")])
        session.defaultNamespace = rootNamespace
        session.bindings = [(Array("i".utf8), session.xsiID)]
        started = true
    }

    func append<T: Encodable>(_ item: T) throws {
        guard !finished else {
            throw DataContractEncodingError(code: .invalidUse, codingPath: [], message: "an item was appended after finish()")
        }
        if !started {
            try checkStart()
            writeRootStart(selfClosing: false)
        }
        let info = session.typeInfos[Int(session.typeInfo(T.self))]
        session.beginRecord(
            name: info.name, namespace: session.itemNamespace(info), basePath: [DataContractCodingKey(intValue: count)])
        session.nodes[0].index = Int32(count)
        try session.encodeValue(item, into: 0)
        try session.throwDeferred()
        session.writeIndent(1)
        try session.writeElement(0, depth: 2)
        count += 1
        if session.out.count >= session.options.flushThreshold { try flush() }
    }

    func finish() throws {
        guard !finished else { return }
        if !started { try checkStart() }
        finished = true
        if !started {
            writeRootStart(selfClosing: true)
        } else {
            session.writeIndent(0)
            session.out.append(contentsOf: "</".utf8)
            session.out.append(contentsOf: rootName.utf8)
            session.out.append(UInt8(ascii: ">"))
        }
        try flush()
    }

    func flush() throws {
        guard !session.out.isEmpty else { return }
        try sink(session.out)
        session.out.removeAll(keepingCapacity: true)
    }
}
