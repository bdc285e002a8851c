import Foundation

/// The idle ``DecodingSession`` of one ``DataContractDecoder`` value (and its copies), so that
/// consecutive documents decoded with the same options share the name table, the per-type
/// tables, the coding-key caches and the memberwise member tables instead of building them again
/// for every document (a one-record response paid about 300,000 instructions for them).
///
/// A document takes the idle session, or makes a new one when another document holds it
/// (decoding from several tasks at once with one decoder is safe: each takes its own), and gives
/// it back when done. A session whose name table has grown past ``maxNames`` (documents with
/// ever new element names) is dropped instead of kept, so memory stays bounded.
final class SessionPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: DecodingSession?
    /// The most names a kept session may hold.
    static let maxNames = 4096

    /// The idle session, made ready for a new document, or `nil`.
    func take() -> DecodingSession? {
        lock.lock()
        let session = idle
        idle = nil
        lock.unlock()
        session?.prepareForDocument()
        return session
    }

    /// Keeps `session` for the next document (one is kept; a second is dropped).
    func give(_ session: DecodingSession) {
        guard session.names.strings.count <= Self.maxNames else { return }
        session.trimAfterDocument()
        lock.lock()
        if idle == nil { idle = session }
        lock.unlock()
    }
}
