import DataContractXML
import Foundation

/// A value a request sends as a query parameter, written in the API's lexical form.
///
/// Integers and decimals as digits (`8.5`, never through `Double`), booleans as `true`/`false`,
/// strings as they are, `DateTime` in its .NET lexical form, ``DateOnly`` as its text, and both in
/// the page's documented format when it gives one (``DocumentedDateFormat``),
/// ``CommaSeparatedIntegers`` as `1,2,3`, enumerations as their wire value.
public protocol QueryParameterValue {
    /// The text sent for this value.
    ///
    /// - Parameter format: the page's format for date and time values (`dd-MM-YYYY`); ignored by
    ///   other types.
    func queryText(format: DocumentedDateFormat?) -> String
}

extension Int: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String { String(self) }
}

extension Int64: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String { String(self) }
}

extension Decimal: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String { description }
}

extension String: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String { self }
}

extension Bool: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String { self ? "true" : "false" }
}

extension DateTime: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String {
        format.map { $0.string(from: self) } ?? description
    }
}

extension DateOnly: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String {
        format.map { $0.string(from: self) } ?? text
    }
}

extension CommaSeparatedIntegers: QueryParameterValue {
    public func queryText(format: DocumentedDateFormat?) -> String { description }
}

extension OpenEnumeration where RawValue: QueryParameterValue {
    /// The wire value's text.
    public func queryText(format: DocumentedDateFormat?) -> String { rawValue.queryText(format: nil) }
}

extension Array where Element == URLQueryItem {
    /// Appends `name=value` in the value's lexical form; nothing for `nil`.
    ///
    /// - Parameters:
    ///   - name: the parameter's wire name.
    ///   - value: the value, or `nil` to send nothing.
    ///   - format: the page's date or time format, if it documents one; a format that is not
    ///     understood leaves the value in its own lexical form.
    public mutating func append(query name: String, _ value: (some QueryParameterValue)?, format: String? = nil) {
        guard let value else { return }
        append(URLQueryItem(name: name, value: value.queryText(format: format.flatMap(DocumentedDateFormat.init))))
    }

    /// Appends one `name=value` item per element (ASP.NET binds repeated names to a list).
    ///
    /// - Parameters:
    ///   - name: the parameter's wire name.
    ///   - values: the values, or `nil` to send nothing.
    ///   - format: the page's date or time format, if it documents one.
    public mutating func append(query name: String, _ values: [some QueryParameterValue]?, format: String? = nil) {
        for value in values ?? [] { append(query: name, value, format: format) }
    }
}
