import AWSandbox
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client on its own thread (the stand-in runs in this process and must keep the
/// cooperative threads), for what AsyncHTTPClient will not send: oversized heads, bodies cut
/// short, a client that never closes its side.
private final class RawClient: @unchecked Sendable {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    /// Sends `bytes`; returns `errno` on failure (the server may close before all is sent).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 { return errno }
            offset += sent
        }
        return 0
    }

    /// Reads until the server's FIN (or a reset, or 5 s without data).
    func readToEnd() -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += buffer[..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether the server has closed the connection completely within `seconds`: a byte sent
    /// to a fully closed socket draws a reset, and the next send fails. A half-closed server
    /// (still reading) takes the bytes silently.
    func serverClosesCompletely(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let error = send([UInt8(ascii: "x")])
            if error == EPIPE || error == ECONNRESET { return true }
            usleep(50_000)
        }
        return false
    }
}

/// Runs `body` on a new thread.
private func detached<R: Sendable>(_ body: @escaping @Sendable () throws -> R) async throws -> R {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}

/// Issue 15, fault 7: after a 400 (a head over the size limit) or a 413 (a body over the limit)
/// the stand-in half-closed the connection and waited for the client forever: one socket and
/// about 0.7 MB per such request, and no more answers once the descriptors ran out.
@Suite("The stand-in closes connections after error answers")
struct ConnectionCloseTests {
    @Test("a head over the limit: 400, then the connection is closed though the client keeps its side open")
    func oversizedHead() async throws {
        try await Sandbox.with { port, _ in
            let (answer, closed) = try await detached {
                let client = try RawClient(port: port)
                client.send(Array("GET /v1/Test/GetBooking HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 100_000))\r\n\r\n".utf8))
                return (client.readToEnd(), client.serverClosesCompletely(within: 5))
            }
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(80))")
            #expect(closed)
        }
    }

    @Test("a body over the limit: 413 with Connection: close, then closed, the rest of the body unsent")
    func oversizedBody() async throws {
        try await Sandbox.with(configure: { $0.maxRequestBytes = 1000 }) { port, server in
            let (answer, closed) = try await detached {
                let client = try RawClient(port: port)
                let head = "POST /v1/PhoneChat/AcceptReceivedBooking HTTP/1.1\r\nHost: x\r\nAuthorization: bearer \(Sandbox.token)\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n"
                client.send(Array(head.utf8) + Array(repeating: UInt8(ascii: " "), count: 5000))
                return (client.readToEnd(), client.serverClosesCompletely(within: 5))
            }
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(80))")
            #expect(answer.lowercased().contains("connection: close"))
            #expect(closed)
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }

    @Test("once shutdown has begun, a write is refused with 503 and changes nothing")
    func noStateChangeAfterShutdownBegins() async throws {
        try await Sandbox.with { port, server in
            await server.state.beginShutdown()
            let answer = try await Sandbox.send(port: port, body: #"{"BookingID": 1001, "Credits": 8}"#)
            #expect(answer.status == 503)
            #expect(answer.text.contains("shutting down; nothing was changed"))
            #expect(await server.state.booking(1001)?.status == .pending)
        }
    }
}
