/// How much a finding matters. `awkit check` exits 1 when any finding has severity ``error``.
public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// The response breaks what the documentation promises; a client can fail on it.
    case error
    /// Probably wrong, or the docs are silent (a null the docs do not mention, an undocumented
    /// property, out-of-order XML members).
    case warning
    /// For information.
    case note

    public var description: String { rawValue }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    /// Orders by importance: error < warning < note.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
