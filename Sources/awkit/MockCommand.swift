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
            Serves every endpoint of the built-in and --schemas schemas at its method and path, \
            as the API routes: any letter case, the Group-manager paths (/v1/Groups/...) with \
            their extra parameters (UserID), 405 with Allow for another method, 404 for an \
            unknown path. JSON or DataContract XML by Accept (JSON when absent or */*, 406 for a \
            type neither formatter writes), Content-Type with charset=utf-8. Authentication as \
            each page says (401 without): Authorization: bearer <any token>, or for API-key \
            endpoints an API key in the apiKey query parameter or an apiKey or X-API-Key header. \
            Request bodies and query strings are validated against the schema (400 \
            {"Message": …}).

            --scopes FILE names the credentials that exist, to test authentication: JSON, token \
            → list of scopes ({"tok-reader": ["profile_services"], "tok-admin": ["*"], "*": []}; \
            "*" as a key is every other token, ["*"] every scope), or {"tokens": {…}, "apiKeys": \
            ["key-1"]} to list API keys too. A token or API key the file does not know gets 401 \
            (WWW-Authenticate: Bearer error="invalid_token"), a token without a scope the page \
            names 403 (insufficient_scope); without "apiKeys" any API key is accepted. A bad \
            file is a usage error; no message quotes a token or key.

            Answers: the page's sample where it has one, else made up from the schema \
            (deterministic from --random-seed: values of the documented type and enumeration, \
            nullable members sometimes null); XML written from the endpoint's model by the \
            DataContract encoder. No body where the page documents none; 204 with an \
            X-AWKit-Undocumented-Response header where the page does not show the response.

            Bookings: the PhoneChat and Webcam workflows (CreateBooking, AcceptReceivedBooking, \
            CancelMadeBooking, ConfirmMadeBooking, RescheduleMadeBooking, DeleteReceivedBooking, \
            the Details endpoints) work on in-memory bookings and enforce the prerequisites the \
            pages state (400 {"Message": …} with the reason; 404 for a booking the user does not \
            have on that side). CreateBooking answers 204 (its page shows no response) with the \
            new ID in X-AWKit-BookingID. Without --seed the bookings are: PhoneChat received 1001 \
            and 1002 Pending, 1003 Accepted, 1004 Pending with AcceptBy passed, 1005 Confirmed and \
            1006 Cancelled (deletable), 1 the documentation's sample; PhoneChat made 2001 Pending, \
            2002 Accepted, 2003 and 2004 Confirmed with the session passed, 2005 Cancelled; Webcam \
            received 3001 and 3002 Pending, 3003 Accepted; Webcam made 4001 and 4002 Accepted, \
            4003 Pending, 4004 Cancelled. New bookings get IDs from 5001. A restart starts again.

            --seed FILE (JSON or YAML) replaces those bookings: \
            {"phoneChat": {"received": [...], "made": [...]}, "webcam": {"received": [...], "made": [...]}}, \
            each booking {"BookingID": 7, "Status": "Pending", "SessionDate": "+48h", \
            "AcceptBy": "+24h", "Duration": 15, "Credits": 8, "Method": 2} (only BookingID is \
            required; dates are a DateTime like 2026-12-24T21:30:00 or now+N/now-N as +48h, -30m, \
            +2d; Webcam bookings take SoftwareTypeID instead of Method). A bad file is a usage \
            error naming the line and member.

            Faults for testing, per request with the header X-AWKit-Fault (comma-separated): \
            delay=MS, truncate, content-type, 500, 429[;retry-after=S], 503[;retry-after=S], \
            malformed-xml, ignore-accept, stall-body=MS (half the body, a pause, the rest), 401 \
            (WWW-Authenticate: Bearer error="invalid_token"), drop (the connection closes \
            without an answer).

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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A JSON file of the tokens (and API keys) that exist, token → scopes: 401 for any other, 403 when a token lacks an endpoint's scope (format above).",
            valueName: "file"))
    var scopes: String?

    @Option(
        name: .long,
        help: ArgumentHelp("A JSON or YAML file of the bookings to start with (see above), instead of the built-in ones.", valueName: "file"))
    var seed: String?

    @Option(name: .long, help: ArgumentHelp("The seed of the answers made up from the schemas.", valueName: "n"))
    var randomSeed: UInt64 = 1

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
        options.seed = randomSeed
        if let scopes {
            do {
                options.scopes = try SandboxScopeTable.load(from: URL(fileURLWithPath: scopes))
            } catch {
                Terminal.printError("awkit mock: \(error)")
                throw ExitStatus.usage.exitCode
            }
        }
        if let seed {
            do {
                options.bookings = try SandboxSeedFile.load(from: URL(fileURLWithPath: seed), now: Date(), timeZone: options.timeZone)
            } catch {
                Terminal.printError("awkit mock: --seed \(error)")
                throw ExitStatus.usage.exitCode
            }
        }
        options.unsupportedAccept = fallBackToJSON ? .fallBackToJSON : .notAcceptable
        let server: SandboxServer
        do {
            server = try SandboxServer(options: options)
        } catch {
            Terminal.printError("awkit mock: \(error)")
            throw ExitStatus.usage.exitCode
        }
        let host = host
        let endpoints = "\(options.schemas.count) endpoints"
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
