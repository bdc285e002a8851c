import AWConformance
import AWSandbox
import ArgumentParser
import Foundation
import Logging

/// `awkit mock`: serve a stand-in of the API's sandbox on loopback until interrupted.
struct MockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock",
        abstract: "Serve a stand-in of the API's sandbox (JSON and XML answers) until interrupted.",
        discussion: """
            Serves every endpoint of the built-in and --schemas schemas at its method and path: \
            JSON or DataContract XML by Accept (JSON when absent or */*, 406 for a type neither \
            formatter writes), Content-Type with charset=utf-8; 401 without Authorization: \
            bearer <any token>; request bodies and query strings validated against the schema \
            (400 {"Message": …}). PhoneChat/AcceptReceivedBooking works on in-memory bookings: \
            1001 and 1002 are Pending (acceptable), 1003 is already Accepted, 1004's AcceptBy \
            has passed, 1 is the documentation's sample. Other endpoints answer their samples.

            Faults for testing, per request with the header X-AWKit-Fault (comma-separated): \
            delay=MS, truncate, content-type, 500, 429[;retry-after=S], 503[;retry-after=S], \
            malformed-xml, ignore-accept, stall-body=MS (half the body, a pause, the rest), 401 \
            (WWW-Authenticate: Bearer error="invalid_token").

            Each request is logged on standard error (Authorization redacted). SIGINT (Ctrl-C) \
            or SIGTERM stops the server gracefully.

            Exit codes: 0 stopped by a signal; 2 usage error or the port cannot be used.
            """
    )

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("A directory of extra schema files (from awkit import-docs).", valueName: "dir"))
    var schemas: String?

    @Flag(name: .long, help: "Answer JSON for an unsupported Accept (Web API's default) instead of 406.")
    var fallBackToJSON = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        var options: SandboxOptions
        do {
            options = SandboxOptions(schemas: try SchemaOptions.load(extraDirectory: schemas))
        } catch {
            Terminal.printError("awkit mock: \(error)")
            throw ExitStatus.usage.exitCode
        }
        options.host = host
        options.port = port
        options.unsupportedAccept = fallBackToJSON ? .fallBackToJSON : .notAcceptable
        let server: SandboxServer
        do {
            server = try SandboxServer(options: options)
        } catch {
            Terminal.printError("awkit mock: \(error)")
            throw ExitStatus.usage.exitCode
        }
        let host = host
        let endpoints = options.schemas.keys.sorted().joined(separator: ", ")
        do {
            try await server.run { port in
                Terminal.printError("awkit mock: serving \(endpoints) on http://\(host):\(port) (Ctrl-C stops)")
            }
        } catch {
            Terminal.printError("awkit mock: cannot serve on \(host):\(port): \(error)")
            throw ExitStatus.usage.exitCode
        }
    }
}
