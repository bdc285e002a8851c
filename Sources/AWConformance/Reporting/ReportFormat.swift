/// The formats `awkit check` and `awkit live` write a report in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// For a person: findings grouped by file with position, expected vs actual and the
    /// offending line; a summary line.
    case text
    /// For programs: `{"version":1,"findings":[…],"summary":{…}}`.
    case json
    /// For CI systems: JUnit XML, one test case per file and rule.
    case junit
    /// For code scanning (GitHub) and SARIF viewers: SARIF 2.1.0, one run, one result per finding.
    case sarif

    /// Renders `report` in this format; `sarif` only applies to ``sarif``.
    public func render(_ report: CheckReport, sarif: SARIFReporter.Options = .init()) -> String {
        switch self {
        case .text: TextReporter().render(report)
        case .json: JSONReporter().render(report)
        case .junit: JUnitReporter().render(report)
        case .sarif: SARIFReporter(options: sarif).render(report)
        }
    }
}
