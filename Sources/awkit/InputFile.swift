import AWModels
import Foundation

/// Reads a command's input: a file path, or `-` for standard input, at most a given number of
/// bytes, each input once (so pipes, FIFOs and process substitutions work like files).
enum InputFile {
    /// The default cap on one input: 16 MiB, as `awkit live` caps an answer's body.
    static let defaultLimit = 16 * 1024 * 1024

    /// The content of `path` (`-` reads standard input), read in 64 KiB pieces.
    ///
    /// - Parameters:
    ///   - limit: the most bytes accepted; one more and the read stops with an error, so
    ///     `/dev/zero` or an endless pipe cannot fill the memory.
    ///   - response: the input must be a response: after the first piece, a first character
    ///     (after a byte order mark and white space) that can begin neither XML nor JSON is
    ///     refused at once, without reading the rest.
    /// - Throws: ``InputFileError`` naming the path and the reason (missing, a directory,
    ///   unreadable, over the limit, not a response).
    static func read(_ path: String, limit: Int = defaultLimit, response: Bool = false) throws(InputFileError) -> Data {
        let name = path == "-" ? "standard input" : path
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputFileError(path: path, reason: "no such file", isUsageError: true)
            }
            guard !isDirectory.boolValue else { throw InputFileError(path: path, reason: "is a directory", isUsageError: true) }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw InputFileError(path: path, reason: "cannot be opened for reading (permission denied?)", isUsageError: true)
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var data = Data()
        var sniffed = !response
        while true {
            let piece: Data?
            do {
                piece = try handle.read(upToCount: 64 * 1024)
            } catch {
                throw InputFileError(path: name, reason: "cannot be read (\(Self.reason(error)))", isUsageError: true)
            }
            guard let piece, !piece.isEmpty else { break }
            data.append(piece)
            if data.count > limit {
                throw InputFileError(
                    path: name,
                    reason: "is larger than the input limit of \(limit) bytes (\(limit / 1_048_576) MiB); raise it with --max-input-bytes",
                    isUsageError: true)
            }
            if !sniffed {
                do {
                    _ = try ResponseFormat.sniff(data)
                    sniffed = true
                } catch where error.code == .unrecognizedFormat {
                    throw InputFileError(path: name, reason: error.message, isUsageError: false, head: data)
                } catch {
                    // Only white space so far: look again after the next piece, within the first MiB.
                    sniffed = data.count > 1_048_576
                }
            }
        }
        return data
    }

    /// A file error in words: the underlying POSIX reason ("No such file or directory") rather
    /// than Foundation's wrapper ("NSCocoaErrorDomain error 512").
    static func reason(_ error: any Error) -> String {
        var current = error as NSError
        while let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError { current = underlying }
        if current.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(current.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return current.localizedDescription
    }
}

/// A command input that cannot be used.
struct InputFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    /// `true` for an I/O or usage problem (exit 2); `false` for bytes that were read but are not
    /// a response (exit 1).
    var isUsageError = true
    /// What was read before the input was refused (the first piece), for a refused response.
    var head = Data()
    var description: String { "\(path): \(reason)" }
}
