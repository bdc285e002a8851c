import AWModels
import Foundation
import Testing

// Json.NET's object references for `[DataContract(IsReference = true)]`: the inputs are what
// Json.NET 6.0.8 wrote (Oracle/Features/References.cs), and the refusals the cases where
// Json.NET itself refuses, reads null, or builds a cycle (Oracle/README.md).

private struct Person: Codable, Equatable {
    var name: String?
    var amount: Decimal
    enum CodingKeys: String, CodingKey { case name = "Name", amount = "Amount" }
}

private struct Holder: Codable, Equatable {
    var a: Person?
    var b: Person?
    var people: [Person?]?
    enum CodingKeys: String, CodingKey { case a = "A", b = "B", people = "People" }
}

private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try ResponseDecoder().decode(T.self, from: Data(json.utf8), format: .json)
}

private func decode(_ json: String) throws -> Holder { try decode(Holder.self, json) }

private let max = Decimal(string: "79228162514264337593543950335")!

/// The reference error under a decoding error, if any.
private func referenceError(_ error: any Error) -> JSONReferenceError? {
    guard case .dataCorrupted(let context) = error as? DecodingError else { return nil }
    return context.underlyingError as? JSONReferenceError
}

@Suite("JSON: Json.NET's $id and $ref")
struct JSONReferenceTests {
    @Test("$ref is the $id'd object's value, in members and lists; 28 digits survive")
    func resolvesReferences() throws {
        let json = #"{"A":{"$id":"1","Name":"x","Amount":1.5},"B":{"$ref":"1"},"People":[{"$id":"2","Name":"y","Amount":79228162514264337593543950335.0},{"$ref":"1"},{"$ref":"2"},null]}"#
        let x = Person(name: "x", amount: Decimal(string: "1.5")!)
        let y = Person(name: "y", amount: max)
        #expect(try decode(json) == Holder(a: x, b: x, people: [y, x, y, nil]))
    }

    @Test("a reference inside a referenced object, and a reference to a nested object")
    func nested() throws {
        struct Node: Codable, Equatable {
            var name: String
            var child: [Node]?
            enum CodingKeys: String, CodingKey { case name = "Name", child = "Child" }
        }
        struct Pair: Codable, Equatable {
            var n: Node
            var m: Node
            var k: Node
            enum CodingKeys: String, CodingKey { case n = "N", m = "M", k = "K" }
        }
        // Json.NET writes a nested object's $id in document order: the parent's first.
        let json = #"{"N":{"$id":"1","Name":"root","Child":[{"$id":"2","Name":"leaf","Child":null}]},"M":{"$ref":"2"},"K":{"$id":"3","Name":"k","Child":[{"$ref":"1"}]}}"#
        let leaf = Node(name: "leaf", child: nil)
        let root = Node(name: "root", child: [leaf])
        #expect(try decode(Pair.self, json) == Pair(n: root, m: leaf, k: Node(name: "k", child: [root])))
    }

    @Test("objects without $id (what Foundation's encoder writes) decode as before; $id and $ref after the first member are plain members")
    func withoutMetadata() throws {
        #expect(try decode(#"{"A":{"Name":"x","Amount":1}}"#) == Holder(a: Person(name: "x", amount: 1)))
        #expect(try decode(#"{"A":{"Name":"x","Amount":1,"$ref":"1"}}"#) == Holder(a: Person(name: "x", amount: 1)))
        #expect(try decode(#"{"A":{"Name":"$ref","Amount":1}}"#) == Holder(a: Person(name: "$ref", amount: 1)))
    }

    @Test("an escaped key is the same key: \\u0024ref")
    func escapedKey() throws {
        let json = #"{"A":{"\u0024id":"1","Name":"x","Amount":2},"B":{"\u0024ref":"1"}}"#
        #expect(try decode(json) == Holder(a: Person(name: "x", amount: 2), b: Person(name: "x", amount: 2)))
    }

