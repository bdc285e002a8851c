import DataContractXML
import Foundation

/// The mirror of Oracle/Features/Contracts.cs: `Contracts` (contract `Renamed.Contract`) derives
/// from `Audited` in another namespace, which derives from `EntityBase` (contract `Entity`) in a
/// third; members with `Order`, `IsRequired` and `EmitDefaultValue = false`.
///
/// `EmitDefaultValue = false` members are left out when they hold the default (`0`, `false`,
/// `nil`), and read as the default when absent: `encode(to:)` below, not an encoder option
/// (``DataContractEncoder/NilMembers`` is for every member at once).
struct ContractsFeature: Codable, Sendable, DataContractDescribing {
    // EntityBase
    var entityID: Int64
    var zLast: String?
    var created: String?
    // Audited
    var changedBy: String?
    var revision: Int
    // Contracts
    var id: String?
    var capitalID: String?
    var ident: Int
    var first: Int
    var b: String?
    var a: String?
    var optional: String?
    var count: Int
    var flag: Bool
    var maybe: Double?
    var required: String

    enum CodingKeys: String, CodingKey {
        case entityID = "Id", zLast, created = "Created"
        case changedBy = "By", revision = "Revision"
        case id, capitalID = "ID", ident = "Id2", first = "First", b = "B", a = "A", optional = "Optional"
        case count = "Count", flag = "Flag", maybe = "Maybe", required = "Required"
    }

    static let dataContract = DataContract(
        name: "Renamed.Contract", namespace: "urn:oracle:contracts",
        memberGroups: [
            .init(namespace: "urn:oracle:base", members: ["Id", "zLast", "Created"], orders: ["zLast": 1]),
            .init(namespace: "http://schemas.datacontract.org/2004/07/Oracle.Features.Middle", members: ["By", "Revision"]),
            .init(
                namespace: "urn:oracle:contracts",
                members: ["id", "ID", "Id2", "First", "B", "A", "Optional", "Count", "Flag", "Maybe", "Required"],
                orders: ["First": 5, "B": 2, "A": 2, "Optional": 0, "Count": 0]),
        ])

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entityID = try c.decode(Int64.self, forKey: .entityID)
        zLast = try c.decodeIfPresent(String.self, forKey: .zLast)
        created = try c.decodeIfPresent(String.self, forKey: .created)
        changedBy = try c.decodeIfPresent(String.self, forKey: .changedBy)
        revision = try c.decodeIfPresent(Int.self, forKey: .revision) ?? 0
        id = try c.decodeIfPresent(String.self, forKey: .id)
        capitalID = try c.decodeIfPresent(String.self, forKey: .capitalID)
        ident = try c.decode(Int.self, forKey: .ident)
        first = try c.decode(Int.self, forKey: .first)
        b = try c.decodeIfPresent(String.self, forKey: .b)
        a = try c.decodeIfPresent(String.self, forKey: .a)
        optional = try c.decodeIfPresent(String.self, forKey: .optional)
        count = try c.decodeIfPresent(Int.self, forKey: .count) ?? 0
        flag = try c.decodeIfPresent(Bool.self, forKey: .flag) ?? false
        maybe = try c.decodeIfPresent(Double.self, forKey: .maybe)
        required = try c.decode(String.self, forKey: .required)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // The oracle's tokens list every member with the value .NET reads for an absent one.
        let all = CanonicalValues.isCanonical(encoder)
        try c.encode(entityID, forKey: .entityID)
        try c.encode(zLast, forKey: .zLast)
        try c.encode(created, forKey: .created)
        try c.encode(changedBy, forKey: .changedBy)
        if revision != 0 || all { try c.encode(revision, forKey: .revision) }
        try c.encode(id, forKey: .id)
        try c.encode(capitalID, forKey: .capitalID)
        try c.encode(ident, forKey: .ident)
        try c.encode(first, forKey: .first)
        try c.encode(b, forKey: .b)
        try c.encode(a, forKey: .a)
        if optional != nil || all { try c.encode(optional, forKey: .optional) }
        if count != 0 || all { try c.encode(count, forKey: .count) }
        if flag || all { try c.encode(flag, forKey: .flag) }
        if maybe != nil || all { try c.encode(maybe, forKey: .maybe) }
        try c.encode(required, forKey: .required)
    }
}
