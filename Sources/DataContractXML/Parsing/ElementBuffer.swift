/// One element as the decoder needs it: interned names, links to its relatives, its position,
/// its `i:nil` state and where its text is. Plain integers, so a document is a flat array.
struct ElementRecord {
    static let isNil: UInt16 = 1
    static let invalidNil: UInt16 = 2
    static let mixedContent: UInt16 = 4
    static let hasReference: UInt16 = 8
    static let hasExtras: UInt16 = 16
    /// An earlier sibling may have the same local name (set when one does; also, rarely, when
    /// the builder did not look far enough back to be sure). Lookups that start after a hint
    /// rescan from the first child for such an element, so the first element of a name wins.
    static let maybeRepeatedName: UInt16 = 32

    /// Local name id in the ``NameTable``.
    var name: Int32
    /// Namespace URI id in the ``NameTable`` (0: no namespace).
    var namespace: Int32
    /// Index of the parent element, -1 for the first recorded element.
    var parent: Int32
    var firstChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Where the start tag begins (1-based).
    var line: Int32
    var column: Int32
    var flags: UInt16 = 0
    /// Index into ``ElementBuffer/extras`` when `flags & hasExtras`, else -1.
    var extras: Int32 = -1
    /// Where the element's text (all pieces joined) starts in ``ElementBuffer/text``, and its
    /// length. Stored as 32-bit integers (the record is 44 bytes instead of 56; the builder
    /// refuses a buffer whose text would pass `Int32.max` bytes).
    private var storedTextStart: Int32 = 0
    private var storedTextCount: Int32 = 0

    init(name: Int32, namespace: Int32, parent: Int32, line: Int32, column: Int32) {
        self.name = name
        self.namespace = namespace
        self.parent = parent
        self.line = line
        self.column = column
    }

    /// The element's text is `text[textStart ..< textStart + textCount]`.
    var textStart: Int {
        @inline(__always) get { Int(storedTextStart) }
        @inline(__always) set { storedTextStart = Int32(truncatingIfNeeded: newValue) }
    }

    var textCount: Int {
        @inline(__always) get { Int(storedTextCount) }
        @inline(__always) set { storedTextCount = Int32(truncatingIfNeeded: newValue) }
    }
}

/// The attributes of an element that DataContract gives meaning to, beyond `i:nil`.
struct ElementExtras {
    /// `i:type`, resolved: (namespace id, local name id).
    var xsiType: (namespace: Int32, name: Int32)?
    /// `z:Ref`.
    var reference: String?
    /// `z:Id`.
    var id: String?
    /// The `i:nil` text when it is not an xs:boolean.
    var invalidNilText: String?
}

/// A parsed document (or one item of a streamed list) as flat arrays: the element records in
/// document order, all leaf text bytes, the rare extra attributes and the `z:Id` index.
struct ElementBuffer {
    var elements: [ElementRecord] = []
    var text: [UInt8] = []
    var extras: [ElementExtras] = []
    var ids: [String: Int32] = [:]

    /// Reserves room for the elements and text of a document of `bytes` bytes, so a whole
    /// document is not copied at every doubling of its arrays. Generous on purpose: pages the
    /// arrays never touch are not resident.
    mutating func reserve(forInputBytes bytes: Int) {
        guard bytes > 0 else { return }
        elements.reserveCapacity(bytes / 32)
        text.reserveCapacity(bytes / 2)
    }

        mutating func removeAll() {
        elements.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        if !extras.isEmpty { extras.removeAll(keepingCapacity: true) }
        if !ids.isEmpty { ids.removeAll(keepingCapacity: true) }
    }
}
