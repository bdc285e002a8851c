import AWModels
import Foundation
import OpenAPIKit

/// The page's samples as OpenAPI examples.
extension OpenAPIExporter {
    /// A JSON sample as an example value, or `nil` when the text is not strict JSON or holds a
    /// number that would not keep its value (more digits than a `Double` holds exactly): the
    /// example is then left out rather than changed.
    static func exampleValue(json text: String) -> AnyCodable? {
        guard let tree = try? JSONTree.parse(Array(text.utf8)) else { return nil }
        return exampleValue(tree.root)
    }

    private static func exampleValue(_ node: JSONTree.Node) -> AnyCodable? {
        switch node {
        case .object(let members, _):
            var object: [String: (any Sendable)?] = [:]
            for member in members {
                guard let value = exampleValue(member.value) else { return nil }
                object[member.key] = value
            }
            return AnyCodable(object)
        case .array(let items, _):
            var array: [(any Sendable)?] = []
            for item in items {
                guard let value = exampleValue(item) else { return nil }
                array.append(value)
            }
            return AnyCodable(array)
        case .string(let text, _):
            return AnyCodable(text)
        case .number(let text, _):
            return number(text).map(AnyCodable.init)
        case .bool(let value, _):
            return AnyCodable(value)
        case .null:
            return AnyCodable(nil as (any Sendable)?)
        }
    }

    /// A JSON number as `Int` when it is an integer that fits, else as `Double` when the double
    /// has exactly the decimal value written (`0.25`, `1.5`), else `nil`.
    static func number(_ text: String) -> (any Sendable)? {
        if let integer = Int(text) { return integer }
        guard let double = Double(text), double.isFinite,
              let written = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
              let shortest = Decimal(string: "\(double)", locale: Locale(identifier: "en_US_POSIX")),
              written == shortest else { return nil }
        return double
    }

    /// The examples of a media type: the page's sample, named `page`.
    static func pageExample(_ value: AnyCodable, summary: String, description: String? = nil) -> OpenAPI.Example.Map {
        ["page": .b(OpenAPI.Example(summary: summary, description: description, legacyValue: .b(value)))]
    }
}
