import Foundation

/// A Json.NET object reference (`$id` / `$ref`) that cannot be resolved to a value, with where
/// and why.
///
/// Json.NET writes a `[DataContract(IsReference = true)]` object the first time as
/// `{"$id":"1",…}` and every later time as `{"$ref":"1"}`. ``ResponseDecoder`` puts the referenced
/// object's own bytes in place of each reference before decoding; this error is the
/// `underlyingError` of the `DecodingError.dataCorrupted` it throws when that cannot be done.
/// Line and column are 1-based (the column counts Unicode scalars): at the reference object for
/// an unknown, cyclic or too large reference, at the second object for a duplicate `$id`, at the
/// offending member or value for an invalid one; 1:1 when the whole result is too large.
public struct JSONReferenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of reference error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A `$ref` names no object whose `$id` came before it. (Json.NET 6.0.8 reads such a
        /// reference as `null`, silently; Json.NET itself never writes one.)
        public static let unknownReference = Code(rawValue: "json.reference-unknown")
        /// A `$ref` inside the object it names: a cycle, which Swift values cannot hold.
        public static let cyclicReference = Code(rawValue: "json.reference-cycle")
        /// A second object with an `$id` already used (Json.NET: "Error reading object
        /// reference"); looked for only in a document that holds a `$ref`, since without one the
        /// ids change no value.
        public static let duplicateIdentifier = Code(rawValue: "json.reference-duplicate-id")
        /// A `$ref` whose value is not a string, an `$id` whose value is not a string, or a
        /// reference object with other members (Json.NET refuses both).
        public static let invalidReference = Code(rawValue: "json.reference-invalid")
        /// Putting the referenced objects in place would add more than
        /// 16 MiB or 4 × the document's size, whichever is larger (references to objects that
        /// hold references, nested: each level doubles the text).
        public static let tooLarge = Code(rawValue: "json.reference-too-large")
    }

    public let code: Code
    /// 1-based line.
    public let line: Int
    /// 1-based column, in Unicode scalars.
    public let column: Int
    /// 0-based byte offset.
    public let offset: Int
    /// What is wrong, e.g. `"$ref": "7" names no object with an earlier "$id": "7"`.
    public let message: String

    public init(code: Code, line: Int, column: Int, offset: Int, message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    init(_ code: Code, at position: JSONTree.Position, _ message: String) {
        self.init(code: code, line: position.line, column: position.column, offset: position.offset, message: message)
    }

    /// `line 1, column 24: "$ref": "7" names no object with an earlier "$id": "7"`.
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// Json.NET's object references resolved by value: each `{"$ref":"N"}` replaced by the bytes of
/// the object written with `"$id":"N"`, so numbers keep their exact text (a 28-digit decimal never
/// passes through `Double`).
///
/// Json.NET's rules, as the oracle showed (Json.NET 6.0.8): `$id` and `$ref` are metadata only as
/// an object's first member (elsewhere they are ordinary, unknown members); a reference object
/// has no other member; the value of either is a string. The `$id` members stay in the text (a
/// model ignores them, as it ignores any unknown member). Not seen: a `$ref` key whose `$` is
/// written raw and whose letters are escaped (`"$\u0072ef"`), which no writer produces; Json.NET
/// would read it as a reference.
enum JSONReferences {
    /// How many bytes resolving may add to a document of `inputCount` bytes: four times its size,
    /// and at least 16 MiB.
    static func maximumAddedBytes(inputCount: Int) -> Int {
        max(16 << 20, inputCount.multipliedReportingOverflow(by: 4).overflow ? Int.max : inputCount * 4)
    }

    /// The document with every reference replaced by the object it names, or `nil` when it holds
    /// no reference (then `data` is decoded as it is). ``ResponseDecoder`` calls it when its byte
    /// scan saw a string `"$ref"` or an escaped `$`, or when it parsed the tree anyway.
    ///
    /// - Parameter tree: the document's tree when it was already parsed.
    /// - Throws: ``JSONSyntaxError`` when the document is not well-formed, ``JSONReferenceError``
    ///   when a reference cannot be resolved.
    static func resolve(_ data: Data, tree parsed: JSONTree? = nil) throws -> Data? {
        let tree = try parsed ?? JSONTree.parse(data)
        // Most documents parsed for another reason (an exponent, UTF-16) hold no reference:
        // they are not copied.
        guard tree.root.holdsReference else { return nil }
        // JSONTree's offsets count the bytes of the UTF-8 form (a UTF-16 text is converted).
        let bytes = try JSONTree.utf8(fromUnicode: Array(data))
        var resolver = Resolver(bytes: bytes)
        try resolver.walk(tree.root)
        guard !resolver.found.isEmpty else { return nil }
        resolver.measure()
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let limit = maximumAddedBytes(inputCount: bytes.count)
        try resolver.emit(0..<bytes.count, into: &out, limit: bytes.count.addingReportingOverflow(limit).overflow ? .max : bytes.count + limit)
        return Data(out)
    }

    /// The objects with an `$id` and the references, found in one walk in document order.
    private struct Resolver {
        let bytes: [UInt8]
        /// Each completed `$id` object: where it starts.
        var identified: [String: Int] = [:]
        /// The `$id`s of the objects being walked (a reference to one of them is a cycle).
        var open: Set<String> = []
        /// The reference objects found by ``walk(_:)``, in document order: where each starts and
        /// where the object it names starts.
        var found: [(start: Int, target: Int, position: JSONTree.Position)] = []
        /// The same with their byte ranges, made by ``measure()``.
        var replacements: [(range: Range<Int>, target: Range<Int>, position: JSONTree.Position)] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func walk(_ node: JSONTree.Node) throws(JSONReferenceError) {
            switch node {
            case .object(let members, let position):
                if let first = members.first, first.key == "$ref" {
                    guard members.count == 1 else {
                        throw JSONReferenceError(
                            .invalidReference, at: members[1].keyPosition,
                            "a reference object holds only \"$ref\", not \(String(reflecting: members[1].key)) (Json.NET refuses it)")
                    }
                    guard case .string(let id, _) = first.value else {
                        throw JSONReferenceError(
                            .invalidReference, at: first.value.position, "\"$ref\" is a \(first.value.typeName), not a string")
                    }
                    if open.contains(id) {
                        throw JSONReferenceError(
                            .cyclicReference, at: position,
                            "\"$ref\": \(String(reflecting: id)) is inside the object it names: a cycle, which values cannot hold")
                    }
                    guard let target = identified[id] else {
                        throw JSONReferenceError(
                            .unknownReference, at: position,
                            "\"$ref\": \(String(reflecting: id)) names no object with an earlier \"$id\": \(String(reflecting: id))")
                    }
                    found.append((position.offset, target, position))
                    return
                }
                var id: String?
                if let first = members.first, first.key == "$id" {
                    guard case .string(let text, _) = first.value else {
                        throw JSONReferenceError(
                            .invalidReference, at: first.value.position, "\"$id\" is a \(first.value.typeName), not a string")
                    }
                    if identified[text] != nil || open.contains(text) {
                        throw JSONReferenceError(
                            .duplicateIdentifier, at: position, "a second object with \"$id\": \(String(reflecting: text))")
                    }
                    id = text
                    open.insert(text)
                }
                for member in members { try walk(member.value) }
                if let id {
                    open.remove(id)
                    identified[id] = position.offset
                }
            case .array(let items, _):
                for item in items { try walk(item) }
            case .string, .number, .bool, .null:
                break
            }
        }

        /// Turns ``found`` into ``replacements``: the ends of the reference objects and of the
        /// objects they name, in one pass over the bytes however many there are and however
        /// deeply they nest (a scan per object was quadratic in the nesting of `$id` objects).
        mutating func measure() {
            var wanted = Set<Int>()
            for reference in found {
                wanted.insert(reference.start)
                wanted.insert(reference.target)
            }
            let ends = valueEnds(of: wanted)
            replacements = found.map { reference in
                (reference.start..<ends[reference.start, default: bytes.count],
                 reference.target..<ends[reference.target, default: bytes.count], reference.position)
            }
        }

        /// The end (one past the closing bracket) of each object or array starting at an offset
        /// in `starts`, in one pass (the document is well-formed).
        func valueEnds(of starts: Set<Int>) -> [Int: Int] {
            var ends: [Int: Int] = [:]
            var open: [Int] = []
            var index = 0
            var inString = false
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if inString {
                    if byte == 0x5C {
                        index += 1
                    } else if byte == 0x22 {
                        inString = false
                    }
                    continue
                }
                switch byte {
                case 0x22: inString = true
                case 0x7B, 0x5B: open.append(index - 1)
                case 0x7D, 0x5D:
                    if let start = open.popLast(), starts.contains(start) { ends[start] = index }
                default: break
                }
            }
            return ends
        }

        /// Appends the bytes of `range` with each reference inside it replaced by the object it
        /// names (itself resolved: it holds only earlier references, never one to itself).
        func emit(_ range: Range<Int>, into out: inout [UInt8], limit: Int) throws(JSONReferenceError) {
            var cursor = range.lowerBound
            var index = firstReplacement(atOrAfter: range.lowerBound)
            while index < replacements.count, replacements[index].range.upperBound <= range.upperBound {
                let replacement = replacements[index]
                out.append(contentsOf: bytes[cursor..<replacement.range.lowerBound])
                if out.count + replacement.target.count > limit {
                    throw JSONReferenceError(
                        .tooLarge, at: replacement.position,
                        "resolving the references would make the document larger than \(limit) bytes (references to objects holding references, nested)")
                }
                try emit(replacement.target, into: &out, limit: limit)
                cursor = replacement.range.upperBound
                index += 1
            }
            out.append(contentsOf: bytes[cursor..<range.upperBound])
            if out.count > limit {
                throw JSONReferenceError(
                    .tooLarge, at: JSONTree.Position(line: 1, column: 1, offset: 0),
                    "resolving the references would make the document larger than \(limit) bytes")
            }
        }

        /// The index of the first reference that starts at or after `offset` (binary search).
        func firstReplacement(atOrAfter offset: Int) -> Int {
            var low = 0
            var high = replacements.count
            while low < high {
                let middle = (low + high) / 2
                if replacements[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}

extension JSONTree.Node {
    /// Whether an object at or below this node has `$ref` as its first member.
    var holdsReference: Bool {
        switch self {
        case .object(let members, _):
            if members.first?.key == "$ref" { return true }
            return members.contains { $0.value.holdsReference }
        case .array(let items, _):
            return items.contains { $0.holdsReference }
        default:
            return false
        }
    }
}

extension JSONTree {
    /// The objects with an `$id` as their first member (Json.NET's identified objects), by id.
    func identifiedObjects() -> [String: Node] {
        var found: [String: Node] = [:]
        func walk(_ node: Node) {
            switch node {
            case .object(let members, _):
                if let first = members.first, first.key == "$id", case .string(let id, _) = first.value, found[id] == nil {
                    found[id] = node
                }
                for member in members { walk(member.value) }
            case .array(let items, _):
                for item in items { walk(item) }
            default:
                break
            }
        }
        walk(root)
        return found
    }
}
