import Foundation

/// Where a ``DataContractEncoder`` writes a document's UTF-8 bytes, piece by piece, in order.
///
/// Pieces are about ``DataContractEncoder/Options/flushThreshold`` bytes (the last may be
/// smaller). The array handed over is the encoder's buffer: copy what you keep, or keep the
/// array itself (the encoder then starts a new buffer).
public protocol DataContractByteSink {
    /// Takes the next piece of the document.
    /// - Throws: anything; encoding stops and rethrows it.
    mutating func write(_ bytes: [UInt8]) throws
}

extension Array: DataContractByteSink where Element == UInt8 {
    /// Appends the piece.
    public mutating func write(_ bytes: [UInt8]) throws { append(contentsOf: bytes) }
}

extension Data: DataContractByteSink {
    /// Appends the piece.
    public mutating func write(_ bytes: [UInt8]) throws { append(contentsOf: bytes) }
}

/// A ``DataContractByteSink`` that calls a closure with each piece (write to a file handle, a
/// socket, an HTTP body stream …).
public struct DataContractClosureSink: DataContractByteSink {
    let body: ([UInt8]) throws -> Void

    /// - Parameter body: called with each piece, in document order.
    public init(_ body: @escaping ([UInt8]) throws -> Void) { self.body = body }

    /// Calls the closure.
    public mutating func write(_ bytes: [UInt8]) throws { try body(bytes) }
}
