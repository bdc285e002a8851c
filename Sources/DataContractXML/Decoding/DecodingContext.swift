/// One parsed document (or one streamed item) being decoded: the element records and text as
/// immutable arrays, plus the little mutable bookkeeping decoding needs (which elements were
/// read as lists, for coding paths; which children were asked for, for the unknown-element
/// check; which references are being followed, against cycles).
final class DecodingContext {
    let session: DecodingSession
    let names: NameTable
    let elements: [ElementRecord]
    let text: [UInt8]
    let extras: [ElementExtras]
    let ids: [String: Int32]
    /// The coding path of element 0 (empty for a document root, `[index]` for a list item).
    let basePath: [any CodingKey]
    let checksUnknownElements: Bool
    let strictNamespaces: Bool
    /// The most decodes allowed: one per element of the buffer, plus
    /// ``DataContractDecoder/Limits/maxReferencedItems``.
    let decodeBudget: Int
    /// Elements decoded so far (see ``countDecoded(_:)``).
    // The mutable bookkeeping below is exempt from run-time exclusivity checks (one is about 75
    // instructions, and they ran several times per member): a context is used from one thread,
    // and no access to these properties spans a call that could reach them again.
    @exclusivity(unchecked) var decodedCount = 0

    /// Elements read through an unkeyed container: their children are named by index in paths.
    @exclusivity(unchecked) var unkeyedParents: Set<Int32> = []
    /// Elements read through a keyed container (only tracked when checking unknown elements).
    @exclusivity(unchecked) var keyedParents: Set<Int32> = []
    /// Children some key asked for (only tracked when checking unknown elements).
    @exclusivity(unchecked) var visited: [Bool] = []
    /// Elements reached through `z:Ref` whose decoding has not finished.
    @exclusivity(unchecked) var activeReferences: Set<Int32> = []
    /// Contracts of elements decoded as a ``DataContractDescribing`` type (strict mode only).
    @exclusivity(unchecked) var contracts: [Int32: DataContract] = [:]

    init(session: DecodingSession, buffer: ElementBuffer, basePath: [any CodingKey]) {
        self.session = session
        self.names = session.names
        self.elements = buffer.elements
        self.text = buffer.text
        self.extras = buffer.extras
        self.ids = buffer.ids
        self.basePath = basePath
        self.checksUnknownElements = session.options.unknownElements == .error
        self.strictNamespaces = session.options.strictNamespaces
        self.decodeBudget = buffer.elements.count + session.options.limits.maxReferencedItems
        if checksUnknownElements { visited = Array(repeating: false, count: buffer.elements.count) }
    }

    // MARK: Object graph size

    /// Counts one decoded element (each decode of a value, and each time a `z:Ref` is followed
    /// to decode its target again) against the budget: the buffer's own elements plus
    /// ``DataContractDecoder/Limits/maxReferencedItems``.
    ///
    /// - Parameter index: the element being decoded (the referencing one for a `z:Ref`), for
    ///   the error position.
    /// - Throws: ``DataContractXMLError`` with code
    ///   ``DataContractXMLError/Code/objectGraphLimitExceeded`` past the limit.
    @inline(__always)
    func countDecoded(_ index: Int32) throws {
        decodedCount += 1
        if decodedCount > decodeBudget { throw objectGraphLimitExceeded(index) }
    }

    private func objectGraphLimitExceeded(_ index: Int32) -> DataContractXMLError {
        xmlError(
            .objectGraphLimitExceeded, index,
            "decoding <\(names.string(elements[Int(index)].name))> goes past the limit of \(decodeBudget - elements.count) decodes added by z:Ref references (Limits.maxReferencedItems); a reference decodes its target again at every use")
    }

    /// Follows a `z:Ref` on `child` and counts it as decoded: for nested containers and
    /// decoders handed out by containers, which decode the element without going through
    /// ``decode(_:_:)``.
    func nestedElement(_ child: Int32) throws -> Int32 {
        let index = try resolve(child)
        try countDecoded(child)
        return index
    }

    // MARK: Paths and positions

