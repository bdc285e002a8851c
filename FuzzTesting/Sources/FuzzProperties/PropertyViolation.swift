/// A property of a fuzz target that an input breaks: what was expected and what happened.
///
/// The harnesses trap on it (libFuzzer then saves the input); the corpus replay test
/// (`Tests/FuzzCorpusTests`) records it as a test failure.
public struct PropertyViolation: Error, CustomStringConvertible {
    /// The target whose property failed.
    public var target: String
    /// What disagreed, with both sides.
    public var message: String

    /// A violation of `target`'s property.
    public init(_ target: String, _ message: String) {
        self.target = target
        self.message = message
    }

    public var description: String { "\(target): \(message)" }
}

/// Throws a ``PropertyViolation`` of `target` unless `condition` holds.
@inline(__always)
public func require(
    _ condition: Bool, _ target: String, _ message: @autoclosure () -> String
) throws(PropertyViolation) {
    if !condition { throw PropertyViolation(target, message()) }
}
