/// A .NET `System.Char`: one UTF-16 code unit.
///
/// DataContract XML writes it as its number (`'A'` → `<C>65</C>`, schema type `ser:char`);
/// Json.NET writes a one-character string (`"A"`), reference/datacontract-format.md §9–10.
/// `Codable` picks the form from the coder (`Decoder.isDataContract`, `Encoder.isDataContract`).
///
/// A lone surrogate (`0xD800...0xDFFF`) is a valid .NET `char` and round-trips through XML, but
/// not through JSON: a Swift `String` cannot hold it, so encoding one to JSON throws
/// `EncodingError.invalidValue`.
public struct DataContractChar: Hashable, Sendable {
    /// The UTF-16 code unit.
    public var utf16: UInt16

    /// The character of code unit `utf16`.
    public init(utf16: UInt16) { self.utf16 = utf16 }

    /// The character of a scalar in the Basic Multilingual Plane, `nil` for one above it (two
    /// code units, not one `char`).
    public init?(_ scalar: Unicode.Scalar) {
        guard scalar.value <= 0xFFFF else { return nil }
        self.utf16 = UInt16(scalar.value)
    }
}

extension DataContractChar: Codable {
    /// Decodes a number in 0...65535 from DataContract XML, a string of one UTF-16 code unit from
    /// any other decoder.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a number out of range or a string that is not
    ///   exactly one code unit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if decoder.isDataContract {
            let number = try container.decode(Int32.self)
            guard let unit = UInt16(exactly: number) else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: container.codingPath, debugDescription: "\(number) is not a char (0...65535)"))
            }
            utf16 = unit
        } else {
            let text = try container.decode(String.self)
            let units = Array(text.utf16)
            guard units.count == 1 else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: container.codingPath,
                        debugDescription: "\(text.debugDescription) is not one char (\(units.count) UTF-16 code units)"))
            }
            utf16 = units[0]
        }
    }

    /// Encodes the number for DataContract XML, a one-character string for any other encoder.
    ///
    /// - Throws: `EncodingError.invalidValue` for a lone surrogate to a non-XML encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if encoder.isDataContract {
            try container.encode(Int32(utf16))
        } else {
            guard let scalar = Unicode.Scalar(utf16) else {
                throw EncodingError.invalidValue(
                    self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "the lone surrogate \(utf16) cannot be written as a JSON string"))
            }
            try container.encode(String(Character(scalar)))
        }
    }
}
