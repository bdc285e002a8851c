import AWModels

/// A fault the stand-in injects into every matching request, optionally only a number of times
/// (to test retries: `429` once, then a normal answer).
public struct SandboxFaultRule: Hashable, Sendable {
    /// The fault.
    public var fault: SandboxFault
    /// Only for this endpoint (`Group/Operation`); `nil` for all.
    public var endpoint: String?
    /// Only for answers in this format; `nil` for both.
    public var format: ResponseFormat?
    /// How many times the fault is injected before it stops; `nil` for always.
    public var times: Int?

    /// A rule; `nil` filters match everything, `nil` times means always.
    public init(fault: SandboxFault, endpoint: String? = nil, format: ResponseFormat? = nil, times: Int? = nil) {
        self.fault = fault
        self.endpoint = endpoint
        self.format = format
        self.times = times
    }
}
