import DataContractXML
import Foundation

/// The lexical checks of documented scalar types, as Json.NET and DataContractSerializer write
/// them (reference/datacontract-format.md §9–10).
package enum ScalarForm {
    /// Why `text` is not a valid `type` value in its format, or `nil` when it is.
    ///
    /// JSON: integers and decimals must be numbers, strings and dates strings, booleans `true`/
    /// `false`. XML: the element text in the type's lexical form, with surrounding white space
    /// allowed for non-strings (xs: `whiteSpace="collapse"`).
    package static func problem(text: String, kind: DocumentNode.ScalarKind, type: DocumentedType) -> String? {
        let isXML = kind == .xmlText
        func wrongKind(_ expected: String) -> String { "expected \(expected), found a JSON \(kind.rawValue)" }
        var bytes = Array(text.utf8)
        if isXML && type != .string {
            let range = LexicalForm.rangeTrimmingXMLWhitespace(bytes.span)
            bytes = Array(bytes[range])
        }
        do {
            switch type {
            case .integer:
                if !isXML && kind != .number { return wrongKind("an integer number") }
                _ = try LexicalForm.integer(bytes.span, as: Int32.self)
            case .bigInteger:
                if !isXML && kind != .number { return wrongKind("an integer number") }
                _ = try LexicalForm.integer(bytes.span, as: Int64.self)
            case .decimal:
                if !isXML && kind != .number { return wrongKind("a decimal number") }
                _ = try LexicalForm.decimal(bytes.span)
            case .boolean:
                if !isXML { return kind == .boolean ? nil : wrongKind("true or false") }
                _ = try LexicalForm.boolean(bytes.span)
            case .string:
                if !isXML && kind != .string { return wrongKind("a string") }
            case .datetime:
                if !isXML && kind != .string { return wrongKind("a DateTime string") }
                _ = try DateTime(utf8: bytes.span)
            case .date:
                if !isXML && kind != .string { return wrongKind("a date string") }
                if bytes.count == 10 {
                    _ = try DateTime(parsing: String(decoding: bytes, as: UTF8.self) + "T00:00:00")
                } else {
                    let value = try DateTime(utf8: bytes.span)
                    if value.hour != 0 || value.minute != 0 || value.second != 0 || value.ticks != 0 {
                        return "a date has no time of day, found \(value)"
                    }
                }
            case .commaSeparatedIntegers:
                if !isXML && kind != .string { return wrongKind("a string of comma-separated integers") }
                if bytes.isEmpty { return nil }
                for part in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
                    let item = Array(part)
                    // Each item is the API's `integer` (32 bits), as the models read it.
                    _ = try LexicalForm.integer(item.span, as: Int32.self)
                }
            case .object, .array, .unknown:
                return nil
            }
        } catch {
            return error.description
        }
        return nil
    }

    /// The text to compare with documented enum values: integers by value (`01` is `1`); XML
    /// text of a non-string type without the XML white space its lexical space allows; strings
    /// exactly (a model would read `" Accepted "` as an unknown value).
    static func enumKey(text: String, kind: DocumentNode.ScalarKind, type: DocumentedType) -> String {
        let trimmed = kind == .xmlText && type != .string ? xmlTrimmed(text) : text
        if type == .integer || type == .bigInteger, let value = Int64(trimmed) { return String(value) }
        return trimmed
    }

    /// `text` without leading and trailing XML white space (space, tab, CR, LF only).
    static func xmlTrimmed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let range = LexicalForm.rangeTrimmingXMLWhitespace(bytes.span)
        return range.count == bytes.count ? text : String(decoding: bytes[range], as: UTF8.self)
    }
}
