import Foundation

/// Reads the members of one element, in DataContract order, for a
/// ``DataContractMemberwiseDecodable`` initializer.
///
/// Each call names the next member (by its coding key, whose `stringValue` is the wire name) and
/// takes the element's current child when that child has the member's local name (and, under
/// ``DataContractDecoder/Options/strictNamespaces``, the namespace the contract declares for
/// it). Values are read exactly as the keyed container of `init(from:)` reads them: the same
/// lexical forms, `z:Ref` and `i:nil` rules, and decode counting.
///
/// A child element whose local name is no member of the contract is skipped under
/// ``DataContractDecoder/UnknownElementPolicy/skip``, as the generic path skips it. A required
/// member that is not the current child, a key that is not a later member of the contract, or
/// any value that fails to read throws; the decoder then decodes the element
/// through `init(from:)` instead (see ``DataContractMemberwiseDecodable``), so these errors
/// never reach a caller of ``DataContractDecoder``.
///
/// Only the decoder creates readers; one lives for one call of
/// ``DataContractMemberwiseDecodable/init(dataContractMembers:)``.
public struct DataContractMemberReader {
    let context: DecodingContext
    let table: MemberTable
    /// The next child element not yet taken, -1 after the last.
    var next: Int32
    /// The index in ``table`` of the next member a call may name.
    var member = 0

    init(context: DecodingContext, element: Int32, table: MemberTable) {
        self.context = context
        self.table = table
        self.next = context.elements[Int(element)].firstChild
    }

    /// Whether every child element has been taken, skipping the trailing ones whose local name is
    /// no member of the contract under ``DataContractDecoder/UnknownElementPolicy/skip``.
    mutating func isAtEnd() -> Bool {
        while next >= 0 {
            let record = context.elements[Int(next)]
            guard !context.checksUnknownElements, !table.names.contains(record.name) else { return false }
            next = record.nextSibling
        }
        return true
    }

    /// The reason a member read ends the memberwise attempt (never seen outside the decoder).
    struct Surprise: Error {}

    /// Moves past the member named `key`, and returns the current child when it is that member's
    /// element (taking it), else -1.
    ///
    /// - Throws: ``Surprise`` when `key` names no member at or after the next one, or (strict
    ///   namespaces) the child has the member's name in another namespace.
    @inline(__always)
    private mutating func take(_ key: some CodingKey) throws(Surprise) -> Int32 {
        let index = try table.index(of: key.stringValue, from: member)
        member = index + 1
        var child = next
        while child >= 0 {
            let record = context.elements[Int(child)]
            if record.name == table.names[index] {
                if context.strictNamespaces, record.namespace != table.namespaces[index] { throw Surprise() }
                next = record.nextSibling
                return child
            }
            // An element that is no member of the contract is skipped, as the generic path
            // skips it under UnknownElementPolicy.skip; under .error it stays and falls back.
            guard !context.checksUnknownElements, !table.names.contains(record.name) else { return -1 }
            child = record.nextSibling
            next = child
        }
        return -1
    }

    /// The element of a required member.
    @inline(__always)
    private mutating func required(_ key: some CodingKey) throws(Surprise) -> Int32 {
        let child = try take(key)
        guard child >= 0 else { throw Surprise() }
        return child
    }

    /// The element of an optional member when present and not nil, as the keyed container's
    /// `decodeIfPresent` finds it.
    @inline(__always)
    private mutating func present(_ key: some CodingKey) throws -> Int32? {
        let child = try take(key)
        guard child >= 0 else { return nil }
        return try context.isNil(try context.resolve(child)) ? nil : child
    }

    // MARK: Required members

