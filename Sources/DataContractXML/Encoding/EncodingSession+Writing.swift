extension EncodingSession {
    /// Writes the record's top element (node 0) at `depth` (1 for the document root, which
    /// also declares `xmlns:i`), with the namespace bindings in scope.
    func writeRecord(depth: Int, isDocumentRoot: Bool) throws {
        try writeElement(0, depth: depth, isDocumentRoot: isDocumentRoot)
    }

    /// The prefix bound to `namespace` in scope, innermost first.
    @inline(__always)
    func boundPrefix(_ namespace: Int32) -> [UInt8]? {
        var index = bindings.count - 1
        while index >= 0 {
            if bindings[index].namespace == namespace { return bindings[index].prefix }
            index -= 1
        }
        return nil
    }

    @inline(__always)
    func writeIndent(_ level: Int) {
        guard let indentation else { return }
        out.append(0x0A)
        for _ in 0..<level { out.append(contentsOf: indentation) }
    }

    /// Writes one element as .NET's `XmlWriter` under DataContractSerializer does:
    ///
    /// 1. The name: unprefixed when its namespace is the default namespace in scope; else with
    ///    the prefix bound to it in scope (`d2p1:Nickname`); else unprefixed, redeclaring the
    ///    default namespace (`<Disputes xmlns="…Profile">`).
    /// 2. Attributes in the order they are written: `xmlns:i` (document root only), the
    ///    `xmlns:d{depth}p{n}` declaration of a member's contract namespace when no prefix or
    ///    default binds it yet, for a known type `i:type` (and the `xmlns:d{depth}p{n}` its
    ///    namespace needs), for a reference contract `z:Id="iN"` (and `xmlns:z` unless in scope),
    ///    `i:nil="true"`, and last the default namespace redeclaration
    ///    (the writer emits pending declarations when it closes the start tag).
    /// 3. Content: text; or children (sorted into DataContract member order for members); or
    ///    nothing: `<X />`. An empty string is `<X></X>`.
    ///
    /// After each child element, hands ``out`` to ``sink`` once it holds ``flushThreshold``
    /// bytes, so a large record streams in pieces too.
    func writeElement(_ index: Int32, depth: Int, isDocumentRoot: Bool = false) throws {
        let node = nodes[Int(index)]
        let savedDefault = defaultNamespace
        let savedBindings = bindings.count
        out.append(UInt8(ascii: "<"))
        var prefix: [UInt8]? = nil
        var redeclare = false
        if node.namespace != defaultNamespace {
            prefix = boundPrefix(node.namespace)
            if prefix == nil { redeclare = true }
        }
        writeQualifiedName(prefix, node.name)
        if redeclare { defaultNamespace = node.namespace }
        if isDocumentRoot {
            out.append(contentsOf: " xmlns:i=\"".utf8)
            out.append(contentsOf: namespaceBytes[Int(xsiID)])
            out.append(UInt8(ascii: "\""))
            bindings.append((Array("i".utf8), xsiID))
        }
        var declaredHere = 0
        func declarePrefix(_ namespace: Int32) -> [UInt8] {
            declaredHere += 1
            var declared = Array("d".utf8)
            LexicalForm.appendInteger(depth + options.prefixDepthOffset, to: &declared)
            declared.append(UInt8(ascii: "p"))
            LexicalForm.appendInteger(declaredHere, to: &declared)
            out.append(contentsOf: " xmlns:".utf8)
            out.append(contentsOf: declared)
            out.append(contentsOf: "=\"".utf8)
            out.append(contentsOf: namespaceBytes[Int(namespace)])
            out.append(UInt8(ascii: "\""))
            bindings.append((declared, namespace))
            return declared
        }
        if node.declare >= 0, node.declare != defaultNamespace, boundPrefix(node.declare) == nil {
            _ = declarePrefix(node.declare)
        }
        if node.xsiType >= 0 {
            // `i:type` is an xs:QName: the known type's contract name with the prefix bound to
            // its namespace in scope, declaring `d{depth}p{n}` when there is none (as .NET's
            // XmlWriter does for WriteAttributeQualifiedName); unprefixed in the default namespace.
            let info = typeInfos[Int(node.xsiType)]
            let typePrefix: [UInt8]? =
                info.namespace == defaultNamespace && !redeclare ? nil : (boundPrefix(info.namespace) ?? declarePrefix(info.namespace))
            out.append(contentsOf: " i:type=\"".utf8)
            writeQualifiedName(typePrefix, info.name)
            out.append(UInt8(ascii: "\""))
        }
        if node.isReference {
            // `z:Id="iN"`, numbered in the order the start tags are written, as .NET's
            // ObjectReferenceStack does; `xmlns:z` on the element unless an ancestor bound it.
            referenceIDs += 1
            out.append(contentsOf: " z:Id=\"i".utf8)
            LexicalForm.appendInteger(referenceIDs, to: &out)
            out.append(UInt8(ascii: "\""))
            if !zBoundToSerialization() {
                out.append(contentsOf: " xmlns:z=\"".utf8)
                out.append(contentsOf: namespaceBytes[Int(serializationID)])
                out.append(UInt8(ascii: "\""))
                bindings.append((Array("z".utf8), serializationID))
            }
        }
        if node.content == .isNil {
            out.append(contentsOf: " i:nil=\"true\"".utf8)
        }
        if redeclare {
            out.append(contentsOf: " xmlns=\"".utf8)
            out.append(contentsOf: namespaceBytes[Int(node.namespace)])
            out.append(UInt8(ascii: "\""))
        }
        switch node.content {
        case .text:
            out.append(UInt8(ascii: ">"))
            out.append(contentsOf: text[Int(node.textStart)..<Int(node.textEnd)])
            writeEndTag(prefix, node.name)
        case .children where node.firstChild >= 0:
            out.append(UInt8(ascii: ">"))
            for child in orderedChildren(node) {
                writeIndent(depth)
                try writeElement(child, depth: depth + 1)
                try flushIfFull()
            }
            writeIndent(depth - 1)
            writeEndTag(prefix, node.name)
        case .empty, .isNil, .children:
            out.append(contentsOf: selfClose)
        }
        defaultNamespace = savedDefault
        bindings.removeLast(bindings.count - savedBindings)
    }

    /// Whether the innermost binding of the prefix `z` in scope is the serialization namespace.
    private func zBoundToSerialization() -> Bool {
        var index = bindings.count - 1
        while index >= 0 {
            if bindings[index].prefix == [UInt8(ascii: "z")] { return bindings[index].namespace == serializationID }
            index -= 1
        }
        return false
    }

    @inline(__always)
    private func writeQualifiedName(_ prefix: [UInt8]?, _ name: String) {
        if let prefix {
            out.append(contentsOf: prefix)
            out.append(UInt8(ascii: ":"))
        }
        out.append(contentsOf: name.utf8)
    }

    /// Writes `</prefix:name>` (the start tag may already have gone to the sink).
    @inline(__always)
    private func writeEndTag(_ prefix: [UInt8]?, _ name: String) {
        out.append(UInt8(ascii: "<"))
        out.append(UInt8(ascii: "/"))
        writeQualifiedName(prefix, name)
        out.append(UInt8(ascii: ">"))
    }

    /// The children of `node` in writing order: as encoded for items; for members, DataContract
    /// order (reference/datacontract-format.md §2): group by group, most-base first, then
    /// ordinal by name (`ID` < `Id` < `id`), whatever order `encode(to:)` used.
    func orderedChildren(_ node: EncodedNode) -> [Int32] {
        var children: [Int32] = []
        var child = node.firstChild
        var sorted = true
        while child >= 0 {
            if node.sortsChildren, let last = children.last, !precedes(last, child) { sorted = false }
            children.append(child)
            child = nodes[Int(child)].nextSibling
        }
        if !sorted { children.sort(by: precedes) }
        return children
    }

    @inline(__always)
    private func precedes(_ a: Int32, _ b: Int32) -> Bool {
        let x = nodes[Int(a)]
        let y = nodes[Int(b)]
        if x.rank >= 0, y.rank >= 0 { return x.rank < y.rank }
        if x.group != y.group { return x.group < y.group }
        return x.name.utf16.lexicographicallyPrecedes(y.name.utf16)
    }
}
