/// A .NET `[Flags]` enum with `[DataContract]`: space-separated member names in DataContract XML
/// (`Read Write`), the number in Json.NET's JSON (reference/datacontract-format.md §8, §10).
///
/// Conform an `OptionSet` and list the members in their C# declaration order; `Codable` comes
/// with it:
///
/// ```swift
/// struct Access: DataContractFlags {
///     let rawValue: Int32
///     static let read = Access(rawValue: 1), write = Access(rawValue: 2)
///     static let dataContractMembers: [(value: Access, name: String)] = [
///         (Access(rawValue: 0), "None"), (.read, "Read"), (.write, "Write"), ([.read, .write], "All"),
///     ]
/// }
/// ```
///
/// Written as DataContractSerializer writes it (as the oracle showed): a member whose value is
/// exactly this one, by its name alone (`All` for 7); otherwise, in declaration order, each
/// member whose bits are all still unwritten (7 is `Read Write Exec` when `ReadWrite = 3` is
/// declared after `Exec`); 0 is the name of a member of value 0, or empty text. A name with a space in it (`[EnumMember(Value = "Run it")]`)
/// is written as .NET writes it, but .NET cannot read it back, and neither can this type.
public protocol DataContractFlags: OptionSet, Codable where RawValue: FixedWidthInteger & Codable {
    /// Every member: its value and its name on the XML wire, in declaration order.
    static var dataContractMembers: [(value: Self, name: String)] { get }
}

extension DataContractFlags {
    /// Decodes space-separated names from DataContract XML (XML white space between them, none
    /// for 0); from any other decoder the number.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a name no member has.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard decoder.isDataContract else {
            self.init(rawValue: try container.decode(RawValue.self))
            return
        }
        let text = try container.decode(String.self)
        var value = Self(rawValue: 0)
        for name in text.utf8.split(whereSeparator: LexicalForm.isXMLWhitespace) {
            let name = String(decoding: name, as: UTF8.self)
            guard let member = Self.dataContractMembers.first(where: { $0.name == name }) else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: container.codingPath,
                        debugDescription: "\(name.debugDescription) in \(text.debugDescription) is not a member of \(Self.self)"))
            }
            value.formUnion(member.value)
        }
        self = value
    }

    /// The names DataContractSerializer writes for this value, or `nil` when some of its bits
    /// belong to no member (.NET refuses to write it).
    public var dataContractNames: [String]? {
        let members = Self.dataContractMembers
        if rawValue != 0, let exact = members.first(where: { $0.value.rawValue == rawValue }) { return [exact.name] }
        var remaining = rawValue
        var names: [String] = []
        for member in members where remaining != 0 {
            let bits = member.value.rawValue
            if bits != 0, bits & remaining == bits {
                names.append(member.name)
                remaining &= ~bits
            }
        }
        guard remaining == 0 else { return nil }
        if names.isEmpty, let zero = members.first(where: { $0.value.rawValue == 0 }) { return [zero.name] }
        return names
    }

    /// Encodes ``dataContractNames`` joined by spaces for DataContract XML, the number for any
    /// other encoder.
    ///
    /// - Throws: `EncodingError.invalidValue` for bits no member has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        guard encoder.isDataContract else {
            try container.encode(rawValue)
            return
        }
        guard let names = dataContractNames else {
            throw EncodingError.invalidValue(
                self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "\(rawValue) has bits no member of \(Self.self) has"))
        }
        try container.encode(names.joined(separator: " "))
    }
}
