/// An XML qualified name resolved to its namespace URI and local name, as the `i:type`
/// attribute (xs:QName) names a DataContract type.
///
/// The prefix written in the document is resolved against the namespace declarations in scope
/// at that element and then forgotten: prefixes carry no meaning in DataContract XML
/// (reference/datacontract-format.md §1, §4). An unprefixed QName takes the default namespace
/// in scope, or no namespace (`""`).
public struct QualifiedName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, `""` for none (e.g. `http://schemas.datacontract.org/2004/07/Zoo`,
    /// or `http://www.w3.org/2001/XMLSchema` for primitive types such as `int`).
    public var namespace: String
    /// The local name (`Dog`, `int`).
    public var localName: String

    /// Creates a qualified name from a namespace URI and a local name.
    public init(namespace: String, localName: String) {
        self.namespace = namespace
        self.localName = localName
    }

    /// `{namespace}localName` (James Clark notation), or `localName` when there is no namespace.
    public var description: String {
        namespace.isEmpty ? localName : "{\(namespace)}\(localName)"
    }
}
