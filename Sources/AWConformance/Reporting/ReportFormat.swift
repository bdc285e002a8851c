/// The formats `awkit check` and `awkit live` write a report in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// For a person: findings grouped by file with position, expected vs actual and the
    /// offending line; a summary line.
    case text
    /// For programs: `{"version":1,"findings":[…],"summary":{…}}`.
    case json
    /// For CI systems: JUnit XML, one test case per file and rule.
    case junit

    /// Renders `report` in this format.
    public func render(_ report: CheckReport) -> String {
        switch self {
        case .text: TextReporter().render(report)
        case .json: JSONReporter().render(report)
        case .junit: JUnitReporter().render(report)
        }
    }
}
