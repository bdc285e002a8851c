extension Decoder {
    /// The `i:type` of the element being decoded, resolved to a namespace URI and local name;
    /// `nil` when the element has none or the decoder is not a ``DataContractDecoder``.
    ///
    /// DataContractSerializer writes `i:type` when a value's runtime type differs from the
    /// member's declared type (reference/datacontract-format.md §4). A model with subtypes reads
    /// it in `init(from:)` to pick one:
    ///
    /// ```swift
    /// init(from decoder: any Decoder) throws {
    ///     switch decoder.dataContractType?.localName {
    ///     case "Dog": self = .dog(try Dog(from: decoder))
    ///     default: self = .animal(try Animal(from: decoder))
    ///     }
    /// }
    /// ```
    ///
    /// The same value is in `userInfo[DataContractDecoder.xsiTypeUserInfoKey]`.
    public var dataContractType: QualifiedName? {
        guard let decoder = self as? ElementDecoder else { return nil }
        return decoder.context.xsiType(decoder.element)
    }
}

extension Decoder {
    /// Whether this decoder reads DataContract XML (a ``DataContractDecoder``), not JSON or
    /// another format.
    ///
    /// A type whose two wire forms differ reads the right one with it: .NET's `TimeSpan` is
    /// `xs:duration` (`P1DT2H`) in DataContract XML but `1.02:00:00` in Json.NET's JSON, an enum
    /// is a name in XML but a number in JSON (reference/datacontract-format.md §10).
    /// ``TimeSpan``, ``DateTimeOffset``, ``DataContractChar``, ``DataContractEnumeration`` and
    /// ``DataContractFlags`` use it.
    public var isDataContract: Bool { self is ElementDecoder }
}
