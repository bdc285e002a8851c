/// The DataContractSerializer contract of a type: its root element name, its namespace, and its
/// members grouped by the contract that declares them.
///
/// A .NET data contract's members are written in the namespace of the class that declares them,
/// base classes first (reference/datacontract-format.md §1–2). Swift structs have no base classes,
/// so a model states this once here: the strict ``DataContractDecoder`` checks member namespaces
/// against it, ``DataContractEncoder`` orders and qualifies members with it, and conformance
/// checks compare a schema with it.
public struct DataContract: Hashable, Sendable {
    /// The members one contract in the hierarchy declares, and the namespace they are written in.
    public struct MemberGroup: Hashable, Sendable {
        /// The declaring contract's namespace, e.g.
        /// `http://schemas.datacontract.org/2004/07/API.Models.Profile`.
        public let namespace: String
        /// The members' wire names, as declared.
        public let members: [String]
        /// The `[DataMember(Order = n)]` of the members that have one, by wire name. A member
        /// without one has .NET's default, -1 (so it comes before every member with an order).
        public let orders: [String: Int]

        /// - Parameters:
        ///   - namespace: the declaring contract's namespace.
        ///   - members: the members' wire names.
        ///   - orders: `[DataMember(Order = n)]` by wire name, for the members that have one.
        public init(namespace: String, members: [String], orders: [String: Int] = [:]) {
            self.namespace = namespace
            self.members = members
            self.orders = orders
        }

        /// The members in the order DataContractSerializer writes them: by `Order` (-1 when
        /// not given), then by ordinal comparison of UTF-16 code units (`String.CompareOrdinal`:
        /// uppercase before lowercase).
        public var memberOrder: [String] {
            members.sorted { a, b in
                let x = orders[a] ?? -1
                let y = orders[b] ?? -1
                return x != y ? x < y : a.utf16.lexicographicallyPrecedes(b.utf16)
            }
        }
    }

    /// The contract name: the root element's local name when the type is the document root.
    public let name: String
    /// The contract namespace: the root element's namespace, and that of the type's own members.
    public let namespace: String
    /// The member groups, most-base contract first, the type's own members last.
    public let memberGroups: [MemberGroup]
    /// Whether the .NET type is `[DataContract(IsReference = true)]`: DataContractSerializer
    /// writes each value of it with `z:Id="i1"`, `i2` … (numbered in document order, counted
    /// per document), and a value held again as `<B z:Ref="i1" />`; Json.NET writes `"$id": "1"`
    /// and `{"$ref": "1"}` (reference/datacontract-format.md §7).
    ///
    /// A Swift value has no identity, so ``DataContractEncoder`` writes every occurrence in full
    /// with its own `z:Id` (never `z:Ref`), which .NET reads as separate, equal objects. The
    /// decoder follows `z:Ref` whatever this says.
    public let isReference: Bool

    /// - Parameters:
    ///   - name: the contract name (`ReceivedBooking`).
    ///   - namespace: the contract namespace.
    ///   - memberGroups: most-base first; the type's own members are the last group and are
    ///     normally in `namespace`.
    ///   - isReference: `true` for a `[DataContract(IsReference = true)]` type (``isReference``).
    public init(name: String, namespace: String, memberGroups: [MemberGroup], isReference: Bool = false) {
        self.name = name
        self.namespace = namespace
        self.memberGroups = memberGroups
        self.isReference = isReference
    }

    /// The namespace a member is written in, or `nil` when the contract has no such member.
    public func namespace(ofMember name: String) -> String? {
        memberGroups.first { $0.members.contains(name) }?.namespace
    }

    /// The member names in the order DataContractSerializer writes them: group by group, most-base
    /// first, each group as ``MemberGroup/memberOrder`` sorts it: members without `Order` first,
    /// by ordinal comparison of UTF-16 code units (`String.CompareOrdinal`: uppercase before
    /// lowercase), then those with one by `Order`, ties by the same comparison
    /// (reference/datacontract-format.md §2).
    public var memberOrder: [String] {
        memberGroups.flatMap(\.memberOrder)
    }
}

/// A type whose DataContractSerializer contract is declared once, for XML decoding, encoding and
/// checks.
public protocol DataContractDescribing {
    /// The type's contract: name, namespace and member groups.
    static var dataContract: DataContract { get }
}