    @Test("documents the byte scan leaves to JSONTree (an exponent, UTF-16) resolve through the parsed tree")
    func parsedTreePath() throws {
        let json = #"{"A":{"$id":"1","Name":"x","Amount":1E+2},"B":{"$ref":"1"}}"#
        let x = Person(name: "x", amount: 100)
        #expect(try decode(json) == Holder(a: x, b: x))
        var utf16 = Data([0xFF, 0xFE])
        for unit in json.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(try ResponseDecoder().decode(Holder.self, from: utf16, format: .json) == Holder(a: x, b: x))
    }

    static let refusals: [(name: String, json: String, code: JSONReferenceError.Code, line: Int, column: Int)] = [
        // Json.NET reads an unknown (or forward) reference as null, silently; AWKit says so.
        ("unknown", #"{"A":{"$ref":"9"}}"#, .unknownReference, 1, 6),
        ("forward", #"{"A":{"$ref":"1"},"B":{"$id":"1","Name":"x","Amount":1}}"#, .unknownReference, 1, 6),
        // Json.NET: "$id" only counts as the first member.
        ("$id not first", #"{"A":{"Name":"x","Amount":1,"$id":"1"},"B":{"$ref":"1"}}"#, .unknownReference, 1, 44),
        // Json.NET builds an object that holds itself; a value cannot.
        ("cycle", "{\"A\":{\"$id\":\"1\",\"Name\":\"x\",\"Amount\":1,\n\"People\":{\"$ref\":\"1\"}}}", .cyclicReference, 2, 10),
        // Json.NET: "Additional content found in JSON reference object".
        ("members beside $ref", #"{"A":{"$id":"1","Name":"x","Amount":1},"B":{"$ref":"1","Name":"z"}}"#, .invalidReference, 1, 56),
        // Json.NET: "JSON reference $ref property must have a string or null value".
        ("number", #"{"A":{"$id":"1","Name":"x","Amount":1},"B":{"$ref":1}}"#, .invalidReference, 1, 52),
        // Json.NET: "Error reading object reference '1'". (Looked for only in a document with a
        // "$ref": without one, the ids do not change the values.)
        ("duplicate $id", #"{"A":{"$id":"1","Name":"x","Amount":1},"B":{"$id":"1","Name":"y","Amount":1},"People":[{"$ref":"1"}]}"#, .duplicateIdentifier, 1, 44),
    ]

    @Test("references that cannot be resolved: a positioned error with a stable code", arguments: refusals)
    func refusal(name: String, json: String, code: JSONReferenceError.Code, line: Int, column: Int) throws {
        do {
            _ = try decode(json)
            Issue.record("\(name) decoded")
        } catch {
            let reference = try #require(referenceError(error), "\(name): \(error)")
            #expect(reference.code == code, "\(name): \(reference)")
            #expect(reference.line == line && reference.column == column, "\(name): \(reference)")
            #expect("\(error)".contains("line \(line), column \(column)"))
        }
    }

    @Test("references to references, nested, cannot make a document grow without bound")
    func expansionLimit() throws {
        // Each level holds the previous one twice: 2^40 copies of the first object.
        var json = #"{"A":{"$id":"0","Name":"x","Amount":1},"People":["#
        for level in 1...40 { json += #"{"$id":"\#(level)","Name":[{"$ref":"\#(level - 1)"},{"$ref":"\#(level - 1)"}]},"# }
        json += "null]}"
        do {
            _ = try decode(json)
            Issue.record("decoded")
        } catch {
            #expect(referenceError(error)?.code == .tooLarge, "\(error)")
        }
    }

    @Test("a type error after a reference is positioned in the document as received, through the reference")
    func errorThroughReference() throws {
        let json = "{\"A\":{\"$id\":\"1\",\"Name\":\"x\",\n\"Amount\":\"oops\"},\"B\":{\"$ref\":\"1\"}}"
        struct OnlyB: Codable { var b: Person; enum CodingKeys: String, CodingKey { case b = "B" } }
        do {
            _ = try decode(OnlyB.self, json)
            Issue.record("decoded")
        } catch let error as DecodingError {
            guard case .typeMismatch(_, let context) = error else { Issue.record("\(error)"); return }
            #expect(context.codingPath.map(\.stringValue) == ["B", "Amount"])
            #expect(context.debugDescription.contains("line 2, column 10"), "\(context.debugDescription)")
        }
    }
}
