/// One element of the record being encoded, buffered until the record is complete so its
/// members can be written in DataContract order (reference/datacontract-format.md §2).
///
/// Nodes live in ``EncodingSession/nodes``, linked by index; text lives, already escaped, in
/// ``EncodingSession/text``.
struct EncodedNode {
    enum Content: UInt8 {
        /// Nothing yet: written as an empty element.
        case empty
        /// Text in `text[textStart..<textEnd]` (possibly empty: `<X></X>`).
        case text
        /// `i:nil="true"`.
        case isNil
        /// Child elements (possibly none: `<X />`).
        case children
    }

    /// The local name.
    var name: String
    /// The namespace id (``EncodingSession/namespaces``).
    var namespace: Int32
    var content: Content = .empty
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// The member group in the parent's contract (keyed children only).
    var group: Int32 = 0
    /// The position in the parent contract's ``DataContract/memberOrder``, or -1 for a member
    /// the contract does not list (ordered by name within its group).
    var rank: Int32 = -1
    /// A namespace to declare with a `d{depth}p{n}` prefix on this element, or -1.
    var declare: Int32 = -1
    /// The item index for coding paths (unkeyed children), or -1 for a member.
    var index: Int32 = -1
    /// The type info (``EncodingSession/typeInfos``) whose contract keyed members follow, or -1.
    var contract: Int32 = -1
    /// The type info of a known type written in place of the declared one (`i:type`), or -1.
    var xsiType: Int32 = -1
    /// The type info of items written through an unkeyed container (names `encodeNil` items),
    /// or -1.
    var itemType: Int32 = -1
    /// Whether the children are members to be sorted into DataContract order when written.
    var sortsChildren = false
    /// Whether the element is a value of a reference contract (``DataContract/isReference``),
    /// written with the next `z:Id`.
    var isReference = false
}
