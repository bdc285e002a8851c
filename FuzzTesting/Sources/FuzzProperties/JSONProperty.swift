import AWModels
import Foundation

/// Target 3, `FuzzJSON`: the same bytes through `ResponseDecoder`'s JSON path (Foundation's
/// `JSONDecoder`, as ``AnyJSON``) and through the checker's parser, `JSONTree`.
///
/// Properties:
/// - both agree on whether the document is well-formed: `JSONTree` refuses it exactly when the
///   decoder fails with a syntax error, and then the decoder's underlying `JSONSyntaxError` is
///   `JSONTree`'s (code, line, column, offset);
/// - a well-formed document decodes, or fails only on a value (a number no Swift type holds),
///   never with Foundation's "not valid JSON";
/// - what both read, they read alike: the same strings, booleans, nulls, array lengths and
///   object keys (the first member of a duplicated key, as Foundation keeps); a Json.NET
///   reference object (`{"$ref":"1"}`), which the decoder resolves, is not compared.
public enum JSONProperty: FuzzProperty {
    public static let name = "FuzzJSON"

    public static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        let data = Data(bytes)
        let tree: Result<JSONTree, JSONSyntaxError>
        do throws(JSONSyntaxError) { tree = .success(try JSONTree.parse(bytes)) } catch { tree = .failure(error) }
        let decoded: Result<AnyJSON, DecodingError>
        do {
            decoded = .success(try ResponseDecoder().decode(AnyJSON.self, from: data, format: .json))
        } catch let error as DecodingError {
            decoded = .failure(error)
        } catch {
            throw PropertyViolation(name, "an error of an undocumented type: \(type(of: error)): \(error)")
        }

        switch (tree, decoded) {
        case (.failure(let syntax), .success(let value)):
            throw PropertyViolation(name, "JSONTree refuses the document (\(syntax.code) at \(syntax)) but it decodes as \(value)")
        case (.failure(let syntax), .failure(let error)):
            guard case .dataCorrupted(let context) = error, let underlying = context.underlyingError as? JSONSyntaxError
            else {
                throw PropertyViolation(name, "JSONTree refuses the document (\(syntax)); the decoder's error has no JSONSyntaxError: \(error)")
            }
            try require(
                underlying == syntax, name, "the decoder's syntax error \(underlying.code) \(underlying) is not JSONTree's \(syntax.code) \(syntax)")
        case (.success, .failure(let error)):
            let description = DecodeOutcome<Bool>.describe(error)
            let syntaxVerdict: Bool = if case .dataCorrupted(let c) = error {
                c.underlyingError is JSONSyntaxError || c.debugDescription.contains("not valid JSON")
            } else { false }
            try require(!syntaxVerdict, name, "JSONTree reads the document but the decoder calls it malformed: \(description)")
            try require(
                description.contains("line ") || description.contains("(Foundation names no path)"), name,
                "a failure on a well-formed document without its position: \(description)")
        case (.success(let tree), .success(let value)):
            try same(tree.root, value, path: "$")
        }
    }

    static func same(_ node: JSONTree.Node, _ value: AnyJSON, path: String) throws(PropertyViolation) {
        // A Json.NET reference (`{"$ref":"1"}`): the decoder reads the object it names in its
        // place (ResponseDecoder resolves references; JSONReferenceTests), the tree keeps it.
        if case .object(let members, _) = node, members.count == 1, members[0].key == "$ref", case .string = members[0].value {
            return
        }
        switch (node, value) {
        case (.null, .null):
            return
        case (.bool(let a, _), .bool(let b)):
            try require(a == b, name, "\(path): JSONTree \(a), decoder \(b)")
        case (.string(let a, _), .string(let b)):
            try require(
                a == b, name, "\(path): JSONTree \(Array(a.unicodeScalars)), decoder \(Array(b.unicodeScalars))")
        case (.number, .decimal), (.number, .double):
            return
        case (.array(let items, _), .array(let values)):
            try require(items.count == values.count, name, "\(path): JSONTree \(items.count) items, decoder \(values.count)")
            for (index, (item, value)) in zip(items, values).enumerated() { try same(item, value, path: "\(path)[\(index)]") }
        case (.object(let members, _), .object(let values)):
            var firsts: [String: JSONTree.Node] = [:]
            for member in members where firsts[member.key] == nil { firsts[member.key] = member.value }
            try require(
                Set(firsts.keys) == Set(values.keys), name,
                "\(path): JSONTree keys \(firsts.keys.sorted()), decoder keys \(values.keys.sorted())")
            for (key, node) in firsts.sorted(by: { $0.key < $1.key }) {
                if let value = values[key] { try same(node, value, path: "\(path).\(key)") }
            }
        default:
            throw PropertyViolation(name, "\(path): JSONTree has a \(node.typeName), the decoder \(value)")
        }
    }
}
