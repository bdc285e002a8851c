import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fault 8 of issue 15, as a user meets it: `awkit mock` with a delayed request in flight.
/// SIGTERM starts a graceful shutdown in which nothing changes state any more; a second signal
/// stops the process at once, without waiting for the delay.
@Suite("awkit mock: shutdown with a delayed request in flight (issue 15, fault 8)", .serialized)
struct MockShutdownTests {
    /// A running `awkit mock --port 0` and the port it printed.
    struct Mock {
        let process: Process
        let port: Int

        static func start() throws -> Mock {
            let process = Process()
            process.executableURL = try AWKitProcess.executable
            process.arguments = ["mock", "--host", "127.0.0.1", "--port", "0"]
            process.currentDirectoryURL = AWKitProcess.repositoryRoot
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var text = ""
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let data = err.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
                if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression),
                    let port = Int(text[range].split(separator: ":").last!)
                {
                    // Keep draining the log so that the mock never blocks on a full pipe.
                    err.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
                    return Mock(process: process, port: port)
                }
            }
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "awkit mock did not say its port: \(text)"])
        }

        /// Sends AcceptReceivedBooking for booking 1001 with `X-AWKit-Fault: delay=milliseconds`.
        func acceptDelayed(milliseconds: Int) async -> (status: Int, body: String)? {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/PhoneChat/AcceptReceivedBooking")!)
            request.httpMethod = "POST"
            request.timeoutInterval = 60
            request.setValue("bearer shutdown-test", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("application/json", forHTTPHeaderField: "Accept")
            request.setValue("delay=\(milliseconds)", forHTTPHeaderField: "X-AWKit-Fault")
            request.httpBody = Data(#"{"BookingID": 1001, "Credits": 8}"#.utf8)
            guard let (data, response) = try? await URLSession.shared.data(for: request),
                let http = response as? HTTPURLResponse
            else { return nil }
            return (http.statusCode, String(decoding: data, as: UTF8.self))
        }

        /// Waits up to `seconds` for the process to end; its exit status, or `nil` if it still runs.
        func exitStatus(within seconds: Double) async -> Int32? {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
            return process.isRunning ? nil : process.terminationStatus
        }
    }

    @Test("SIGTERM during a delayed AcceptReceivedBooking: it is answered 503, nothing changed; then the mock exits 0")
    func firstSignalAnswersWithoutChangingState() async throws {
        let mock = try Mock.start()
        defer { if mock.process.isRunning { mock.process.interrupt(); mock.process.terminate() } }
        async let answer = mock.acceptDelayed(milliseconds: 1500)
        try await Task.sleep(for: .milliseconds(500))
        kill(mock.process.processIdentifier, SIGTERM)
        let result = try #require(await answer)
        #expect(result.status == 503, "\(result.body)")
        #expect(result.body.contains("shutting down; nothing was changed"), "\(result.body)")
        #expect(await mock.exitStatus(within: 10) == 0)
    }

    @Test("SIGTERM then SIGINT with a 30 s delay in flight: the mock exits at once, the request gets no acceptance")
    func secondSignalForcesTheExit() async throws {
        let mock = try Mock.start()
        defer { if mock.process.isRunning { mock.process.terminate() } }
        let started = Date()
        async let answer = mock.acceptDelayed(milliseconds: 30_000)
        try await Task.sleep(for: .milliseconds(500))
        kill(mock.process.processIdentifier, SIGTERM)
        try await Task.sleep(for: .milliseconds(300))
        kill(mock.process.processIdentifier, SIGINT)
        #expect(await mock.exitStatus(within: 5) == 0)
        #expect(Date().timeIntervalSince(started) < 10)
        // The connection is dropped (no answer) or refused with 503: never a 200 acceptance.
        if let result = await answer { #expect(result.status != 200, "\(result.body)") }
    }
}
