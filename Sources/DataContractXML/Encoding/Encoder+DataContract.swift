extension Encoder {
    /// Whether this encoder writes DataContract XML (a ``DataContractEncoder``), not JSON or
    /// another format: the counterpart of `Decoder.isDataContract`, for types whose XML and
    /// JSON forms differ (``TimeSpan``, ``DateTimeOffset``, ``DataContractChar``,
    /// ``DataContractEnumeration``, ``DataContractFlags``).
    public var isDataContract: Bool { self is ElementEncoder }
}
