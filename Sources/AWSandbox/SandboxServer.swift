import AWConformance
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// A stand-in for the API's sandbox on loopback, for `awkit live` tests and offline app work:
/// the engine behind `awkit mock`.
///
/// It serves every endpoint of ``SandboxOptions/schemas`` at its method and path:
/// - **routing** as the API routes (``SandboxRouter``): paths in any letter case, the
///   Group-manager paths (which take the page's Group-manager parameters too), `405` with
///   `Allow` for another method, `404` for an unknown path;
/// - **negotiation**: JSON or DataContract XML by `Accept` (JSON when there is none or it is
///   `*/*`), `406` for a type neither formatter writes (see ``SandboxOptions/unsupportedAccept``);
///   `Content-Type` always with `; charset=utf-8`;
/// - **authentication** as the page says (``SandboxAuthentication``): `401`
///   (`{"Message":"Authorization has been denied for this request."}`) without
///   `Authorization: bearer <any token>`, or for an API-key endpoint without an API key;
/// - **validation**: the JSON body or query string against the schema's request properties
///   (a required property missing or null, a value of the wrong type) → `400`
///   `{"Message":"The request is invalid.","ModelState":{"request.Credits":[…]}}`;
/// - **the booking workflows** of PhoneChat and Webcam (create, accept, cancel, confirm,
///   reschedule, delete, details) on in-memory bookings (``SandboxBookings``, from
///   ``SandboxOptions/bookings`` or ``SandboxSeed``): the prerequisites each page states are
///   enforced (`400` `{"Message": …}` with the reason, `404` for a booking the user does not have
///   on that side), and the Details endpoints show the change. JSON through the models' Codable,
///   XML through `DataContractEncoder` with decimal scale 4 (`8.0000`);
/// - **every other endpoint** its page's sample, or an answer made up from its schema
///   (``SandboxValueGenerator``), in either format; no body where the page documents none, and
///   `204` where the page does not show the response (see `SandboxCatalogAnswers`);
/// - **faults** (``SandboxFault``) per request (`X-AWKit-Fault`) or configured.
///
/// Each request is logged on ``SandboxOptions/logger`` with the `Authorization` header redacted.
public struct SandboxServer: Sendable {
    /// How it runs.
    public let options: SandboxOptions
    /// The bookings and fault counters; tests read it to see what a run changed.
    public let state: SandboxState
    /// The answers of the endpoints without state, made once.
    let answers: SandboxCatalogAnswers

    /// A server with ``SandboxOptions/bookings``, or else the seed bookings (``SandboxSeed``)
    /// dated from ``SandboxOptions/now``.
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-seed`.
    public init(options: SandboxOptions) throws(SandboxError) {
        self.options = options
        let bookings: SandboxBookings
        if let given = options.bookings {
            bookings = given
        } else {
            bookings = try SandboxSeed.standard(schemas: options.schemas, now: options.now(), timeZone: options.timeZone)
        }
        self.state = SandboxState(bookings: bookings, faults: options.faults)
        self.answers = SandboxCatalogAnswers(schemas: options.schemas, generator: SandboxValueGenerator(seed: options.seed))
    }

    private func application(onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        Application(
            responder: SandboxResponder(options: options, state: state, answers: answers),
            server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionCloseHandler()])),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "awkit-mock"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: options.logger)
    }

    /// Serves until SIGINT or SIGTERM, or until the task is cancelled.
    ///
    /// The first signal starts a graceful shutdown: the server stops accepting connections,
    /// requests in flight are answered, but nothing changes state any more
    /// (``SandboxState/beginShutdown()``: a delayed AcceptReceivedBooking answers `503`). A
    /// second signal stops at once, cancelling what is still in flight.
    ///
    /// - Parameter onRunning: called with the bound port once the server listens.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let group = ServiceGroup(services: [application(onRunning: onRunning)], logger: options.logger)
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        let state = self.state
        let logger = options.logger
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                var count = 0
                for await signal in signals {
                    count += 1
                    if count > 1 {
                        logger.info("\(signal) again: stopping now")
                        return
                    }
                    await state.beginShutdown()
                    logger.info("\(signal): stopping; requests in flight are answered without changing state (a second signal stops at once)")
                    await group.triggerGracefulShutdown()
                }
            }
            // The server ending (shutdown done) or a second signal, whichever comes first.
            try await tasks.next()
            tasks.cancelAll()
        }
    }

    /// Starts the server (``SandboxOptions/port`` 0 picks a free port), runs `body` with the bound
    /// port, then stops the server. For tests and for embedding.
    public func withRunning<R: Sendable>(_ body: @Sendable (Int) async throws -> R) async throws -> R {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = application { port in continuation.yield(port) }
        return try await withThrowingTaskGroup(of: R?.self) { group in
            group.addTask {
                defer { continuation.finish() }
                try await app.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                group.cancelAll()
                throw SandboxError(code: .bindFailed, message: "the server did not start on \(options.host):\(options.port)")
            }
            do {
                let result = try await body(port)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}
