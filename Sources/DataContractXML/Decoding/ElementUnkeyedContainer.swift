/// The unkeyed container of an element: its child elements in document order, whatever their
/// names (`<d2p1:string>`, `<ReceivedBooking>` …), as DataContract collections are written
/// (reference/datacontract-format.md §5).
struct ElementUnkeyedContainer: UnkeyedDecodingContainer {
    let context: DecodingContext
    let element: Int32
    private var next: Int32
    private(set) var currentIndex = 0

    init(context: DecodingContext, element: Int32) {
        self.context = context
        self.element = element
        self.next = context.elements[Int(element)].firstChild
        context.unkeyedParents.insert(element)
    }

    var codingPath: [any CodingKey] { context.path(element) }

    var count: Int? {
        var count = 0
        var child = context.elements[Int(element)].firstChild
        while child >= 0 {
            count += 1
            child = context.elements[Int(child)].nextSibling
        }
        return count
    }

    var isAtEnd: Bool { next < 0 }

    private func current<T>(_ type: T.Type) throws -> Int32 {
        guard next >= 0 else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath + [DataContractCodingKey(intValue: currentIndex)],
                    debugDescription: "\(context.position(element)) has only \(currentIndex) items"))
        }
        if context.checksUnknownElements { context.visited[Int(next)] = true }
        return next
    }

    private mutating func advance() {
        next = context.elements[Int(next)].nextSibling
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        let item = try context.resolve(try current(Any?.self))
        guard try context.isNil(item) else { return false }
        advance()
        return true
    }

    private mutating func take<T>(_ body: (DecodingContext, Int32) throws -> T) throws -> T {
        let value = try body(context, try current(T.self))
        advance()
        return value
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try take { try $0.decodeBool($1) } }
    mutating func decode(_ type: String.Type) throws -> String { try take { try $0.decodeString($1) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try take { try $0.decodeDouble($1) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try take { try $0.decodeFloat($1) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try take { try $0.decodeInteger($1, type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try take { try $0.decode(type, $1) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try take { try ElementDecoder(context: $0, element: try $0.nestedElement($1)).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try take { try ElementDecoder(context: $0, element: try $0.nestedElement($1)).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try take { ElementDecoder(context: $0, element: try $0.nestedElement($1)) }
    }
}
