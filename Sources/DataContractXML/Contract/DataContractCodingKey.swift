/// The coding keys in a ``DataContractDecoder`` coding path: an element's local name, or an
/// item's 0-based index in its list.
struct DataContractCodingKey: CodingKey, Hashable, Sendable {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
