/// Counts completed requests for the progress callback.
actor ProgressCounter {
    let total: Int
    let report: (@Sendable (LiveProgress) -> Void)?
    var done = 0

    init(total: Int, report: (@Sendable (LiveProgress) -> Void)?) {
        self.total = total
        self.report = report
    }

    func completed(_ label: String) {
        done += 1
        report?(LiveProgress(completed: done, total: total, last: label))
    }
}
