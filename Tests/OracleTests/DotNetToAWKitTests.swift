import AWModels
import DataContractXML
import Foundation
import Testing

/// .NET → AWKit: AWKit decodes what DataContractSerializer and Json.NET wrote to exactly the
/// values .NET itself reads back from the same bytes.
@Suite("oracle: .NET writes, AWKit reads", .enabled(if: OracleProgram.shouldRun, OracleProgram.skipMessage))
struct DotNetToAWKitTests {
    @Test("AWKit decodes every record .NET wrote to the values .NET reads back", arguments: OracleModels.withFeatures, OracleWriter.allCases)
    func awkitReadsWhatDotNetWrote(model: OracleModel, writer: OracleWriter) async throws {
        let run = try await OracleRuns.shared.run(model)
        let documents = try run.documents(writer)
        let readBack = try run.readBack(writer)
        try #require(documents.count == run.count && readBack.count == run.count)
        let outcomes = Parallel.map(documents.count) { index -> (mismatch: Mismatch?, slip: Bool) in
            let document = documents[index]
            let expected: [String: String]
            switch readBack[index] {
            case .success(let values): expected = values
            case .failure(let error):
                return (Mismatch(index: index, document: document, problem: ".NET cannot read its own document: \(error)"), false)
            }
            do {
                let actual = try model.decode(document, writer)
                // .NET reads `-0` as 0; AWKit keeps the sign. .NET's parser reads some doubles
                // one unit in the last place off the nearest, which AWKit reads: counted.
                let all = CanonicalValues.differences(expected, actual).filter { !CanonicalValues.zeroSignOnly($0.expected, $0.actual) }
                let differences = all.filter { !CanonicalValues.parserSlip($0.expected, $0.actual) }
                let slip = differences.count < all.count
                guard differences.isEmpty else {
                    let problem = Mismatch.describe(differences, expected: ".NET read", actual: "AWKit read")
                    return (Mismatch(index: index, document: document, problem: problem), slip)
                }
                return (nil, slip)
            } catch {
                return (Mismatch(index: index, document: document, problem: "AWKit cannot read it: \(error)"), false)
            }
        }
        let mismatches = outcomes.compactMap(\.mismatch)
        let slips = outcomes.count { $0.slip }
        if let report = Mismatch.report(mismatches, run: run, what: "\(writer) documents, .NET → AWKit") {
            Issue.record(report)
        }
        #expect(slips * 200 < run.count, "\(slips) records where .NET read a double one unit in the last place off (seed \(run.seed))")
    }

    @Test("the records hold what the test is about: restricted characters, CR, CRLF, extremes", arguments: OracleModels.withFeatures)
    func recordsCoverTheAwkwardValues(model: OracleModel) async throws {
        let run = try await OracleRuns.shared.run(model)
        let web = try run.documents(.web).map { String(decoding: $0, as: UTF8.self) }
        #expect(web.count == run.count)
        // Models with free-text members: the awkward characters are there.
        let freeText = try run.written().contains { record in
            guard case .success(let values) = record else { return false }
            return values.values.contains { $0.hasPrefix("s") && $0.count > 12 }
        }
        if freeText {
            #expect(web.count(where: { $0.contains("&#x1;") || $0.contains("&#xB;") || $0.contains("&#x0;") }) > run.count / 100)
            let dict = try run.documents(.dict).map { String(decoding: $0, as: UTF8.self) }
            #expect(dict.count(where: { $0.contains("&#xD;") }) > run.count / 100)
        }
        if model.name == "Feature.References" {
            // Shared values written once and referred to: in members, in lists, as a friend.
            #expect(web.count(where: { $0.contains(#"z:Ref="i1""#) }) > run.count / 4)
            #expect(web.count(where: { $0.contains(#"z:Id="i3""#) }) > run.count / 20)
            #expect(web.count(where: { $0.contains(#"<d2p1:Friend z:Ref="#) }) > run.count / 20)
            #expect(web.count(where: { $0.contains(#"<d2p1:Person i:nil="true" />"#) }) > run.count / 10)
            let json = try run.documents(.json).map { String(decoding: $0, as: UTF8.self) }
            #expect(json.count(where: { $0.contains(#"{"$ref":"2"}"#) }) > run.count / 10)
            #expect(json.count(where: { $0.contains(#"[{"$ref":"1"},{"$ref":"1"}"#) }) > run.count / 50)
        }
        if model.name == "PhoneChat.ReceivedBooking" {
            #expect(web.count(where: { $0.contains("<Credits>79228162514264337593543950335</Credits>") }) > 0)
            #expect(web.count(where: { $0.contains("<Credits>-79228162514264337593543950335</Credits>") }) > 0)
            #expect(web.count(where: { $0.contains("9999-12-31T23:59:59.9999999") }) > 0)
            #expect(web.count(where: { $0.contains(">0001-01-01T00:00:00<") }) > 0)
            for digits in 1...7 {
                let pattern = try Regex(#"T\d\d:\d\d:\d\d\.\d{\#(digits)}[<Z+-]"#)
                #expect(web.contains { $0.contains(pattern) }, "a DateTime with \(digits) fraction digits")
            }
        }
    }

    /// What the oracle taught about .NET itself: its XmlDictionaryWriter and Json.NET give back
    /// exactly what was written; Web API's writer loses only CR (written as CRLF, read as LF).
    @Test("what .NET reads back from its own writers: all of it, but CR through Web API's writer, Local times at DST changes, the sign of -0 and known types through Json.NET", arguments: OracleModels.withFeatures, OracleWriter.allCases)
    func dotNetReadsBackWhatItWrote(model: OracleModel, writer: OracleWriter) async throws {
        let run = try await OracleRuns.shared.run(model)
        let written = try run.written()
        let readBack = try run.readBack(writer)
        var different = 0
        var example = ""
        for (index, (w, r)) in zip(written, readBack).enumerated() {
            guard case .success(var expected) = w, case .success(let actual) = r else {
                different += 1
                continue
            }
            if writer == .web {
                for (path, token) in expected where token.hasPrefix("s") {
                    let text = String(decoding: Self.bytes(hex: token.dropFirst()), as: UTF8.self)
                    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                    expected[path] = "s" + CanonicalValues.hex(normalized)
                }
            }
            // A Local DateTime in a daylight-saving gap or overlap (Lord Howe's 30-minute shift)
            // comes back as another wall-clock time: .NET's own round trip, not a wire question.
            let differences = CanonicalValues.differences(expected, actual).filter {
                !($0.expected?.hasPrefix("t") == true && $0.expected?.contains(",L") == true)
                    && !CanonicalValues.zeroSignOnly($0.expected, $0.actual)
                    // Json.NET writes no type name: a Dog or Cat held as an Animal is read back as an Animal.
                    && !(writer == .json && model.name == "Feature.KnownTypes" && $0.actual == nil)
            }
            if !differences.isEmpty {
                different += 1
                if example.isEmpty {
                    example = "record \(index):\n" + Mismatch.describe(differences, expected: "written", actual: ".NET read")
                }
            }
        }
        #expect(different == 0, "\(different) records (seed \(run.seed)); \(example)")
    }

    static func bytes(hex: Substring) -> [UInt8] {
        var result: [UInt8] = []
        var rest = hex
        while rest.count >= 2 {
            result.append(UInt8(rest.prefix(2), radix: 16)!)
            rest = rest.dropFirst(2)
        }
        return result
    }
}
