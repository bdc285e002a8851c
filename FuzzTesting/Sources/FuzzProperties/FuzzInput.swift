/// Reads a fuzzer's input as a stream of choices: a byte, a small number, a length-prefixed
/// piece, the rest. Running out is not an error: every read past the end gives zeros or an
/// empty piece, so any input, however short, makes one complete test case.
public struct FuzzInput {
    /// The input bytes.
    public let bytes: [UInt8]
    /// Where the next read starts.
    public private(set) var offset = 0

    /// A reader over `bytes`, from the first.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset >= bytes.count }

    /// The next byte, or 0 past the end.
    public mutating func byte() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The next byte as a flag (its lowest bit).
    public mutating func bool() -> Bool { byte() & 1 == 1 }

    /// The next `count` bytes (fewer near the end) as a little-endian unsigned integer.
    public mutating func integer(bytes count: Int) -> UInt64 {
        var value: UInt64 = 0
        for shift in 0..<count { value |= UInt64(byte()) << (8 * UInt64(shift)) }
        return value
    }

    /// The next byte, reduced to `0..<bound` (`bound` > 0).
    public mutating func choice(_ bound: Int) -> Int { Int(byte()) % bound }

    /// A piece whose length is the next byte, then that many bytes (fewer near the end).
    public mutating func piece() -> [UInt8] {
        let length = Int(byte())
        let end = min(bytes.count, offset + length)
        defer { offset = end }
        return offset < end ? Array(bytes[offset..<end]) : []
    }

    /// ``piece()`` as text, invalid UTF-8 replaced with U+FFFD.
    public mutating func string() -> String { String(decoding: piece(), as: UTF8.self) }

    /// Every byte not read yet.
    public mutating func rest() -> [UInt8] {
        defer { offset = bytes.count }
        return offset < bytes.count ? Array(bytes[offset...]) : []
    }
}
