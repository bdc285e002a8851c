/// Encodes `Encodable` Swift values as XML the way .NET's DataContractSerializer writes them
/// (as ASP.NET Web API sends them), streaming to a byte sink.
///
/// ```swift
/// let bytes = try DataContractEncoder().encode(booking)            // [UInt8], UTF-8
/// var data = Data(); try DataContractEncoder().encode(booking, to: &data)
/// ```
///
/// The rules (reference/datacontract-format.md):
/// - **Contract** (§1): a type conforming to ``DataContractDescribing`` uses its
///   ``DataContract``: the root element is its name in its namespace, and each member is
///   written in the namespace of the member group that declares it. Any other type's contract
///   name is its Swift type name and its namespace is ``Options/defaultNamespace``, with all
///   members in one group.
/// - **Order** (§2): members are buffered per element and written group by group, most-base
///   first, then by ordinal name (`String.CompareOrdinal`: `ID` < `Id` < `id`), whatever the
///   order `encode(to:)` used. Collection items keep their order.
/// - **Namespaces** (§1): the root declares `xmlns:i` and then its default namespace. A member
///   element whose namespace is the default in scope has no prefix; one whose namespace has a
///   prefix in scope uses it (`d2p1:Nickname`); otherwise it redeclares the default namespace
///   (`<Disputes xmlns="…/API.Models.Profile">`). A member whose type is a contract or a
///   collection in another namespace than the declaring contract's declares that namespace on
///   its element with a generated prefix `d{depth}p1` (depth of the element, root = 1, plus
///   ``Options/prefixDepthOffset``) unless it is already bound, as DataContractSerializer's
///   `GetChildNamespaceToDeclare` does; the members and items inside then use that prefix.
///   Types that do not conform to ``DataContractDescribing`` (enum-like values included)
///   declare nothing.
/// - **nil** (§3): `<X i:nil="true" />`, for `encodeNil` and for `nil` members encoded with
///   `encode(_:forKey:)` or `encodeIfPresent` (what synthesized `Codable` uses), as
///   DataContractSerializer writes a `null` member by default; with
///   ``Options/nilMembers`` = ``NilMembers/omit`` a `nil` member is left out instead, as
///   `EmitDefaultValue=false` does.
/// - **References** (§7): a value of a contract with ``DataContract/isReference`` (.NET's
///   `[DataContract(IsReference = true)]`) is written with `z:Id="i1"`, `i2` … in the order the
///   start tags are written, counted per document (across a whole list), and
///   `xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/"` on the element unless an
///   ancestor bound it: as .NET writes separate objects. A Swift value has no identity, so a
///   value held twice is written twice, never as `z:Ref`; .NET reads the document as separate,
///   equal objects. `nil` is `i:nil` without an id.
/// - **Keys**: a coding key must be an XML NCName and may be encoded once per container; a
///   second value for the same key throws ``DataContractEncodingError/Code/invalidUse`` (it
///   would write two elements a reader rejects or misreads). A ``DataContract``'s name and
///   member names are checked once per type (``DataContractEncodingError/Code/invalidName``).
/// - **Collections** (§5): a wrapper element with one item element per value, named by the
///   item type: `string`, `int`, `long`, `decimal`, `boolean`, `dateTime`, `double`, `float`,
///   `guid`, `base64Binary`, `anyURI` … in `http://schemas.microsoft.com/2003/10/Serialization/Arrays`
///   for primitives (Swift `Int` is .NET `int`; `Int64` is `long`), the contract name in the
///   contract's namespace otherwise; `nil` items as `i:nil`. A root collection is `ArrayOfX`
///   and is streamed item by item (see ``DataContractListWriter``). `Data` is base64 text, not
///   a collection.
/// - **Dictionaries** (§6): `KeyValueOf{Key}{Value}` items with `Key` and `Value` children,
///   all in the Arrays namespace, ordered by the key's text; a root dictionary is
///   `ArrayOfKeyValueOf…`. Non-primitive generic arguments get no namespace hash suffix.
/// - **Lexical forms** (§9): `Decimal` as its digits, never an exponent, padded to
///   ``Options/decimalScale``; ``DateTime`` exactly its `description`; `Date` as a UTC
///   DateTime (`…Z`); `Double`/`Float` as .NET "R" (`INF`, `-INF`, `NaN`, `1E+20`, `1E-05`);
///   integers plain; `Bool` `true`/`false`; `UUID` lowercase "D"; `Data` base64; `URL` its
///   absolute string.
/// - **Text**: `&`, `<`, `>` escaped (and `"` in attributes), carriage return as `&#xD;` so it
///   reads back; characters XML 1.0 forbids (C0 controls but tab and LF, U+FFFE, U+FFFF) as
///   character references (`&#x1;`, `&#xFFFE;`), as ASP.NET Web API's writer
///   (`CheckCharacters = false`) and XmlDictionaryWriter write them and .NET reads them back
///   (see ``RestrictedCharacterReference``).
/// - **Range**: a `Decimal` .NET's `decimal` cannot hold (checked with the decoder's own
///   ``LexicalForm/decimal(_:)``) and a `Date` outside the years 1–9999 throw
///   ``DataContractEncodingError/Code/invalidValue``. A `Date` is converted in the proleptic
///   Gregorian calendar, as .NET and ``DateTime/date`` count.
/// - **Output**: UTF-8, no XML declaration, no byte order mark, indentation per
///   ``Options/indentation``.
///
/// ## Deliberate differences from DataContractSerializer
///
/// - `Double` and `Float` are written in the shortest form that reads back to the same value,
///   as .NET Core 3.0 and later format "R": `1.0 / 3.0` is `0.3333333333333333`. .NET
///   Framework's "R" tries 15 digits and otherwise writes 17, `0.33333333333333331`; both read
///   back to the same `double`, so only a byte-for-byte comparison sees the difference.
/// - A carriage return in text is written `&#xD;`. .NET's `XmlWriter` writes it as a raw
///   line break (per its `NewLineHandling`), which every XML reader turns into a line feed
///   (XML 1.0 §2.11), so the value would not read back; the escape keeps it.
public struct DataContractEncoder: Sendable {
    /// How documents are written.
    public var options: Options

