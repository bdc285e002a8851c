import DataContractXML
import Foundation
import PropertyBased
import Testing

private let recordNS = "http://example.org/Records"
private let baseNS = "http://example.org/Base"
private let childNS = "http://example.org/Children"

/// A nested contract in another namespace; synthesized coding (nil members left out).
private struct RandomChild: Codable, Equatable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "RandomChild", namespace: childNS, memberGroups: [.init(namespace: childNS, members: ["Label", "When", "id"])])
    var Label: String
    var When: DateTime?
    var id: Int
}

/// A random record: base-group members, strings, decimals, DateTimes, doubles, optionals,
/// arrays (primitive, optional items, contract items) and a dictionary; nils written as i:nil.
private struct RandomRecord: Codable, Equatable, DataContractDescribing {
    static let dataContract = DataContract(
        name: "RandomRecord", namespace: recordNS,
        memberGroups: [
            .init(namespace: baseNS, members: ["ID", "Created"]),
            .init(namespace: recordNS, members: ["Id", "Text", "Note", "Amount", "Ratio", "Small", "Dates", "Tags", "Children", "Child", "Counts", "Flag"]),
        ])
    var ID: Int64
    var Created: DateTime
    var Id: Int
    var Text: String
    var Note: String?
    var Amount: Decimal
    var Ratio: Double
    var Small: Float
    var Dates: [DateTime?]
    var Tags: [String]?
    var Children: [RandomChild]
    var Child: RandomChild?
    var Counts: [String: Int]
    var Flag: Bool

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // Deliberately not in DataContract order.
        try c.encode(Flag, forKey: .Flag)
        try c.encode(Text, forKey: .Text)
        try c.encode(Note, forKey: .Note)
        try c.encode(ID, forKey: .ID)
        try c.encode(Id, forKey: .Id)
        try c.encode(Created, forKey: .Created)
        try c.encode(Amount, forKey: .Amount)
        try c.encode(Ratio, forKey: .Ratio)
        try c.encode(Small, forKey: .Small)
        try c.encode(Dates, forKey: .Dates)
        try c.encode(Tags, forKey: .Tags)
        try c.encode(Children, forKey: .Children)
        try c.encode(Child, forKey: .Child)
        try c.encode(Counts, forKey: .Counts)
    }
}

private enum Generators {
    static let special: [Character] = Array("&<>\"' \t\n\r;#x&amp;]]>éü€😀中\u{7F}\u{85}\u{2028}\u{FFFD}")
    /// Strings of entity-like characters and arbitrary scalars allowed in XML 1.0.
    static let string = zip(
        Gen<Character?>.element(of: special).map { $0 ?? " " }.array(of: 0...8),
        Gen<UnicodeScalar>.unicodeScalar(in: "\u{20}"..."\u{D7FF}").array(of: 0...8),
        Gen<UnicodeScalar>.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}").array(of: 0...2)
    ).map { special, bmp, astral in
        var text = String(special)
        text.unicodeScalars.append(contentsOf: bmp)
        text.unicodeScalars.append(contentsOf: astral.filter { $0.value != 0xFFFE && $0.value != 0xFFFF })
        return text
    }

    /// DateTimes in every kind with 0 to 7 fraction digits, built through their text form.
    static let dateTime = zip(
        Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...28), Gen.int(in: 0...23), Gen.int(in: 0...59),
        Gen.int(in: 0...59), Gen.int(in: 0...7), Gen.int(in: 0...9_999_999), Gen.int(in: -841...840)
    ).map { year, month, day, hour, minute, second, digits, fraction, zone in
        var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second)
        if digits > 0 { text += "." + String(String(format: "%07d", fraction).prefix(digits)) }
        switch zone {
        case -841: text += "Z"
        case let minutes where minutes % 7 == 0:
            text += String(format: "%@%02d:%02d", minutes < 0 ? "-" : "+", abs(minutes) / 60, abs(minutes) % 60)
        default: break
        }
        return try! DateTime(parsing: text)
    }

    static let decimal = zip(Gen.int64(in: -999_999_999_999_999...999_999_999_999_999), Gen.int(in: -12...6))
        .map { significand, exponent in
            Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand.magnitude))
        }

    static let child = zip(string, dateTime.optional, Gen.int(in: -1000...1000))
        .map { RandomChild(Label: $0, When: $1, id: $2) }

    static let record = zip(
        zip(Gen.int64(in: .min ... .max), dateTime, Gen.int(in: .min ... .max), string, string.optional),
        zip(decimal, Gen.double(in: -1e300...1e300), Gen.float(in: -1e30...1e30), dateTime.optional.array(of: 0...3)),
        zip(string.array(of: 0...3).optional, child.array(of: 0...2), child.optional, zip(string, Gen.int(in: -99...99)).dictionary(ofAtMost: 0...3), Gen.bool)
    ).map { a, b, c in
        RandomRecord(
            ID: a.0, Created: a.1, Id: a.2, Text: a.3, Note: a.4, Amount: b.0, Ratio: b.1, Small: b.2, Dates: b.3,
            Tags: c.0, Children: c.1, Child: c.2, Counts: c.3, Flag: c.4)
    }
}

@Suite("DataContractEncoder round trips (property-based)")
struct EncoderPropertyTests {
    @Test("random records encode to XML and decode back equal, under strict namespaces")
    func xmlRoundTrip() async {
        var strict = DataContractDecoder.Options()
        strict.strictNamespaces = true
        strict.unknownElements = .error
        await propertyCheck(count: 300, input: Generators.record) { record in
            let xml = try DataContractEncoder().encode(record)
            let back = try DataContractDecoder(options: strict).decode(RandomRecord.self, from: xml)
            #expect(back == record)
            #expect(back.Created.description == record.Created.description)
            #expect(back.Text == record.Text)
            #expect(try XMLTree.parse(xml).isWellFormed)
        }
    }

    @Test("random records encode to JSON and decode back equal")
    func jsonRoundTrip() async {
        await propertyCheck(count: 300, input: Generators.record) { record in
            let json = try JSONEncoder().encode(record)
            #expect(try JSONDecoder().decode(RandomRecord.self, from: json) == record)
        }
    }

    @Test("random lists stream through the list writer and read back item by item")
    func listRoundTrip() async {
        await propertyCheck(count: 50, input: Generators.record.array(of: 0...5)) { records in
            var bytes: [UInt8] = []
            try DataContractEncoder().encodeItems(records, to: &bytes)
            var back: [RandomRecord] = []
            try DataContractDecoder().decodeItems(of: RandomRecord.self, from: bytes) { back.append($0) }
            #expect(back == records)
        }
    }
}
