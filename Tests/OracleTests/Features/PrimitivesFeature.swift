import DataContractXML
import Foundation

/// The mirror of Oracle/Features/Primitives.cs `Primitives`: the .NET types the API's models do
/// not use, each non-null.
struct PrimitivesFeature: Codable, Sendable, DataContractDescribing {
    var char: DataContractChar
    var guid: UUID
    var timeSpan: TimeSpan
    var bytes: Data
    var uri: URL
    var dateTimeOffset: DateTimeOffset
    var double: Double
    var float: Float
    var long: Int64
    var uLong: UInt64
    var uInt: UInt32
    var short: Int16
    var uShort: UInt16
    var byte: UInt8
    var sByte: Int8

    enum CodingKeys: String, CodingKey, CaseIterable {
        case char = "Char", guid = "Guid", timeSpan = "TimeSpan", bytes = "Bytes", uri = "Uri"
        case dateTimeOffset = "DateTimeOffset", double = "Double", float = "Float", long = "Long", uLong = "ULong"
        case uInt = "UInt", short = "Short", uShort = "UShort", byte = "Byte", sByte = "SByte"
    }

    static let dataContract = OracleFeatures.contract("Primitives", namespace: OracleFeatures.featuresNamespace, CodingKeys.self)
}

/// The mirror of `NullablePrimitives`: `Nullable<T>` of each value type, and the reference types
/// null.
struct NullablePrimitivesFeature: Codable, Sendable, DataContractDescribing {
    var char: DataContractChar?
    var guid: UUID?
    var timeSpan: TimeSpan?
    var bytes: Data?
    var uri: URL?
    var dateTimeOffset: DateTimeOffset?
    var double: Double?
    var float: Float?
    var long: Int64?
    var uLong: UInt64?
    var decimal: Decimal?
    var dateTime: DateTime?
    var bool: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case char = "Char", guid = "Guid", timeSpan = "TimeSpan", bytes = "Bytes", uri = "Uri"
        case dateTimeOffset = "DateTimeOffset", double = "Double", float = "Float", long = "Long", uLong = "ULong"
        case decimal = "Decimal", dateTime = "DateTime", bool = "Bool"
    }

    /// Every member, `nil` as `i:nil` (XML) and `null` (JSON), as .NET writes them.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(char, forKey: .char)
        try c.encode(guid, forKey: .guid)
        try c.encode(timeSpan, forKey: .timeSpan)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(uri, forKey: .uri)
        try c.encode(dateTimeOffset, forKey: .dateTimeOffset)
        try c.encode(double, forKey: .double)
        try c.encode(float, forKey: .float)
        try c.encode(long, forKey: .long)
        try c.encode(uLong, forKey: .uLong)
        try c.encode(decimal, forKey: .decimal)
        try c.encode(dateTime, forKey: .dateTime)
        try c.encode(bool, forKey: .bool)
    }

    static let dataContract = OracleFeatures.contract("NullablePrimitives", namespace: OracleFeatures.featuresNamespace, CodingKeys.self)
}