    /// Creates an encoder.
    /// - Parameter options: how documents are written; the defaults follow ASP.NET Web API.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Encodes `value` as a whole document and returns its UTF-8 bytes.
    ///
    /// - Throws: ``DataContractEncodingError``, and whatever a value's `encode(to:)` throws.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try encode(value, to: &bytes)
        return bytes
    }

    /// Encodes `value` as a whole document, handing its bytes to `sink` in pieces.
    ///
    /// A collection root is streamed item by item; any other root is buffered as one record
    /// (its values, to sort members), whose bytes still reach the sink in pieces of about
    /// ``Options/flushThreshold``.
    /// - Throws: as ``encode(_:)``, and whatever the sink throws.
    public func encode<T: Encodable, Sink: DataContractByteSink>(_ value: T, to sink: inout Sink) throws {
        try withoutActuallyEscaping({ (bytes: [UInt8]) throws in try sink.write(bytes) }) { write in
            try encodeDocument(value, write: write)
        }
    }

    /// Encodes `value` as a whole document, calling `write` with each piece of its bytes.
    /// - Throws: as ``encode(_:)``, and whatever `write` throws.
    public func encode<T: Encodable>(_ value: T, write: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(write) { write in try encodeDocument(value, write: write) }
    }

    /// Encodes a sequence as a list document (`<ArrayOfX>`), item by item, handing the bytes
    /// to `sink` in pieces: the sequence may be lazy and of any length.
    /// - Throws: as ``DataContractListWriter/append(_:)``.
    public func encodeItems<Items: Sequence, Sink: DataContractByteSink>(
        _ items: Items, to sink: inout Sink
    ) throws where Items.Element: Encodable {
        try withoutActuallyEscaping({ (bytes: [UInt8]) throws in try sink.write(bytes) }) { write in
            let stream = DataContractListStream(
                session: EncodingSession(options: options), listType: [Items.Element].self, sink: write)
            for item in items { try stream.append(item) }
            try stream.finish()
        }
    }

    private func encodeDocument<T: Encodable>(_ value: T, write: @escaping ([UInt8]) throws -> Void) throws {
        let session = EncodingSession(options: options)
        try session.throwOptionsError()
        let typeID = session.typeInfo(T.self)
        let info = session.typeInfos[Int(typeID)]
        if case .collection = info.kind, let list = value as? any EncodableCollectionMarker {
            let stream = DataContractListStream(session: session, listType: T.self, sink: write)
            try list.forEachItem { item in try stream.append(item) }
            try stream.finish()
            return
        }
        let root = info.unwrapped
        let namespace: Int32
        if case .primitive = root.kind {
            namespace = session.serializationID
        } else {
            namespace = root.namespace
        }
        session.beginRecord(name: root.name, namespace: namespace, basePath: [])
        try session.encodeValue(value, into: 0)
        try session.throwDeferred()
        session.sink = write
        try session.writeRecord(depth: 1, isDocumentRoot: true)
        if !session.out.isEmpty { try write(session.out) }
    }
}
