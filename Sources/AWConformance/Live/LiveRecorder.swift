import AWModels
import Foundation

/// Saves a live run's answers in the `Samples/` layout, so that `awkit check DIR` re-checks them
/// offline.
///
/// For each sent request with an answer:
/// - a 2xx body goes to `DIR/Group/Endpoint/response.json` or `response.xml` (by the format
///   asked for); any other status to `error-response.json` / `.xml`, which `awkit check` skips;
/// - beside it, `<body file>.http`: JSON with the request (method, URL, Accept, record) and the
///   answer's status and headers (`Content-Type`, `Content-Length`, `Retry-After`, `Date`,
///   `Server`, …; never `Authorization`, and every value redacted).
///
/// When the plan calls an endpoint more than once, or names a call, the call's folder is
/// `DIR/<call name>/Group/Endpoint/` (the name is a folder above the `Group/Endpoint` layout,
/// which `awkit check` reads at any depth). When a call names parity paths to ignore, `DIR/.awkit.json`
/// carries them (plus the run's own severities), and `awkit check DIR` uses it.
public struct LiveRecorder: Sendable {
    /// The folder written to (created when missing).
    public var directory: URL
    /// Applied to every byte written.
    public var redactor: SecretRedactor

    /// A recorder writing below `directory`, through `redactor`.
    public init(directory: URL, redactor: SecretRedactor) {
        self.directory = directory
        self.redactor = redactor
    }

    /// The headers kept in the `.http` file (when present), in this order.
    public static let recordedHeaders = [
        "Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding", "Retry-After", "Date",
        "Server", "Cache-Control", "WWW-Authenticate", "X-AspNet-Version", "X-Powered-By",
    ]

