extension Encoder {
    /// Whether this encoder writes DataContract XML (a ``DataContractEncoder``), not JSON or
    /// another format: the counterpart of `Decoder.isDataContract`, for types whose XML and
    /// JSON forms differ (``TimeSpan``, ``DateTimeOffset``, ``DataContractChar``,
    /// ``DataContractEnumeration``, ``DataContractFlags``).
    public var isDataContract: Bool { self is ElementEncoder }
}

extension Encoder {
    /// Encodes `value` as this element's value in place of the declared type, as
    /// DataContractSerializer writes a known type (`[KnownType]`) held by a member or item of a
    /// base type: DataContract XML writes `i:type` naming `Known`'s contract (with a prefix bound
    /// to its namespace, declared here when none is in scope: `i:type="d2p2:Cat"
    /// xmlns:d2p2="…"`) and `Known`'s members in their groups' namespaces and order. Any other
    /// encoder gets `value.encode(to:)` (Json.NET at Web API's defaults writes no type name).
    ///
    /// A model with subtypes calls it from `encode(to:)`, and reads `Decoder.dataContractType`
    /// in `init(from:)`:
    ///
    /// ```swift
    /// enum Pet: Codable, DataContractDescribing {
    ///     case animal(Animal), dog(Dog)
    ///     static let dataContract = Animal.dataContract   // the declared type
    ///     func encode(to encoder: any Encoder) throws {
    ///         switch self {
    ///         case .animal(let animal): try animal.encode(to: encoder)
    ///         case .dog(let dog): try encoder.encodeKnownType(dog)
    ///         }
    ///     }
    /// }
    /// ```
    public func encodeKnownType<Known: Encodable & DataContractDescribing>(_ value: Known) throws {
        guard let element = self as? ElementEncoder else { return try value.encode(to: self) }
        try element.session.encodeKnownType(value, into: element.node)
    }
}
