/// A model that ``DataContractDecoder`` can read member by member, straight from its parsed
/// element buffer, instead of through `init(from:)`: the hook generated models implement beside
/// `Codable` (no keyed container, no coding-key lookup per member).
///
/// The decoder takes this path for an element of a conforming type after the checks every
/// composite value gets (`z:Ref` followed, the decode counted, `i:nil` refused for a
/// non-optional value). It hands ``init(dataContractMembers:)`` a ``DataContractMemberReader``
/// positioned on the element's first child. Each call on the reader names the next member of
/// ``DataContractDescribing/dataContract`` in ``DataContract/memberOrder`` (the order
/// DataContractSerializer writes them: member groups base first, each sorted by ordinal
/// comparison) and takes the current child element when it has that member's local name (and,
/// under ``DataContractDecoder/Options/strictNamespaces``, its namespace).
///
/// **Any surprise falls back to the generic path**: a required member that is not the current
/// child (absent, out of order, or repeated), a child element left over after the
/// initializer returns (an unknown element, a member out of order or repeated), text next to the
/// child elements, a call that names another member than the next one in the contract's order,
/// or *any* error thrown while reading a value. The decoder then forgets what this initializer
/// did (the decode count is restored) and decodes the element again through `init(from:)`, which
/// gives the value, or throws the error, with its coding path, line, column and message. So a
/// conformance only changes speed, never a value or an error, provided it reads each member the
/// way the type's `init(from:)` does:
///
/// | member in `init(from:)` | call on the reader |
/// |---|---|
/// | `decode(Int.self, forKey: .x)` (also `String`, `Bool`, `Double`, `Int32`, `Int64`, `Decimal`, `DateTime`) | `try members.decode(Int.self, forKey: CodingKeys.x)` |
/// | `decodeIfPresent(Int.self, forKey: .x)` (an optional member, as synthesized `Codable` reads it) | `try members.decodeIfPresent(Int.self, forKey: CodingKeys.x)` |
/// | a nested object, an array, a dictionary, any other `Decodable` | `decode(_:forKey:)` / `decodeIfPresent(_:forKey:)` with that type (a nested conforming type takes this path again) |
/// | a type whose `init(from:)` reads one `String` or `Int` from a single-value container and maps it, such as an open enumeration | `Status(rawValue: try members.decodeRawValue(String.self, forKey: CodingKeys.status))` (`decodeRawValueIfPresent` for an optional member, mapped with `.map`); the mapping must compute what the type's `init(from:)` computes from that raw value |
///
/// A conformance for a struct with a nested object, a required integer, an open enumeration over
/// integers, an optional string, an optional open enumeration over strings and an array, whose
/// contract order is `Client`, `ID`, `Method`, `Nickname`, `Status`, `Tags`:
///
/// ```swift
/// extension Booking: DataContractMemberwiseDecodable {
///     init(dataContractMembers members: inout DataContractMemberReader) throws {
///         client = try members.decode(BookingUser.self, forKey: CodingKeys.client)
///         id = try members.decode(Int.self, forKey: CodingKeys.id)
///         method = CallMethod(rawValue: try members.decodeRawValue(Int.self, forKey: CodingKeys.method))
///         nickname = try members.decodeIfPresent(String.self, forKey: CodingKeys.nickname)
///         status = try members.decodeRawValueIfPresent(String.self, forKey: CodingKeys.status)
///             .map { Status(rawValue: $0) }
///         tags = try members.decode([String].self, forKey: CodingKeys.tags)
///     }
/// }
/// ```
///
/// Rules for a conformance (a generator emits exactly this shape):
/// - Call the reader once per member of ``DataContract/memberOrder``, in that order, with the
///   coding key whose `stringValue` is the member's wire name. A contract member the Swift type
///   does not have is skipped; when it is present in a document, its element is left over and
///   the decoder falls back (the generic path ignores it, or reports it as unknown).
/// - Use `decode` where `init(from:)` uses `decode`, `decodeIfPresent` where it uses
///   `decodeIfPresent`, with the same type.
/// - Do nothing else that can fail or that depends on the decoder (`userInfo`, `i:type`):
///   a type that reads those keeps only `init(from:)`.
///
/// The path is on by default and can be turned off with
/// ``DataContractDecoder/Options/memberwiseDecoding``, to compare the two paths.
public protocol DataContractMemberwiseDecodable: DataContractDescribing, Decodable {
    /// Reads every member, in ``DataContract/memberOrder``, from `members`.
    ///
    /// - Parameter members: the reader of this element's children; each call takes the next
    ///   member of the contract.
    /// - Throws: whatever the reader throws; the decoder then decodes the element through
    ///   `init(from:)` instead, so these errors never reach the caller.
    init(dataContractMembers members: inout DataContractMemberReader) throws
}
