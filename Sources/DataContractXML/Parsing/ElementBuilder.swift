/// What the SAX parser found on a start tag, in Swift terms: plain integers, so handing one to
/// the builder copies a few words and destroys nothing. The rare attributes with text (`z:Ref`,
/// `z:Id`, an `i:nil` that is not an xs:boolean) and `i:type` travel aside, as an
/// ``ElementExtras``, only for the elements that have them.
struct StartTag {
    enum NilState: UInt8 { case absent, isTrue, isFalse, invalid }
    var name: Int32
    var namespace: Int32
    var line: Int32
    var column: Int32
    var nilState: NilState = .absent
}

/// Turns SAX events into ``ElementBuffer``s: the whole document, or one list item at a time.
///
/// In ``Mode/items`` the root element (the `ArrayOfX` wrapper) is not recorded: each child of
/// the root is recorded from index 0, handed to the item handler when its end tag is read, and
/// forgotten, so memory holds at most one item's events.
///
/// The work happens in ``ElementBuilderState``, a struct changed through one access per SAX
/// event: the class's stored properties are checked for exclusive access at run time, and a
/// check per field touched cost about a quarter of the decoder's time.
final class ElementBuilder {
    enum Mode {
        case document
        case items((ElementBuffer, Int) throws -> Void)
    }

    /// Thrown by ``startElement(_:extras:)`` at the first `z:Id` or `z:Ref` when the builder was
    /// made with `stopsAtReferences` (a list read item by item for a whole-document decode,
    /// which references across items would make differ from the whole document).
    struct ReferenceFound: Error {}

    // One SAX event is one access to `state`; it is exempt from the run-time exclusivity check
    // (about 75 instructions an event): the builder is used from one thread, and no access to
    // `state` spans a call that could reach it again (the item handler runs outside it).
    @exclusivity(unchecked) private var state: ElementBuilderState
    private let handler: ((ElementBuffer, Int) throws -> Void)?
    /// Whether a `z:Id` or `z:Ref` throws ``ReferenceFound`` (root element included).
    private let stopsAtReferences: Bool

    init(
        mode: Mode, names: NameTable, maxTextBytes: Int, repairMissingSlash: Bool = false,
        stopsAtReferences: Bool = false
    ) {
        self.stopsAtReferences = stopsAtReferences
        if case .items(let handler) = mode {
            self.handler = handler
        } else {
            self.handler = nil
        }
        state = ElementBuilderState(
            isItems: handler != nil, names: names, maxTextBytes: maxTextBytes,
            repairMissingSlash: repairMissingSlash)
    }

    /// The recorded elements (the whole document, or the item being read).
    var buffer: ElementBuffer { state.buffer }
    /// Depth of open elements, recorded or not.
    var depth: Int { state.depth }
    /// Items handed out so far (items mode).
    var itemCount: Int { state.itemCount }
    /// Whether the root element has `i:nil="true"` (items mode).
    var rootIsNil: Bool { state.rootIsNil }
    /// Whether the whole root element has been read.
    var rootClosed: Bool { state.rootClosed }
    /// The start tags read as end tags (see ``ElementBuilderState/repairs``).
    var repairs: [(element: Int32, line: Int32, column: Int32)] { state.repairs }

    /// Reserves the buffer for a whole document of `bytes` bytes (document mode).
    func reserve(forInputBytes bytes: Int) {
        state.buffer.reserve(forInputBytes: bytes)
    }

    /// The capacity the buffer keeps between documents: elements and text bytes.
    var bufferCapacity: (elements: Int, textBytes: Int) {
        (state.buffer.elements.capacity, state.buffer.text.capacity)
    }

    /// Forgets the document read (a kept parser's next document starts empty); the arrays keep
    /// their capacity.
    func resetForDocument() {
        state.reset()
    }

    /// Gives the buffer's memory back (after a large document, so a kept parser does not hold
    /// it).
    func releaseBuffer() {
        state.buffer = ElementBuffer()
    }

