import Foundation

/// The single-value container of an element: its text as one value, or its nil state.
struct ElementSingleValueContainer: SingleValueDecodingContainer {
    let context: DecodingContext
    let element: Int32

    var codingPath: [any CodingKey] { context.path(element) }

    func decodeNil() -> Bool {
        // The protocol's decodeNil cannot throw; an invalid i:nil surfaces on the next decode.
        (try? context.isNil(element)) ?? false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try context.decodeBool(element) }
    func decode(_ type: String.Type) throws -> String { try context.decodeString(element) }
    func decode(_ type: Double.Type) throws -> Double { try context.decodeDouble(element) }
    func decode(_ type: Float.Type) throws -> Float { try context.decodeFloat(element) }
    func decode(_ type: Int.Type) throws -> Int { try context.decodeInteger(element, type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try context.decodeInteger(element, type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try context.decodeInteger(element, type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try context.decodeInteger(element, type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try context.decodeInteger(element, type) }
    func decode(_ type: UInt.Type) throws -> UInt { try context.decodeInteger(element, type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try context.decodeInteger(element, type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try context.decodeInteger(element, type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try context.decodeInteger(element, type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try context.decodeInteger(element, type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try context.decode(type, element) }
}
