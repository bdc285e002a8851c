import DataContractXML
import Foundation

/// The mirror of Oracle/Features/Enums.cs `Status`: `[EnumMember]` values with spaces, markup
/// and a negative number.
enum StatusFeature: DataContractEnumeration, Sendable {
    case pending, confirmed, cancelled, odd

    static let dataContractMembers: [(value: StatusFeature, name: String, number: Int64)] = [
        (.pending, "Pending", 0), (.confirmed, "Is Confirmed", 1), (.cancelled, "cancelled-by-user", 7),
        (.odd, "Ünïcode & <markup>", -3),
    ]
}

/// The mirror of `[Flags] enum Access : long`, declared None, Read, Write, Exec (`Execute`),
/// ReadWrite (= Read | Write), High (1 << 40).
struct AccessFeature: DataContractFlags, Sendable {
    let rawValue: Int64
    static let read = AccessFeature(rawValue: 1)
    static let write = AccessFeature(rawValue: 2)
    static let execute = AccessFeature(rawValue: 4)
    static let high = AccessFeature(rawValue: 1 << 40)

    static let dataContractMembers: [(value: AccessFeature, name: String)] = [
        (AccessFeature(rawValue: 0), "None"), (.read, "Read"), (.write, "Write"), (.execute, "Exec"),
        ([.read, .write], "ReadWrite"), (.high, "High"),
    ]
}

/// The mirror of `Enums`.
struct EnumsFeature: Codable, Sendable, DataContractDescribing {
    var status: StatusFeature
    var maybeStatus: StatusFeature?
    var access: AccessFeature
    var maybeAccess: AccessFeature?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case status = "Status", maybeStatus = "MaybeStatus", access = "Access", maybeAccess = "MaybeAccess"
    }

    /// Every member, `nil` as `i:nil` (XML) and `null` (JSON), as .NET writes them.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(maybeStatus, forKey: .maybeStatus)
        try c.encode(access, forKey: .access)
        try c.encode(maybeAccess, forKey: .maybeAccess)
    }

    static let dataContract = OracleFeatures.contract("Enums", namespace: "urn:oracle:enums", CodingKeys.self)
}
