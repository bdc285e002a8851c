import Foundation

/// Better Swift names for poorly named documented types, enumerations and cases: the generator's
/// naming file (`Sources/AWModels/ModelNames.json` for the built-in catalog).
///
/// The file is JSON; every member is optional:
///
/// ```json
/// {
///   "types": { "PhoneChat/PhoneChatBookingUser": "BookingUser" },
///   "enums": { "PhoneChat/ReceivedBooking.Status": "BookingStatus" },
///   "enumCases": { "PhoneChat/ReceivedBooking.Method": { "1": "bookedUserCallsClient" } }
/// }
/// ```
///
/// - `types`: `Group/ApiTypeName` (the page's `aws:` name) → Swift type name.
/// - `enums`: `Group/Owner.Property` → Swift name of the enumeration made from that property's
///   documented values; `Owner` is the API type name, or `OperationRequest` for a request
///   parameter. Any owner of a shared enumeration may be named.
/// - `enumCases`: the same keys → wire value → case name.
public struct ModelNaming: Codable, Hashable, Sendable {
    /// `Group/ApiTypeName` → Swift type name.
    public var types: [String: String]
    /// `Group/Owner.Property` → enumeration name.
    public var enums: [String: String]
    /// `Group/Owner.Property` → wire value → case name.
    public var enumCases: [String: [String: String]]

    /// - Parameters:
    ///   - types: type renames.
    ///   - enums: enumeration names.
    ///   - enumCases: case names.
    public init(
        types: [String: String] = [:], enums: [String: String] = [:], enumCases: [String: [String: String]] = [:]
    ) {
        self.types = types
        self.enums = enums
        self.enumCases = enumCases
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        types = try container.decodeIfPresent([String: String].self, forKey: .types) ?? [:]
        enums = try container.decodeIfPresent([String: String].self, forKey: .enums) ?? [:]
        enumCases = try container.decodeIfPresent([String: [String: String]].self, forKey: .enumCases) ?? [:]
    }

    /// Reads a naming file.
    ///
    /// - Parameter url: the file.
    /// - Throws: ``GeneratorError`` with code `generate.unreadable` or `generate.invalid-naming`.
    public static func load(_ url: URL) throws(GeneratorError) -> ModelNaming {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GeneratorError(code: .unreadable, path: url.path, message: "cannot be read")
        }
        do {
            return try JSONDecoder().decode(ModelNaming.self, from: data)
        } catch {
            throw GeneratorError(
                code: .invalidNaming, path: url.path,
                message: "not a naming file ({\"types\": {…}, \"enums\": {…}, \"enumCases\": {…}}): \(error)")
        }
    }
}