    /// Records a start tag; `extras` holds its `i:type`, `z:Ref`, `z:Id` and the text of an
    /// invalid `i:nil`, when it has any of them.
    func startElement(_ tag: StartTag, extras: ElementExtras? = nil) throws {
        if let extras, stopsAtReferences, extras.id != nil || extras.reference != nil { throw ReferenceFound() }
        if let index = try state.startElement(tag, extras: extras) { try deliver(index) }
    }

    func characters<C: Collection<UInt8>>(_ bytes: C) throws {
        try state.characters(bytes)
    }

    func endElement() throws {
        if let index = try state.endElement() { try deliver(index) }
    }

    /// Closes every element still open (recover mode, at the end of input: libxml2 does not
    /// send end events for elements left open).
    func closeAll() throws {
        state.parserStack.removeAll()
        while state.isRecording {
            if let index = try state.closeRecorded() { try deliver(index) }
        }
    }

    /// Hands item `index` (items mode), now complete in ``buffer``, to the handler, then forgets
    /// its events. Outside any access to ``state``, so the handler may read this builder.
    private func deliver(_ index: Int) throws {
        guard let handler else { return }
        try handler(state.buffer, index)
        state.buffer.removeAll()
    }
}

/// The state of an ``ElementBuilder`` and the event handling, as a struct so that one SAX event
/// is one exclusive access.
struct ElementBuilderState {
    var buffer = ElementBuffer()
    private let isItems: Bool
    private let names: NameTable
    private let maxTextBytes: Int
    /// The open recorded elements, innermost last: one array for what the builder needs while an
    /// element is open (its index, its last child, the fingerprint of its children's names), so
    /// a start tag appends once and an end tag removes once.
    private var stack: [OpenRecord] = []
    struct OpenRecord {
        var index: Int32
        /// The last child recorded so far, -1 for none.
        var lastChild: Int32 = -1
        /// A 64-bit fingerprint of the children's local names (bit `name % 64`), so most
        /// children are known to be the first of their name without looking at their siblings.
        var childNames: UInt64 = 0
    }
    /// How many earlier siblings are compared when the fingerprint says a name may repeat;
    /// beyond that the child is marked ``ElementRecord/maybeRepeatedName`` without looking
    /// further, which only costs lookups their shortcut, so building stays linear.
    private static let repeatedNameScanLimit = 64
    /// Depth of open elements, recorded or not.
    private(set) var depth = 0
    /// Items handed out so far (items mode).
    private(set) var itemCount = 0
    /// The root element's start tag (items mode), once read.
    private(set) var root: StartTag?
    /// Whether the root element has `i:nil="true"` (items mode).
    private(set) var rootIsNil = false
    /// Bytes of (white space) text directly in the root element before its first item ends
    /// (items mode).
    private var rootTextCount = 0
    /// Whether the whole root element has been read.
    private(set) var rootClosed = false

    /// Repair a missing `/` while reading (``XMLTree``'s lenient mode, document mode only): a
    /// start tag with the same name and namespace as the open element, when that element has no
    /// child element and already holds text other than white space (`<A>text<A>`), is read as
    /// its end tag (DataContractSerializer never nests a member in a same-named member that has
    /// text). `<A><A>text</A></A>` is nesting, never repaired.
    private let repairMissingSlash: Bool
    /// What libxml2 considers open, innermost last: `true` for an element recorded in the
    /// buffer and still open here; `false` for one this builder already closed or never opened
    /// (a repaired start tag), whose end event is then ignored.
    var parserStack: [Bool] = []
    /// The start tags read as end tags: for each, the index in ``buffer`` of the element that
    /// was left open (and closed by the repair), and the line and column of the start tag that
    /// was read as its end tag.
    private(set) var repairs: [(element: Int32, line: Int32, column: Int32)] = []

    init(isItems: Bool, names: NameTable, maxTextBytes: Int, repairMissingSlash: Bool) {
        self.isItems = isItems
        self.names = names
        self.maxTextBytes = maxTextBytes
        self.repairMissingSlash = repairMissingSlash
    }

