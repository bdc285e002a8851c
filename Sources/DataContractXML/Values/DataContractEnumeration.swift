/// A .NET enum with `[DataContract]`/`[EnumMember]`: a name in DataContract XML, a number in
/// Json.NET's JSON (reference/datacontract-format.md §8, §10).
///
/// Conform a Swift enum (without raw values) and list its members; `Codable` comes with it:
///
/// ```swift
/// enum Status: DataContractEnumeration {
///     case pending, confirmed
///     static let dataContractMembers: [(value: Status, name: String, number: Int64)] = [
///         (.pending, "Pending", 0),
///         (.confirmed, "Is Confirmed", 1),   // [EnumMember(Value = "Is Confirmed")]
///     ]
/// }
/// ```
///
/// For `[Flags]` enums use ``DataContractFlags``.
public protocol DataContractEnumeration: Codable, Equatable {
    /// Every member: its value, its name on the XML wire (the `[EnumMember(Value:)]` or the C#
    /// name) and its number (what Json.NET writes).
    static var dataContractMembers: [(value: Self, name: String, number: Int64)] { get }
}

extension DataContractEnumeration {
    /// Decodes a member's name (surrounding XML white space ignored) from DataContract XML;
    /// from any other decoder its number, or its name (Json.NET reads both).
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a name or number no member has.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let members = Self.dataContractMembers
        if !decoder.isDataContract, let number = try? container.decode(Int64.self) {
            guard let member = members.first(where: { $0.number == number }) else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: container.codingPath, debugDescription: "\(number) is not a value of \(Self.self)"))
            }
            self = member.value
            return
        }
        let text = try container.decode(String.self)
        var name = text
        if decoder.isDataContract {
            let bytes = Array(text.utf8)
            name = String(decoding: bytes[LexicalForm.rangeTrimmingXMLWhitespace(bytes.span)], as: UTF8.self)
        }
        guard let member = members.first(where: { $0.name == name }) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: "\(text.debugDescription) is not a member of \(Self.self) (\(members.map(\.name).joined(separator: ", ")))"))
        }
        self = member.value
    }

    /// Encodes the member's name for DataContract XML, its number for any other encoder.
    ///
    /// - Throws: `EncodingError.invalidValue` when the value is not in ``dataContractMembers``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        guard let member = Self.dataContractMembers.first(where: { $0.value == self }) else {
            throw EncodingError.invalidValue(
                self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "\(self) is not in \(Self.self).dataContractMembers"))
        }
        if encoder.isDataContract {
            try container.encode(member.name)
        } else {
            try container.encode(member.number)
        }
    }
}
