import AWConformance
import AWModels
import AWSandbox
import AsyncHTTPClient
import DataContractXML
import Foundation
import Logging
import NIOCore

/// Collects log lines, to assert what the stand-in logs.
final class CollectedLogs: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}

struct CollectingLogHandler: LogHandler {
    let logs: CollectedLogs
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        logs.append("\(event.level) \(event.message) \(merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
    }
}

enum Sandbox {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let token = "tok-SECRET-4f2a9c"

    /// The built-in schemas plus a GET test endpoint (`Test/GetBooking`) answering the
    /// AcceptReceivedBooking JSON sample and, in XML, the same booking encoded.
    static func schemas() throws -> [String: EndpointSchema] {
        var catalog = try SchemaCatalog.builtIn()
        var get = catalog["PhoneChat/AcceptReceivedBooking"]!
        get.endpoint = "Test/GetBooking"
        get.method = "GET"
        get.path = "/v1/Test/GetBooking"
        get.parameterPassing = .queryString
        get.request = []
        let json = Data(get.responseJSONSample!.utf8)
        let booking = try ResponseDecoder().decode(PhoneChat.ReceivedBooking.self, from: json, format: .json)
        var options = DataContractEncoder.Options()
        options.decimalScale = 4
        get.responseXMLSample = String(decoding: try DataContractEncoder(options: options).encode(booking), as: UTF8.self)
        catalog.add([get])
        return catalog.schemas
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "awkit.mock.test")
        logger.logLevel = .critical
        return logger
    }

    /// Runs `body` with a stand-in on 127.0.0.1 and an ephemeral port.
    static func with<R: Sendable>(
        configure: (inout SandboxOptions) -> Void = { _ in },
        _ body: @Sendable (Int, SandboxServer) async throws -> R
    ) async throws -> R {
        var options = SandboxOptions(schemas: try schemas())
        options.port = 0
        options.logger = quietLogger()
        configure(&options)
        let server = try SandboxServer(options: options)
        return try await server.withRunning { port in try await body(port, server) }
    }

    struct Answer {
        var status: Int
        var contentType: String?
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One request with AsyncHTTPClient.
    static func send(
        port: Int, method: String = "POST", path: String = "/v1/PhoneChat/AcceptReceivedBooking",
        headers: [String: String] = ["Authorization": "bearer \(token)"], body: String? = nil
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        var fields: [String: String] = [:]
        for header in response.headers { fields[header.name.lowercased()] = header.value }
        return Answer(
            status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
            headers: fields, body: Data(bytes.readableBytesView))
    }
}