    /// Whether a recorded element is open.
    var isRecording: Bool { !stack.isEmpty }

    /// Back to the state before the first event, keeping the arrays' capacity.
    mutating func reset() {
        buffer.removeAll()
        stack.removeAll(keepingCapacity: true)
        depth = 0
        itemCount = 0
        root = nil
        rootIsNil = false
        rootTextCount = 0
        rootClosed = false
        parserStack.removeAll(keepingCapacity: true)
        repairs.removeAll()
    }

    /// Records a start tag. Returns the index of an item completed by it (a repaired end tag
    /// in items mode), to hand out.
    mutating func startElement(_ tag: StartTag, extras: ElementExtras?) throws -> Int? {
        if repairMissingSlash, let top = stack.last?.index {
            let open = buffer.elements[Int(top)]
            if open.name == tag.name, open.namespace == tag.namespace, open.firstChild < 0,
                open.flags & ElementRecord.isNil == 0, open.textCount > 0,
                !isWhitespace(buffer.text[open.textStart..<(open.textStart + open.textCount)])
            {
                // `<A>text<A>`: close the open <A>; libxml2 now thinks a second <A> is open.
                repairs.append((top, tag.line, tag.column))
                if let i = parserStack.lastIndex(of: true) { parserStack[i] = false }
                parserStack.append(false)
                return try closeRecorded()
            }
        }
        if repairMissingSlash { parserStack.append(true) }
        depth += 1
        if isItems && depth == 1 {
            root = tag
            if tag.nilState == .isTrue { rootIsNil = true }
            if tag.nilState == .invalid {
                let text = extras?.invalidNilText ?? ""
                throw DataContractXMLError(
                    code: .invalidNil, line: Int(tag.line), column: Int(tag.column),
                    message: "i:nil=\"\(text)\" on the root element is not an xs:boolean (true, false, 1 or 0)")
            }
            return nil
        }
        if isItems && depth == 2 && rootIsNil {
            throw DataContractXMLError(
                code: .nilWithContent, line: Int(tag.line), column: Int(tag.column),
                message: "the list element <\(rootDescription)> has i:nil=\"true\" but also the item <\(names.string(tag.name))>; a nil list must be empty")
        }
        let index = Int32(buffer.elements.count)
        let parent = stack.last?.index ?? -1
        var record = ElementRecord(
            name: tag.name, namespace: tag.namespace, parent: parent, line: tag.line,
            column: tag.column)
        switch tag.nilState {
        case .absent, .isFalse: break
        case .isTrue: record.flags |= ElementRecord.isNil
        case .invalid: record.flags |= ElementRecord.invalidNil
        }
        if let extras {
            record.flags |= ElementRecord.hasExtras
            if extras.reference != nil { record.flags |= ElementRecord.hasReference }
            record.extras = Int32(buffer.extras.count)
            buffer.extras.append(extras)
            if let id = extras.id {
                guard buffer.ids.updateValue(index, forKey: id) == nil else {
                    throw DataContractXMLError(
                        code: .invalidReference, line: Int(tag.line), column: Int(tag.column),
                        message: "z:Id \"\(id)\" is used twice")
                }
            }
        }
        if parent >= 0 {
            let p = Int(parent)
            // Text before the first child: indentation is dropped, anything else is mixed content.
            if buffer.elements[p].firstChild < 0 {
                if buffer.elements[p].textCount > 0 {
                    let start = buffer.elements[p].textStart
                    if isWhitespace(buffer.text[start...]) {
                        buffer.text.removeSubrange(start...)
                        buffer.elements[p].textCount = 0
                    } else {
                        buffer.elements[p].flags |= ElementRecord.mixedContent
                    }
                }
                buffer.elements[p].firstChild = index
            } else {
                buffer.elements[Int(stack[stack.count - 1].lastChild)].nextSibling = index
            }
            stack[stack.count - 1].lastChild = index
            let bit: UInt64 = 1 << UInt64(tag.name & 63)
            if stack[stack.count - 1].childNames & bit != 0,
                Self.mayRepeat(tag.name, under: p, in: buffer.elements)
            {
                record.flags |= ElementRecord.maybeRepeatedName
            }
            stack[stack.count - 1].childNames |= bit
        }
        buffer.elements.append(record)
        stack.append(OpenRecord(index: index))
        return nil
    }

