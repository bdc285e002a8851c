import AWModels
import AsyncHTTPClient
import DataContractXML
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

extension LiveRunner {
    /// Sends one request, retrying an idempotent one on a connection failure (the connection
    /// refused, or closed or reset before any answer), 429 and 503.
    func send(_ request: LiveRequest, client: HTTPClient) async -> LiveExchange {
        let start = ContinuousClock.now
        var attempt = 0
        while true {
            attempt += 1
            var exchange = await sendOnce(request, client: client)
            exchange.attempts = attempt
            let idempotent = !request.changesState
            let retryable = idempotent && (
                exchange.failure?.kind == .unreachable || exchange.failure?.lostBeforeAnswer == true
                    || exchange.status == 429 || exchange.status == 503)
            if retryable, attempt < options.retry.maxAttempts, !Task.isCancelled {
                let retryAfter = exchange.header("Retry-After").flatMap { LiveOptions.RetryPolicy.retryAfterSeconds($0) }
                let wait = options.retry.wait(beforeRetry: attempt, retryAfter: retryAfter)
                try? await Task.sleep(for: LiveOptions.duration(seconds: wait))
                continue
            }
            let elapsed = ContinuousClock.now - start
            exchange.duration = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return exchange
        }
    }

    /// One attempt, raced against the total timeout: AsyncHTTPClient's own deadline stops once
    /// the head has arrived, so a server that sends a head and then stalls would otherwise hold
    /// the run forever.
    private func sendOnce(_ request: LiveRequest, client: HTTPClient) async -> LiveExchange {
        let limit = LiveOptions.duration(seconds: options.totalTimeout)
        let timeout = LiveOptions.clampSeconds(options.totalTimeout)
        return await withTaskGroup(of: LiveExchange?.self) { group in
            group.addTask { await self.transfer(request, client: client) }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? LiveExchange(
                request: request, sent: true,
                failure: .init(kind: .requestFailed, message: "no complete answer within the total timeout of \(Self.seconds(timeout))"))
        }
    }

    /// Connect, send, read the head, then stream the body, feeding an XML body to the streaming
    /// decoder as chunks arrive.
    private func transfer(_ request: LiveRequest, client: HTTPClient) async -> LiveExchange {
        let redactor = options.redactor
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        outgoing.headers.add(name: "Authorization", value: "bearer \(options.token)")
        if let apiKey = options.apiKey, schemas[request.endpoint]?.authentication?.value ?? .unspecified != .accessToken {
            outgoing.headers.add(name: "apiKey", value: apiKey)
        }
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let response: HTTPClientResponse
        do {
            let deadline = TimeAmount.nanoseconds(Int64(LiveOptions.clampSeconds(options.totalTimeout) * 1e9))
            response = try await client.execute(outgoing, timeout: deadline)
        } catch {
            return LiveExchange(request: request, sent: true, failure: classify(error, redactor: redactor))
        }
        let headers = response.headers.map {
            LiveRequest.Header(name: $0.name, value: redactor.redactHeader(name: $0.name, value: $0.value))
        }
        var exchange = LiveExchange(request: request, sent: true, status: Int(response.status.code), headers: headers)

        // Stream an XML success body into the DataContract decoder while collecting it.
        let contentType = response.headers.first(name: "Content-Type")
        let declared = contentType.flatMap { try? ResponseFormat.from(contentType: $0) }
        let modelEndpoint: Endpoint? =
            (200..<300).contains(Int(response.status.code)) && declared?.format == .xml
            ? Endpoint.named(request.endpoint) : nil
        let (chunks, continuation) = AsyncStream<[UInt8]>.makeStream()
        async let streamingError: String? = Self.streamDecode(modelEndpoint, charset: declared?.charset, from: chunks)

        var collected = Data()
        do {
            for try await buffer in response.body {
                if collected.count + buffer.readableBytes > options.maxBodyBytes {
                    exchange.failure = .init(kind: .requestFailed, message: "the body is longer than \(options.maxBodyBytes) bytes; reading stopped")
                    break
                }
                collected.append(contentsOf: buffer.readableBytesView)
                if modelEndpoint != nil { continuation.yield(Array(buffer.readableBytesView)) }
            }
        } catch {
            exchange.failure = classify(error, redactor: redactor, afterHead: true)
        }
        continuation.finish()
        exchange.streamed = modelEndpoint != nil
        let streamed = await streamingError
        if exchange.failure == nil { exchange.streamingDecodeError = streamed.map(redactor.redact) }
        exchange.body = redactor.redact(collected)
        return exchange
    }

