import AWModels
import DataContractXML
import Foundation
import Testing

/// AWKit → .NET: what `DataContractEncoder` and the JSON encoder write from the models AWKit
/// decoded, .NET reads back to the same values, and .NET writing them again gives the same
/// document: byte for byte after exclusive C14N (System.Security's XmlDsigExcC14NTransform) for
/// XML, by value for JSON.
@Suite("oracle: AWKit writes, .NET reads", .enabled(if: OracleProgram.shouldRun, OracleProgram.skipMessage))
struct AWKitToDotNetTests {
    /// The XML source is the XmlDictionaryWriter's documents (they keep CR), the JSON source
    /// Json.NET's; .NET writes XML again with XmlDictionaryWriter, JSON with Json.NET.
    @Test("what AWKit writes, .NET reads to the same values and writes again to the same document", arguments: OracleModels.withFeatures, [OracleWriter.web, .dict, .json])
    func dotNetReadsWhatAWKitWrote(model: OracleModel, writer: OracleWriter) async throws {
        let run = try await OracleRuns.shared.run(model)
        let sources = try run.documents(writer)
        let reencoded = Parallel.map(sources.count) { index in
            Result { try model.reencode(sources[index], writer) }
        }
        var mismatches: [Mismatch] = []
        var encoded: [(values: [String: String], document: [UInt8])] = []
        for (index, result) in reencoded.enumerated() {
            switch result {
            case .success(let pair): encoded.append(pair)
            case .failure(let error):
                mismatches.append(Mismatch(index: index, document: sources[index], problem: "AWKit cannot read or write it: \(error)"))
                encoded.append(([:], []))
            }
        }
        let input = run.url("awkit.\(writer).docs")
        try Framing.frame(encoded.map(\.document)).write(to: input)
        let prefix = run.url("awkit.\(writer).read").path
        try await OracleProgram.oracle(["read", model.name, writer.rawValue, input.path, prefix])
        let values = Framing.values(in: try Data(contentsOf: URL(fileURLWithPath: prefix + ".values")))
        let rewritten = try Framing.documents(in: Data(contentsOf: URL(fileURLWithPath: prefix + ".docs")))
        let canonical = writer == .json ? [] : try Framing.documents(in: Data(contentsOf: URL(fileURLWithPath: prefix + ".c14n")))
        try #require(values.count == encoded.count && rewritten.count == encoded.count)
        let written = encoded
        let outcomes = Parallel.map(written.count) { index -> (mismatch: Mismatch?, slip: Bool) in
            let swift = written[index]
            guard !swift.document.isEmpty else { return (nil, false) }
            let document = swift.document
            let dotNet: [String: String]
            switch values[index] {
            case .success(let v): dotNet = v
            case .failure(let error):
                return (Mismatch(index: index, document: document, problem: ".NET cannot read AWKit's document: \(error)"), false)
            }
            let all = CanonicalValues.differences(swift.values, dotNet)
            // .NET reads `-0` as 0 (and so writes it again as `0`): compared as such.
            let signKept = all.filter { !CanonicalValues.zeroSignOnly($0.expected, $0.actual) }
            let zeroSignLost = signKept.count < all.count
            // .NET's parser reads some doubles one unit in the last place off: counted, and the
            // rewrite (of another double) not compared.
            let differences = signKept.filter { !CanonicalValues.parserSlip($0.expected, $0.actual) }
            if differences.count < signKept.count { return (nil, true) }
            if !differences.isEmpty {
                return (Mismatch(index: index, document: document, problem: Mismatch.describe(differences, expected: "AWKit wrote", actual: ".NET read")), false)
            }
            if writer == .json {
                if let difference = JSONValue.difference(document, rewritten[index]) {
                    let problem = "Json.NET writes it again differently: \(difference)\nJson.NET: \(String(decoding: rewritten[index], as: UTF8.self))"
                    return (Mismatch(index: index, document: document, problem: problem), false)
                }
                return (nil, false)
            } else {
                var ours = canonical[2 * index]
                if zeroSignLost { ours = Array(String(decoding: ours, as: UTF8.self).replacingOccurrences(of: ">-0<", with: ">0<").utf8) }
                let theirs = canonical[2 * index + 1]
                // AWKit writes the prefixes Web API's writer writes (`d2p1:` for a member in
                // another namespace); WCF's XmlDictionaryWriter picks its own (`a:`), and exclusive
                // C14N keeps prefixes: for it, the same elements, namespaces and text are the test.
                let same = writer == .dict ? InfosetComparison.equal(ours, theirs) : ours == theirs
                if !same, InfosetComparison.sameButNumberForms(ours, theirs, prefixes: writer == .dict) {
                    // .NET Framework's "R" tries 15 digits and checks them with its own parser,
                    // which is not correctly rounded: for some doubles it writes 17 digits
                    // (712.12893999999994) where AWKit's correctly rounded check keeps 15
                    // (712.12894). The same double either way (the values compared above): counted.
                    return (nil, true)
                }
                guard same else {
                    let problem = "after exclusive C14N, AWKit's document and .NET's rewrite differ:\nAWKit: \(String(decoding: ours, as: UTF8.self))\n.NET:  \(String(decoding: theirs, as: UTF8.self))"
                    return (Mismatch(index: index, document: document, problem: problem), false)
                }
                return (nil, false)
            }
        }
        mismatches += outcomes.compactMap(\.mismatch)
        let slips = outcomes.count { $0.slip }
        if let report = Mismatch.report(mismatches, run: run, what: "AWKit → .NET (\(writer == .json ? "JSON" : "XML"))") {
            Issue.record(report)
        }
        #expect(slips * 200 < run.count, "\(slips) records where .NET read a double one unit in the last place off (seed \(run.seed))")
    }
}

