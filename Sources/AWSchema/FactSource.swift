/// Where a fact in an ``EndpointSchema`` was learnt, so a report can say how sure it is.
public enum FactSource: String, Codable, Hashable, Sendable, CaseIterable {
    /// A property table of the documentation page (`PropertyTypeDescription` rows).
    case table
    /// The prose of a description ("Required.", "This will be null if…", "This can be A, B or C").
    case prose
    /// Only the page's JSON or XML sample shows it.
    case sample
    /// Nothing on the page says so; the importer's default (not required, not nullable).
    case `default`
}

/// A value and where it was learnt.
public struct Fact<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var value: Value
    public var source: FactSource

    public init(_ value: Value, from source: FactSource) {
        self.value = value
        self.source = source
    }
}
