import AWModels
import Foundation
import Yams

extension PlanValue {
    /// The value of a JSON text, numbers exactly as written (`8.50` stays `8.50`).
    ///
    /// An integer that reads back as the same text (`1001`) is ``integer(_:)``, any other number
    /// ``number(_:)`` with its text. When an object has a key twice, the last value wins.
    ///
    /// - Throws: `JSONSyntaxError` at the first syntax error.
    public static func parseJSON(_ data: Data) throws(JSONSyntaxError) -> PlanValue {
        PlanValue(json: try JSONTree.parse(data).root)
    }

    init(json node: JSONTree.Node) {
        switch node {
        case .null: self = .null
        case .bool(let value, _): self = .bool(value)
        case .string(let value, _): self = .string(value)
        case .number(let text, _): self = Self.numeric(text) ?? .string(text)
        case .array(let items, _): self = .array(items.map(PlanValue.init(json:)))
        case .object(let members, _):
            var out: [String: PlanValue] = [:]
            for member in members { out[member.key] = PlanValue(json: member.value) }
            self = .object(out)
        }
    }

    /// The value of a YAML text, built from the YAML nodes so that what was written is kept:
    /// - a quoted scalar (`"0012"`, `'8 apples'`) is always a string;
    /// - a plain scalar is resolved by its YAML tag: `null`, a boolean, an integer or a number
    ///   (kept as written, `8.50` stays `8.50`), anything else (dates included) a string as
    ///   written. An integer or float that is not a JSON number (`0x1F`, `1_000`, `.inf`) stays a
    ///   string as written.
    ///
    /// - Throws: ``LivePlanError`` `plan.invalid` for YAML that cannot be read, a mapping key
    ///   that is not a scalar, or more than ``maximumYAMLValues`` values with aliases expanded.
    public static func parseYAML(_ text: String, path: String = "plan") throws(LivePlanError) -> PlanValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw LivePlanError(code: .invalid, path: path, message: "is not YAML: \(error)")
        }
        guard let node else { return .null }
        var budget = maximumYAMLValues
        return try PlanValue(yaml: node, path: path, budget: &budget)
    }

    /// The most values a YAML plan may hold once its aliases are expanded: 1,000,000. Yams
    /// expands an alias (`*name`) into a copy of its anchor's value, so a few hundred bytes of
    /// nested aliases stand for billions of values (an "alias bomb"); counting each value as it
    /// is built stops such a plan after a bounded amount of work.
    public static let maximumYAMLValues = 1_000_000

    init(yaml node: Node, path: String, budget: inout Int) throws(LivePlanError) {
        budget -= 1
        if budget < 0 {
            throw LivePlanError(
                code: .invalid, path: path,
                message: "has more than \(Self.maximumYAMLValues) values once its YAML aliases are expanded (an alias bomb?); plans are limited to that")
        }
        switch node {
        case .scalar(let scalar):
            self = Self.scalar(scalar)
        case .sequence(let sequence):
            var items: [PlanValue] = []
            for item in sequence { items.append(try PlanValue(yaml: item, path: path, budget: &budget)) }
            self = .array(items)
        case .mapping(let mapping):
            var members: [String: PlanValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw LivePlanError(code: .invalid, path: path, message: "has a mapping key that is not a plain name")
                }
                members[keyScalar.string] = try PlanValue(yaml: value, path: path, budget: &budget)
            }
            self = .object(members)
        case .alias:
            throw LivePlanError(code: .invalid, path: path, message: "uses a YAML alias, which plans do not support")
        }
    }

    private static func scalar(_ scalar: Node.Scalar) -> PlanValue {
        let text = scalar.string
        guard scalar.style == .plain else { return .string(text) }
        let tag = Resolver.default.resolveTag(of: Node.scalar(scalar))
        switch tag {
        case .null: return .null
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "on", "y": return .bool(true)
            case "false", "no", "off", "n": return .bool(false)
            default: return .string(text)
            }
        case .int, .float: return numeric(text) ?? .string(text)
        default: return .string(text)
        }
    }

    /// `text` as ``integer(_:)`` when it reads back the same, as ``number(_:)`` when it is a JSON
    /// number, else `nil`.
    static func numeric(_ text: String) -> PlanValue? {
        if let value = Int(text), String(value) == text { return .integer(value) }
        return isJSONNumber(text) ? .number(text) : nil
    }

    /// Whether `text` is a number in JSON's grammar (`-0.5`, `1e3`; not `+1`, `012`, `.5`).
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