    /// Writes every answered exchange of `report`; returns the files written, sorted.
    ///
    /// Writing an outcome removes the other outcome's pair for the same folder and format
    /// (`response.json` and its `.http` when an `error-response.json` is written, and the other
    /// way round), so a folder recorded twice says what the last run saw.
    ///
    /// - Parameters:
    ///   - report: the live run whose answers are written.
    ///   - configuration: the run's severities, written to `DIR/.awkit.json` together
    ///     with the report's parity ignores when there are any.
    /// - Throws: ``LiveSetupError`` `live.record-failed` naming the file that cannot be written
    ///   and the system's reason.
    @discardableResult
    public func record(_ report: LiveReport, configuration: CheckConfiguration = .init()) throws(LiveSetupError) -> [String] {
        var written: [String] = []
        let endpointCounts = Dictionary(grouping: report.exchanges, by: \.request.endpoint).mapValues {
            Set($0.map(\.request.callIndex)).count
        }
        for exchange in report.exchanges where exchange.sent && exchange.status != nil {
            let request = exchange.request
            var folder = directory
            let named = request.callName != String(request.callIndex + 1)
            if named || (endpointCounts[request.endpoint] ?? 0) > 1 {
                folder.appendPathComponent(request.callName)
            }
            for part in request.endpoint.split(separator: "/") { folder.appendPathComponent(String(part)) }
            // Never outside `directory`, whatever the endpoint ID or call name holds.
            guard EndpointSchema.isSafeEndpointID(request.endpoint), Self.isSafeFolderName(request.callName),
                folder.standardizedFileURL.path.hasPrefix(directory.standardizedFileURL.path + "/")
            else {
                throw LiveSetupError(
                    code: .recordFailed,
                    message: redactor.redact("\(request.callName) \(request.endpoint) would be recorded outside \(directory.path); endpoint IDs must be Group/Operation of letters, digits and _"))
            }
            let base = exchange.succeeded ? "response" : "error-response"
            let other = exchange.succeeded ? "error-response" : "response"
            let bodyFile = folder.appendingPathComponent("\(base).\(request.accept.rawValue)")
            let httpFile = folder.appendingPathComponent("\(base).\(request.accept.rawValue).http")
            // A folder recorded before may hold the other outcome for this format: a stale
            // response.json beside a new error-response.json would let `awkit check` pass a
            // failed run.
            for stale in ["\(other).\(request.accept.rawValue)", "\(other).\(request.accept.rawValue).http"] {
                try remove(folder.appendingPathComponent(stale))
            }
            try write(redactor.redact(exchange.body), to: bodyFile, creating: folder)
            try write(Data(httpDescription(exchange).utf8), to: httpFile, creating: folder)
            written += [bodyFile.path, httpFile.path]
        }
        if !report.parityIgnores.isEmpty {
            var merged = configuration
            for (endpoint, paths) in report.parityIgnores.sorted(by: { $0.key < $1.key }) {
                for path in paths {
                    merged.overrides.append(.init(rule: Rule.parity.id, endpoint: endpoint, path: path, severity: .ignore))
                }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let file = directory.appendingPathComponent(".awkit.json")
            let data = (try? encoder.encode(merged)) ?? Data("{}".utf8)
            try write(data + Data("\n".utf8), to: file, creating: directory)
            written.append(file.path)
        }
        return written.sorted()
    }

    /// Whether a call name can be a folder name below the record folder: not empty, not `.` or
    /// `..` or hidden, no slash or backslash, no control character.
    static func isSafeFolderName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The `.http` file: pretty JSON with sorted keys.
    func httpDescription(_ exchange: LiveExchange) -> String {
        let request = exchange.request
        var headers: [String: String] = [:]
        for name in Self.recordedHeaders {
            if let value = exchange.header(name) { headers[name] = redactor.redactHeader(name: name, value: value) }
        }
        var object: [String: Any] = [
            "request": [
                "method": request.method,
                "url": redactor.redact(request.url.absoluteString),
                "accept": request.accept.mediaType,
                "record": request.record.map { redactor.redact("\($0)") } ?? NSNull(),
            ] as [String: Any],
            "status": exchange.status ?? 0,
            "headers": headers,
            "attempts": exchange.attempts,
        ]
        if let failure = exchange.failure { object["failure"] = redactor.redact(failure.message) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        // Every value above is redacted; the serialised text is not redacted again (that could
        // break its escapes).
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func write(_ data: Data, to file: URL, creating folder: URL) throws(LiveSetupError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        } catch {
            throw LiveSetupError(
                code: .recordFailed, message: redactor.redact("cannot write \(file.path): \(Self.reason(error, at: folder))"))
        }
    }

    private func remove(_ file: URL) throws(LiveSetupError) {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do {
            try FileManager.default.removeItem(at: file)
        } catch {
            throw LiveSetupError(
                code: .recordFailed, message: redactor.redact("cannot remove the stale \(file.path): \(Self.reason(error, at: file))"))
        }
    }

    /// The most specific reason of a file error: the underlying POSIX error ("No such file or
    /// directory") rather than Foundation's wrapper ("error 512"); when Foundation gives none, what
    /// is in the way on the path (a file where a folder should be, a folder that cannot be
    /// written).
    ///
    /// - Parameters:
    ///   - error: what Foundation threw when `path` was written or removed.
    ///   - path: the file.
    /// - Returns: one phrase, e.g. `No such file or directory (ENOENT)` or
    ///   `/tmp/x is a file, not a directory`.
    public static func reason(_ error: any Error, at path: URL) -> String {
        var current = error as NSError
        while let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError {
            current = underlying
        }
        if current.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(current.code)) {
            return "\(current.localizedDescription) (\(code))"
        }
        // Foundation on Linux often wraps without an underlying error: look at the path.
        var ancestor = path
        let manager = FileManager.default
        while ancestor.path != "/" {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                if !isDirectory.boolValue && ancestor != path { return "\(ancestor.path) is a file, not a directory" }
                if isDirectory.boolValue && !manager.isWritableFile(atPath: ancestor.path) {
                    return "\(ancestor.path) is not writable (permission denied)"
                }
                if isDirectory.boolValue && ancestor == path { return "\(path.path) is a folder" }
                let parent = path.deletingLastPathComponent()
                if ancestor != path && ancestor != parent { return "the folder \(parent.path) does not exist" }
                break
            }
            ancestor.deleteLastPathComponent()
        }
        return current.localizedDescription
    }
}