    /// Reads the required member `key` as a `String` (the element's text, byte-exact).
    ///
    /// - Parameters:
    ///   - type: `String.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: String.Type, forKey key: some CodingKey) throws -> String {
        try context.decodeString(try required(key))
    }

    /// Reads the required member `key` as an `Int` (xs:int/xs:long lexical form).
    ///
    /// - Parameters:
    ///   - type: `Int.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: Int.Type, forKey key: some CodingKey) throws -> Int {
        try context.decodeInteger(try required(key), Int.self)
    }

    /// Reads the required member `key` as an `Int32`.
    ///
    /// - Parameters:
    ///   - type: `Int32.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: Int32.Type, forKey key: some CodingKey) throws -> Int32 {
        try context.decodeInteger(try required(key), Int32.self)
    }

    /// Reads the required member `key` as an `Int64`.
    ///
    /// - Parameters:
    ///   - type: `Int64.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: Int64.Type, forKey key: some CodingKey) throws -> Int64 {
        try context.decodeInteger(try required(key), Int64.self)
    }

    /// Reads the required member `key` as a `Bool` (`true`, `false`, `1`, `0`).
    ///
    /// - Parameters:
    ///   - type: `Bool.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: Bool.Type, forKey key: some CodingKey) throws -> Bool {
        try context.decodeBool(try required(key))
    }

    /// Reads the required member `key` as a `Double` (xs:double, `INF`, `-INF`, `NaN`).
    ///
    /// - Parameters:
    ///   - type: `Double.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: Double.Type, forKey key: some CodingKey) throws -> Double {
        try context.decodeDouble(try required(key))
    }

    /// Reads the required member `key` as an exact `Decimal` (xs:decimal, no exponent).
    ///
    /// - Parameters:
    ///   - type: `Decimal.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: Decimal.Type, forKey key: some CodingKey) throws -> Decimal {
        try context.decodeDecimal(try required(key))
    }

    /// Reads the required member `key` as a ``DateTime``.
    ///
    /// - Parameters:
    ///   - type: `DateTime.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode(_ type: DateTime.Type, forKey key: some CodingKey) throws -> DateTime {
        try context.decodeDateTime(try required(key))
    }

    /// Reads the required member `key` as any `Decodable` type, as the keyed container's
    /// `decode(_:forKey:)` does (a nested ``DataContractMemberwiseDecodable`` type takes the
    /// memberwise path again).
    ///
    /// - Parameters:
    ///   - type: the member's type: a nested object, an array, a dictionary, any `Decodable`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decode<T: Decodable>(_ type: T.Type, forKey key: some CodingKey) throws -> T {
        try context.decode(type, try required(key))
    }

    /// Reads the raw value of the required member `key` whose type's `init(from:)` reads one
    /// `String` from a single-value container and maps it (an open enumeration of strings): the
    /// same checks and decode counts as decoding that type, without its `init(from:)`. Map the
    /// result exactly as that `init(from:)` does.
    ///
    /// - Parameters:
    ///   - type: `String.self`, the raw value's type.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decodeRawValue(_ type: String.Type, forKey key: some CodingKey) throws -> String {
        try context.decodeRawValue(try required(key)) { try $0.decodeString($1) }
    }

    /// Reads the raw value of the required member `key` whose type's `init(from:)` reads one
    /// `Int` from a single-value container and maps it (an open enumeration of integers); see
    /// ``decodeRawValue(_:forKey:)-(String.Type,_)``.
    ///
    /// - Parameters:
    ///   - type: `Int.self`, the raw value's type.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the member is not the current child or does not read (the decoder falls back).
    public mutating func decodeRawValue(_ type: Int.Type, forKey key: some CodingKey) throws -> Int {
        try context.decodeRawValue(try required(key)) { try $0.decodeInteger($1, Int.self) }
    }

    // MARK: Optional members

    /// Reads the optional member `key` as a `String`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `String.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: String.Type, forKey key: some CodingKey) throws -> String? {
        guard let child = try present(key) else { return nil }
        return try context.decodeString(child)
    }

    /// Reads the optional member `key` as an `Int`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Int.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: Int.Type, forKey key: some CodingKey) throws -> Int? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, Int.self)
    }

    /// Reads the optional member `key` as an `Int32`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Int32.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: Int32.Type, forKey key: some CodingKey) throws -> Int32? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, Int32.self)
    }

    /// Reads the optional member `key` as an `Int64`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Int64.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: Int64.Type, forKey key: some CodingKey) throws -> Int64? {
        guard let child = try present(key) else { return nil }
        return try context.decodeInteger(child, Int64.self)
    }

    /// Reads the optional member `key` as a `Bool`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Bool.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: Bool.Type, forKey key: some CodingKey) throws -> Bool? {
        guard let child = try present(key) else { return nil }
        return try context.decodeBool(child)
    }

    /// Reads the optional member `key` as a `Double`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Double.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: Double.Type, forKey key: some CodingKey) throws -> Double? {
        guard let child = try present(key) else { return nil }
        return try context.decodeDouble(child)
    }

    /// Reads the optional member `key` as a `Decimal`: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Decimal.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: Decimal.Type, forKey key: some CodingKey) throws -> Decimal? {
        guard let child = try present(key) else { return nil }
        return try context.decodeDecimal(child)
    }

    /// Reads the optional member `key` as a ``DateTime``: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `DateTime.self`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent(_ type: DateTime.Type, forKey key: some CodingKey) throws -> DateTime? {
        guard let child = try present(key) else { return nil }
        return try context.decodeDateTime(child)
    }

    /// Reads the optional member `key` as any `Decodable` type: `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: the member's type (not `Optional`): a nested object, an array, any `Decodable`.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: some CodingKey) throws -> T? {
        guard let child = try present(key) else { return nil }
        return try context.decode(type, child)
    }

    /// Reads the raw value of the optional member `key` (see
    /// ``decodeRawValue(_:forKey:)-(String.Type,_)``): `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `String.self`, the raw value's type.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeRawValueIfPresent(_ type: String.Type, forKey key: some CodingKey) throws -> String? {
        guard let child = try present(key) else { return nil }
        return try context.decodeRawValue(child) { try $0.decodeString($1) }
    }

    /// Reads the raw value of the optional member `key` (see
    /// ``decodeRawValue(_:forKey:)-(Int.Type,_)``): `nil` when absent or `i:nil`.
    ///
    /// - Parameters:
    ///   - type: `Int.self`, the raw value's type.
    ///   - key: the member's coding key; its `stringValue` is the wire name.
    /// - Throws: when the value does not read (the decoder falls back).
    public mutating func decodeRawValueIfPresent(_ type: Int.Type, forKey key: some CodingKey) throws -> Int? {
        guard let child = try present(key) else { return nil }
        return try context.decodeRawValue(child) { try $0.decodeInteger($1, Int.self) }
    }
}