/// Two canonical (C14N) documents that differ at most in the names of their namespace prefixes:
/// equal once every prefix is taken out of element names (`<d2p1:Nickname` and `<a:Nickname`),
/// attribute names and namespace declarations (`xmlns:d2p1=` and `xmlns:a=`). C14N escapes `<` in
/// text, so every `<` starts a tag.
enum InfosetComparison {
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        withoutPrefixes(String(decoding: a, as: UTF8.self)) == withoutPrefixes(String(decoding: b, as: UTF8.self))
    }

    /// Whether two documents differ only in the text of numbers that read as the same double
    /// (or float): `712.12894` and `712.12893999999994`.
    static func sameButNumberForms(_ a: [UInt8], _ b: [UInt8], prefixes: Bool) -> Bool {
        var x = String(decoding: a, as: UTF8.self)
        var y = String(decoding: b, as: UTF8.self)
        if prefixes {
            x = withoutPrefixes(x)
            y = withoutPrefixes(y)
        }
        let xs = x.split(separator: "<", omittingEmptySubsequences: false)
        let ys = y.split(separator: "<", omittingEmptySubsequences: false)
        guard xs.count == ys.count else { return false }
        for (p, q) in zip(xs, ys) where p != q {
            let pp = p.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false)
            let qq = q.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false)
            guard pp.count == 2, qq.count == 2, pp[0] == qq[0], let u = Double(pp[1]), let v = Double(qq[1]),
                u == v || Float(pp[1]).map({ $0 == Float(qq[1]) }) == true
            else { return false }
        }
        return true
    }

    static func withoutPrefixes(_ text: String) -> String {
        var result = ""
        var inTag = false
        var name = ""
        func flushName() {
            // `p:Local` → `Local`; `xmlns:p` → `xmlns:`.
            if let colon = name.firstIndex(of: ":") {
                let prefix = name[..<colon]
                result += prefix == "xmlns" ? "xmlns:" : String(name[name.index(after: colon)...])
            } else {
                result += name
            }
            name = ""
        }
        var inValue = false
        var attribute = ""
        var value = ""
        for character in text {
            if !inTag {
                result.append(character)
                if character == "<" { inTag = true }
                continue
            }
            if inValue {
                // The value of `i:type` is a QName: its prefix is the writer's choice too.
                if character == "\"" {
                    inValue = false
                    result += attribute == "i:type" || attribute.hasSuffix(":type") ? String(value.split(separator: ":").last ?? "") : value
                    result.append(character)
                    value = ""
                } else {
                    value.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                flushName()
                result.append(character)
                inValue = true
            case "=":
                attribute = name
                flushName()
                result.append(character)
            case " ", ">", "/":
                flushName()
                result.append(character)
                if character == ">" { inTag = false }
            default:
                name.append(character)
            }
        }
        flushName()
        return result
    }
}

/// JSON compared by value: objects as key → value (order ignored), numbers by decimal value
/// (`8` = `8.0` = `8.0000`), strings and literals exactly; a Json.NET `$id` the first document
/// does not have is not a difference.
enum JSONValue {
    static func difference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        do {
            return difference(try JSONTree.parse(Data(a)).root, try JSONTree.parse(Data(b)).root, path: "")
        } catch {
            return "not JSON: \(error)"
        }
    }

    static func difference(_ a: JSONTree.Node, _ b: JSONTree.Node, path: String) -> String? {
        switch (a, b) {
        case (.object(let x, _), .object(let y, _)):
            let xs = Dictionary(x.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            var ys = Dictionary(y.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            // Foundation's JSONEncoder writes no `$id` for a `[DataContract(IsReference = true)]`
            // object; Json.NET reads it without one (as a new object) and writes it again with
            // `"$id": "N"`: by value the same object.
            if xs["$id"] == nil, y.first?.key == "$id" { ys["$id"] = nil }
            guard Set(xs.keys) == Set(ys.keys) else { return "\(path): keys \(xs.keys.sorted()) vs \(ys.keys.sorted())" }
            for key in xs.keys.sorted() {
                if let d = difference(xs[key]!, ys[key]!, path: path.isEmpty ? key : path + "." + key) { return d }
            }
            return nil
        case (.array(let x, _), .array(let y, _)):
            guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) items" }
            for (i, (p, q)) in zip(x, y).enumerated() {
                if let d = difference(p, q, path: "\(path)[\(i)]") { return d }
            }
            return nil
        case (.number(let x, _), .number(let y, _)):
            // Beyond Decimal's range (1.7976931348623157E+308) as doubles.
            // A float as .NET Framework writes it ("R": 9 digits when 7 do not read back,
            // 3.40282347E+38) and as Foundation does (shortest, 3.4028235e+38) is one float.
            let same = CanonicalValues.same("d" + x, "d" + y) || Double(x).map { $0 == Double(y) } == true
                || Float(x).map { !$0.isInfinite && $0 == Float(y) } == true
            return same ? nil : "\(path): \(x) vs \(y)"
        case (.string(let x, _), .string(let y, _)):
            // A Guid is one value in either case: Foundation writes UUIDs in capitals, Json.NET
            // in lowercase ("D"), and each reads the other.
            if x != y, let u = UUID(uuidString: x), u == UUID(uuidString: y) { return nil }
            return x == y ? nil : "\(path): \(x.debugDescription) vs \(y.debugDescription)"
        case (.bool(let x, _), .bool(let y, _)):
            return x == y ? nil : "\(path): \(x) vs \(y)"
        case (.null, .null):
            return nil
        default:
            return "\(path): \(a.typeName) vs \(b.typeName)"
        }
    }
}
