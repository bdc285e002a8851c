import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Drops a connection without writing anything when the response carries
/// ``dropMarker`` (the `drop` fault, ``SandboxFault/dropConnection``), and closes a connection completely shortly (``linger``) after a response that says
/// `Connection: close` is written: the
/// `400` Hummingbird writes for a request it cannot parse (a header over the size limit) and the
/// stand-in's own `413` for a body over ``SandboxOptions/maxRequestBytes``.
///
/// Without it, the server only half-closes such a connection and waits for the client to close
/// its side; a client that never does keeps a socket (and about 0.7 MB) per request, and a few
/// hundred of them exhaust the server's file descriptors.
final class ConnectionCloseHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private var closeAfterEnd = false
    private var dropping = false

    /// The internal response header that asks for the connection to be dropped; never sent.
    static let dropMarker = HTTPField.Name("X-AWKit-Internal-Drop")!

    /// How long the connection stays half-open after such an answer: 500 ms.
    static let linger: TimeAmount = .milliseconds(500)

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head) where head.headerFields[Self.dropMarker] != nil:
            // Nothing of this answer is written: the connection closes at once.
            dropping = true
            promise?.succeed(())
            context.close(mode: .all, promise: nil)
        case _ where dropping:
            promise?.succeed(())
        case .head(let head):
            closeAfterEnd = head.headerFields[.connection]?.lowercased() == "close"
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            guard closeAfterEnd else {
                context.write(data, promise: promise)
                return
            }
            closeAfterEnd = false
            let written = context.writeAndFlush(data)
            written.cascade(to: promise)
            written.assumeIsolated().whenComplete { _ in
                // Linger a moment first: the client reads the answer, and the unread rest of its
                // request is drained, so the close is a FIN, not a reset that could eat the answer.
                context.eventLoop.assumeIsolated().scheduleTask(in: Self.linger) {
                    context.close(mode: .all, promise: nil)
                }
            }
        }
    }
}