    /// The coding path of element `index`.
    func path(_ index: Int32) -> [any CodingKey] {
        var parts: [any CodingKey] = []
        var current = index
        while current >= 0 {
            let parent = elements[Int(current)].parent
            guard parent >= 0 else { break }
            if unkeyedParents.contains(parent) {
                var position = 0
                var sibling = elements[Int(parent)].firstChild
                while sibling >= 0, sibling != current {
                    position += 1
                    sibling = elements[Int(sibling)].nextSibling
                }
                parts.append(DataContractCodingKey(intValue: position))
            } else {
                parts.append(DataContractCodingKey(stringValue: names.string(elements[Int(current)].name)))
            }
            current = parent
        }
        return basePath + parts.reversed()
    }

    /// `line L, column C: <Name>`, the start of messages about element `index`.
    func position(_ index: Int32) -> String {
        let record = elements[Int(index)]
        return "line \(record.line), column \(record.column): <\(names.string(record.name))>"
    }

    func xmlError(_ code: DataContractXMLError.Code, _ index: Int32, _ message: String) -> DataContractXMLError {
        let record = elements[Int(index)]
        return DataContractXMLError(
            code: code, line: Int(record.line), column: Int(record.column), message: message)
    }

    /// `DecodingError.dataCorrupted` at element `index`, with `message` after the position.
    func corrupted(_ index: Int32, _ message: String, underlying: (any Error)? = nil) -> DecodingError {
        .dataCorrupted(
            DecodingError.Context(
                codingPath: path(index), debugDescription: "\(position(index)) \(message)",
                underlyingError: underlying))
    }

    /// `DecodingError.dataCorrupted` carrying a ``DataContractXMLError``.
    func corrupted(_ code: DataContractXMLError.Code, _ index: Int32, _ message: String) -> DecodingError {
        corrupted(index, message, underlying: xmlError(code, index, "<\(names.string(elements[Int(index)].name))> \(message)"))
    }

    // MARK: Children

    /// The first child of `parent` with local name `name`, or -1. When a name repeats, the
    /// first element of that name in document order wins (DataContractSerializer reads members
    /// in order and takes the first), whatever order the keys are asked in.
    ///
    /// `hint`, a child of `parent` found before, is only a shortcut: members are usually asked
    /// for in document order, so the search starts after it; a match there is returned only
    /// when no earlier sibling can have its name (``ElementRecord/maybeRepeatedName``),
    /// otherwise the search starts again from the first child.
    @inline(__always)
    func child(of parent: Int32, named name: Int32, startingAfter hint: Int32 = -1) -> Int32 {
        var candidate: Int32
        if hint >= 0, hint < elements.count, elements[Int(hint)].parent == parent {
            candidate = elements[Int(hint)].nextSibling
            while candidate >= 0 {
                let record = elements[Int(candidate)]
                if record.name == name {
                    if record.flags & ElementRecord.maybeRepeatedName == 0 { return candidate }
                    break
                }
                candidate = record.nextSibling
            }
        }
        candidate = elements[Int(parent)].firstChild
        while candidate >= 0 {
            if elements[Int(candidate)].name == name { return candidate }
            candidate = elements[Int(candidate)].nextSibling
        }
        return -1
    }

    /// The child of `parent` at index `parent + offset` when it has local name `name` and no
    /// earlier sibling can have that name (so it is the one ``child(of:named:startingAfter:)``
    /// would find), else -1. A shortcut for records of the same shape as one seen before.
    @inline(__always)
    func child(of parent: Int32, named name: Int32, atOffset offset: Int32) -> Int32 {
        guard offset > 0 else { return -1 }
        let (candidate, overflow) = parent.addingReportingOverflow(offset)
        guard !overflow, candidate < elements.count else { return -1 }
        let record = elements[Int(candidate)]
        guard record.parent == parent, record.name == name,
            record.flags & ElementRecord.maybeRepeatedName == 0
        else { return -1 }
        return candidate
    }

    func children(of parent: Int32) -> [Int32] {
        var result: [Int32] = []
        var candidate = elements[Int(parent)].firstChild
        while candidate >= 0 {
            result.append(candidate)
            candidate = elements[Int(candidate)].nextSibling
        }
        return result
    }

    /// The resolved `i:type` of element `index`.
    func xsiType(_ index: Int32) -> QualifiedName? {
        let record = elements[Int(index)]
        guard record.extras >= 0, let type = extras[Int(record.extras)].xsiType else { return nil }
        return QualifiedName(namespace: names.string(type.namespace), localName: names.string(type.name))
    }
}
