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
