import DataContractXML
import Foundation
import Testing

// The decoder's speed shortcuts (remembered member positions, per-type decode kinds, plain
// start tags) must never change a result: these documents are built to make each shortcut
// guess wrong.

private let xsi = "http://www.w3.org/2001/XMLSchema-instance"
private let ser = "http://schemas.microsoft.com/2003/10/Serialization/"

/// Members asked for in declaration order (C, A, B), which is not the alphabetical order a
/// DataContract writes them in.
private struct CAB: Decodable, Equatable {
    var c: Int
    var a: String?
    var b: Int
    enum CodingKeys: String, CodingKey { case c = "C", a = "A", b = "B" }
}

/// A recursive type: the same coding keys at every level.
private final class Node: Decodable {
    let name: String
    let child: Node?
    enum CodingKeys: String, CodingKey { case name = "Name", child = "Child" }
}

private func list(_ items: [String]) -> [UInt8] {
    Array((#"<ArrayOfCAB xmlns:i="\#(xsi)" xmlns="urn:t">"# + items.joined() + "</ArrayOfCAB>").utf8)
}

private func both<T: Decodable & Equatable>(_ type: T.Type, _ xml: [UInt8]) throws -> [T] {
    let document = try DataContractDecoder().decode([T].self, from: xml)
    var items: [T] = []
    try DataContractDecoder().decodeItems(of: T.self, from: xml) { items.append($0) }
    #expect(document == items)
    return document
}

@Suite("decoder shortcuts never change a result")
struct DecoderShortcutTests {
    @Test func recordsOfDifferentShapesEachDecodeTheirOwnMembers() throws {
        let xml = list([
            "<CAB><A>x</A><B>1</B><C>2</C></CAB>",
            // A absent: B and C sit one element earlier than in the record before.
            "<CAB><B>3</B><C>4</C></CAB>",
            // An unknown member in front: everything one element later.
            "<CAB><Z>9</Z><A>y</A><B>5</B><C>6</C></CAB>",
            // Members in another order: the remembered positions hold other names.
            "<CAB><C>8</C><B>7</B><A>z</A></CAB>",
            #"<CAB><A i:nil="true"/><B>10</B><C>11</C></CAB>"#,
        ])
        #expect(
            try both(CAB.self, xml) == [
                CAB(c: 2, a: "x", b: 1), CAB(c: 4, a: nil, b: 3), CAB(c: 6, a: "y", b: 5),
                CAB(c: 8, a: "z", b: 7), CAB(c: 11, a: nil, b: 10),
            ])
    }

    @Test func aRememberedPositionOnASecondSameNamedMemberIsNotTaken() throws {
        // In the second record the element where B was is a second <B>; the first one wins.
        let xml = list([
            "<CAB><A>x</A><B>1</B><C>2</C></CAB>",
            "<CAB><B>3</B><B>30</B><C>4</C></CAB>",
            "<CAB><C>6</C><B>5</B><B>50</B></CAB>",
        ])
        #expect(try both(CAB.self, xml).map(\.b) == [1, 3, 5])
    }

    @Test func aRememberedPositionInsideAnotherElementIsNotTaken() throws {
        // In the second record, the element where C was is a <C> nested in <A>'s place.
        struct Outer: Decodable, Equatable {
            var a: Inner?
            var c: Int
            enum CodingKeys: String, CodingKey { case a = "A", c = "C" }
        }
        struct Inner: Decodable, Equatable {
            var c: Int
            enum CodingKeys: String, CodingKey { case c = "C" }
        }
        let xml = Array(
            (#"<ArrayOfOuter xmlns:i="\#(xsi)" xmlns="urn:t">"#
                + "<Outer><B/><C>1</C></Outer>"
                + "<Outer><A><C>20</C></A><C>2</C></Outer>"
                + "</ArrayOfOuter>").utf8)
        #expect(
            try both(Outer.self, xml) == [Outer(a: nil, c: 1), Outer(a: Inner(c: 20), c: 2)])
    }

    @Test func theSameKeysAtSeveralLevelsOfARecursiveType() throws {
        let xml = Array(
            #"<Node xmlns:i="\#(xsi)" xmlns="urn:t"><Child><Child><Child i:nil="true"/><Name>c</Name></Child><Name>b</Name></Child><Name>a</Name></Node>"#
                .utf8)
        let root = try DataContractDecoder().decode(Node.self, from: xml)
        #expect(root.name == "a")
        #expect(root.child?.name == "b")
        #expect(root.child?.child?.name == "c")
        #expect(root.child?.child?.child == nil)
    }

    @Test func aMissingMemberAfterRecordsThatHadItIsStillKeyNotFound() throws {
        let xml = list([
            "<CAB><A>x</A><B>1</B><C>2</C></CAB>",
            "<CAB><A>y</A><C>4</C></CAB>",
        ])
        let error = try #require(throws: DecodingError.self) {
            try DataContractDecoder().decode([CAB].self, from: xml)
        }
        guard case .keyNotFound(let key, let context) = error else {
            Issue.record("expected keyNotFound, got \(error)")
            return
        }
        #expect(key.stringValue == "B")
        #expect(context.codingPath.map(\.stringValue) == ["Index 1"])
        #expect(context.debugDescription.contains("line 1"))
    }
}

@Suite("DateTime: the fixed-offset reading of the common forms agrees with the field-by-field one")
struct DateTimeCommonFormTests {
    @Test("common and uncommon valid forms", arguments: [
        ("2016-02-29T23:59:59", 2016, 2, 29, 23, 59, 59, 0, DateTime.Kind.unspecified),
        ("2018-01-20T12:34:56.1234567Z", 2018, 1, 20, 12, 34, 56, 1_234_567, .utc),
        ("9999-12-31T00:00:00.5", 9999, 12, 31, 0, 0, 0, 5_000_000, .unspecified),
        ("2018-01-20T12:34:56.75-02:30", 2018, 1, 20, 12, 34, 56, 7_500_000, .offset(minutes: -150)),
    ])
    func valid(
        text: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
        ticks: Int, kind: DateTime.Kind
    ) throws {
        let value = try DateTime(parsing: text)
        let fields: [Int] = [value.year, value.month, value.day, value.hour, value.minute, value.second, value.ticks]
        let expected: [Int] = [year, month, day, hour, minute, second, ticks]
        #expect(fields == expected)
        #expect(value.kind == kind)
        #expect(value.description == text)
    }

    @Test("texts the fixed-offset reading passes on are still refused with the same reasons", arguments: [
        ("2018-0a-01T00:00:00", "expected 2 digits for the month"),
        ("2018-01-01T00:00:60", "second 60"),
        ("2018-01-01T00:00:00.1234567Zx", "unexpected characters"),
        ("2018-01-01T00:00:00.12345678Z", "more than 7 fraction digits"),
        ("2018-01-01T00:00:00.Z", "fraction digits"),
        ("2019-02-29T00:00:00Z", "day 29"),
        ("-018-01-01T00:00:00", "expected 4 digits for the year"),
    ])
    func invalid(text: String, reasonFragment: String) {
        #expect {
            try DateTime(parsing: text)
        } throws: { error in
            let error = try #require(error as? LexicalFormError)
            return error.reason.contains(reasonFragment)
        }
    }
}
