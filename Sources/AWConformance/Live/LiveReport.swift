/// The result of an `awkit live` run: the findings as a ``CheckReport`` (rendered by the same
/// reporters as `awkit check`) and every exchange, for recording.
///
/// Everything in it is already redacted.
public struct LiveReport: Sendable {
    /// The findings; its files are the requests' labels (``LiveRequest/label``), its sources their
    /// bodies; rules ``Rule/all``, title `awkit live`.
    public var report: CheckReport
    /// Every request of the plan, sent or not, in plan order (each call's JSON request, then XML).
    public var exchanges: [LiveExchange]
    /// Parity paths ignored per endpoint (from the plan's ``LivePlan/Call/parityIgnore``), for
    /// the configuration a recording carries.
    public var parityIgnores: [String: [String]]

    /// A report of these findings and exchanges.
    public init(report: CheckReport, exchanges: [LiveExchange], parityIgnores: [String: [String]] = [:]) {
        self.report = report
        self.exchanges = exchanges
        self.parityIgnores = parityIgnores
    }

    /// Whether the host could not be reached at all: at least one request was sent and none got
    /// an answer, every failure being a connection failure. `awkit live` then exits 3.
    public var hostUnreachable: Bool {
        let sent = exchanges.filter(\.sent)
        return !sent.isEmpty && sent.allSatisfy { $0.status == nil && $0.failure?.kind == .unreachable }
    }

    /// How many requests were not sent (writes without `--allow-writes`).
    public var notSent: Int { exchanges.count { !$0.sent } }
}
