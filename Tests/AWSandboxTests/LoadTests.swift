import AWSandbox
import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

/// The stand-in under concurrent load on loopback: 20 connections, 10,000 requests of mixed
/// kinds, every answer the one expected, and no memory growth after warm-up. Latency is printed
/// (the p99 in Benchmarks/README.md comes from this run), never asserted.
@Suite("Stand-in load")
struct LoadTests {
    /// One kind of request of the mix, and the status it must get.
    struct Kind: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String?
        var status: Int
    }

    static let kinds: [Kind] = [
        Kind(method: "GET", path: "/v1/account/getServices", headers: ["Authorization": "bearer x"], status: 200),
        Kind(method: "GET", path: "/v1/Groups/PhoneChat/GetSettings?UserID=5", headers: ["Authorization": "bearer x", "Accept": "application/xml"], status: 200),
        Kind(method: "GET", path: "/v1/lists/getEscortRateBreaks?apiKey=k", headers: [:], status: 200),
        Kind(method: "GET", path: "/v1/Email/Manage?EmailID=abc", headers: ["Authorization": "bearer x"], status: 400),
        Kind(method: "GET", path: "/v1/account/getServices", headers: [:], status: 401),
        Kind(method: "DELETE", path: "/v1/account/getServices", headers: ["Authorization": "bearer x"], status: 405),
        Kind(method: "GET", path: "/v1/Nope/Nothing", headers: ["Authorization": "bearer x"], status: 404),
        Kind(method: "POST", path: "/v1/PhoneChat/AcceptReceivedBooking", headers: ["Authorization": "bearer x"], body: #"{"BookingID":1003,"Credits":8}"#, status: 400),
    ]

    /// The resident set size of this process, in bytes (Linux `/proc/self/statm`).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test("20 connections, 10,000 mixed requests: every answer as expected, flat memory after warm-up")
    func load() async throws {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 20)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let connections = 20
        let total = 10_000
        do {
            try await run(client: client, connections: connections, total: total)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    func run(client: HTTPClient, connections: Int, total: Int) async throws {
        try await Sandbox.with { port, _ in
            @Sendable func send(_ index: Int) async -> (ok: Bool, seconds: Double) {
                let kind = Self.kinds[index % Self.kinds.count]
                var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(kind.path)")
                request.method = .init(rawValue: kind.method)
                for (name, value) in kind.headers { request.headers.add(name: name, value: value) }
                if let body = kind.body {
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.body = .bytes(ByteBuffer(string: body))
                }
                let start = ContinuousClock.now
                do {
                    let response = try await client.execute(request, timeout: .seconds(10))
                    _ = try await response.body.collect(upTo: 1 << 20)
                    let elapsed = ContinuousClock.now - start
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                    return (Int(response.status.code) == kind.status, seconds)
                } catch {
                    return (false, 0)
                }
            }
            func batch(_ range: Range<Int>) async -> [(ok: Bool, seconds: Double)] {
                await withTaskGroup(of: [(ok: Bool, seconds: Double)].self) { group in
                    for lane in 0..<connections {
                        group.addTask {
                            var results: [(ok: Bool, seconds: Double)] = []
                            for index in stride(from: range.lowerBound + lane, to: range.upperBound, by: connections) {
                                results.append(await send(index))
                            }
                            return results
                        }
                    }
                    var all: [(ok: Bool, seconds: Double)] = []
                    for await results in group { all += results }
                    return all
                }
            }
            let warmUp = await batch(0..<1000)
            let afterWarmUp = Self.residentBytes()
            let rest = await batch(1000..<total)
            let atEnd = Self.residentBytes()
            let results = warmUp + rest
            #expect(results.count == total)
            #expect(results.filter { !$0.ok }.count == 0)
            // Growth after warm-up: below 32 MiB for 9,000 requests (a leak of a few KiB per
            // request would exceed it).
            #expect(atEnd - afterWarmUp < 32 << 20, "RSS grew from \(afterWarmUp) to \(atEnd) bytes")
            let latencies = rest.map(\.seconds).sorted()
            func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1000 }
            print(
                "stand-in load: \(total) requests on \(connections) connections; latency ms p50 \(percentile(0.5)), p99 \(percentile(0.99)), max \(percentile(1)); RSS after warm-up \(afterWarmUp >> 20) MiB, at end \(atEnd >> 20) MiB")
        }
    }
}