    /// Whether an earlier child of `parent` has local name `name`, or there are too many
    /// earlier children to tell cheaply (see ``repeatedNameScanLimit``).
    ///
    /// Static, with the elements passed in: as a method it took a copy of the whole builder state.
    private static func mayRepeat(_ name: Int32, under parent: Int, in elements: [ElementRecord]) -> Bool {
        var sibling = elements[parent].firstChild
        var compared = 0
        while sibling >= 0, sibling != Int32(elements.count) {
            if elements[Int(sibling)].name == name { return true }
            compared += 1
            if compared == Self.repeatedNameScanLimit { return true }
            sibling = elements[Int(sibling)].nextSibling
        }
        return false
    }

    mutating func characters<C: Collection<UInt8>>(_ bytes: C) throws {
        guard let current = stack.last?.index else {
            // Directly under the items root (or outside any element, which libxml2 rejects).
            if isItems && depth == 1 && !isWhitespace(bytes) {
                throw DataContractXMLError(
                    code: .mixedContent, line: 0, column: 0,
                    message: "text directly inside the list element <\(rootDescription)>; a list holds only item elements")
            }
            // As in a whole document, where the list element's text before its first item is
            // its text and counts toward the limit (FuzzXMLStreaming, crash-list-whitespace-text-limit).
            if isItems && depth == 1 && itemCount == 0 {
                rootTextCount += bytes.count
                if rootTextCount > maxTextBytes {
                    throw DataContractXMLError(
                        code: .textLimitExceeded, line: 0, column: 0,
                        message: "the text of one element is longer than the limit of \(maxTextBytes) bytes")
                }
            }
            return
        }
        let i = Int(current)
        if buffer.elements[i].firstChild >= 0 {
            if !isWhitespace(bytes) { buffer.elements[i].flags |= ElementRecord.mixedContent }
            return
        }
        let count = buffer.elements[i].textCount
        guard bytes.count <= maxTextBytes - count else {
            throw DataContractXMLError(
                code: .textLimitExceeded, line: 0, column: 0,
                message: "the text of one element is longer than the limit of \(maxTextBytes) bytes")
        }
        guard bytes.count <= Int(Int32.max) - buffer.text.count else {
            throw DataContractXMLError(
                code: .textLimitExceeded, line: 0, column: 0,
                message: "the text of the elements held at once is longer than \(Int32.max) bytes; decode a list this long item by item")
        }
        if count == 0 { buffer.elements[i].textStart = buffer.text.count }
        buffer.text.append(contentsOf: bytes)
        buffer.elements[i].textCount = count + bytes.count
    }

    /// Records an end tag. Returns the index of the item it completes (items mode), to hand out.
    mutating func endElement() throws -> Int? {
        if repairMissingSlash {
            guard parserStack.popLast() == true else { return nil }
        }
        return try closeRecorded()
    }

    /// Closes the innermost open element; returns the item's index when that completes an item
    /// (items mode).
    mutating func closeRecorded() throws -> Int? {
        defer { depth -= 1 }
        if isItems && depth == 1 {
            rootClosed = true
            return nil
        }
        if !isItems && depth == 1 { rootClosed = true }
        stack.removeLast()
        if isItems, depth == 2 {
            let index = itemCount
            itemCount += 1
            return index
        }
        return nil
    }

    /// The list element's local name, for messages (items mode).
    private var rootDescription: String { root.map { names.string($0.name) } ?? "root" }

    private func isWhitespace<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        bytes.allSatisfy { LexicalForm.isXMLWhitespace($0) }
    }
}