    /// Decodes chunks as they come with the streaming DataContract decoder; `nil` when they decode
    /// (or there is nothing to decode), else the error.
    private static func streamDecode(
        _ endpoint: Endpoint?, charset: String?, from chunks: AsyncStream<[UInt8]>
    ) async -> String? {
        guard let endpoint else { return nil }
        return await streamDecode(endpoint.responseType, charset: charset, from: chunks)
    }

    private static func streamDecode<T: Decodable>(
        _ type: T.Type, charset: String?, from chunks: AsyncStream<[UInt8]>
    ) async -> String? {
        var options = DataContractDecoder.Options()
        options.charset = charset
        do {
            _ = try await DataContractDecoder(options: options).decode(type, fromChunks: chunks)
            return nil
        } catch let error as DecodingError {
            // The rest of the body stays in the stream's buffer (the producer never waits).
            return error.diagnosticDescription
        } catch {
            return "\(error)"
        }
    }

    /// Sorts an error into a connection failure (unreachable) or a failed request, with a message
    /// that never contains the token.
    func classify(_ error: any Error, redactor: SecretRedactor, afterHead: Bool = false) -> LiveExchange.Failure {
        let host = options.baseURL.host ?? "the host"
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout:
                return .init(kind: .unreachable, message: "cannot connect to \(host): no connection within \(Self.seconds(options.connectTimeout))")
            case .deadlineExceeded:
                return .init(kind: .requestFailed, message: "no complete answer within the total timeout of \(Self.seconds(options.totalTimeout))")
            case .readTimeout:
                return .init(kind: .requestFailed, message: "the server stopped sending (read timeout)")
            case .remoteConnectionClosed:
                return .init(
                    kind: .requestFailed,
                    message: "the server closed the connection \(afterHead ? "before the end of the body" : "before answering")",
                    lostBeforeAnswer: !afterHead)
            default:
                return .init(kind: .requestFailed, message: redactor.redact("the request failed: \(client)"))
            }
        }
        if !afterHead, Self.isConnectionError(error) {
            return .init(kind: .unreachable, message: redactor.redact("cannot connect to \(host): \(Self.describeConnectionError(error))"))
        }
        if !afterHead, let io = error as? IOError, [ECONNRESET, EPIPE].contains(io.errnoCode) {
            return .init(kind: .requestFailed, message: "the connection was reset before any answer", lostBeforeAnswer: true)
        }
        return .init(kind: .requestFailed, message: redactor.redact("the request failed: \(error)"))
    }

    static func isConnectionError(_ error: any Error) -> Bool {
        if error is NIOConnectionError { return true }
        if let channel = error as? ChannelError, case .connectTimeout = channel { return true }
        if let io = error as? IOError {
            return [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, ETIMEDOUT, EADDRNOTAVAIL].contains(io.errnoCode)
        }
        let text = "\(error)"
        return text.contains("connection refused") || text.contains("Connection refused")
    }

    /// A connection error in words: `connection refused by 127.0.0.1 port 8080`, `no address
    /// for the host name (…)`; the system's reason for an `IOError`, not NIO's debug text.
    static func describeConnectionError(_ error: any Error) -> String {
        func reason(_ error: any Error) -> String {
            if let io = error as? IOError {
                return io.errnoCode == ECONNREFUSED ? "connection refused" : String(cString: strerror(io.errnoCode)).lowercased()
            }
            return "\(error)"
        }
        if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first {
                let others = connection.connectionErrors.count > 1 ? " (and \(connection.connectionErrors.count - 1) other addresses)" : ""
                return "\(reason(first.error)) by \(first.target.ipAddress ?? connection.host) port \(connection.port)\(others)"
            }
            if let dns = connection.dnsAError ?? connection.dnsAAAAError {
                return "the host name \(connection.host) cannot be resolved (\(dns))"
            }
            return "no address to connect to for \(connection.host) port \(connection.port)"
        }
        return reason(error)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
