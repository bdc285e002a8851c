/// Progress of a run, reported after each request completes.
public struct LiveProgress: Hashable, Sendable {
    /// Requests done (sent and answered or failed, or skipped).
    public var completed: Int
    /// Requests in the plan (two per call).
    public var total: Int
    /// The label of the request just completed.
    public var last: String

    /// Progress after `completed` of `total` requests.
    public init(completed: Int, total: Int, last: String) {
        self.completed = completed
        self.total = total
        self.last = last
    }
}
