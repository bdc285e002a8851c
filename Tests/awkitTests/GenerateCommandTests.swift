import Foundation
import Testing

@Suite("awkit generate and decode for every endpoint")
struct GenerateCommandTests {
    static let fixture = "Tests/Fixtures/ModelsPlugin"

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-generate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every saved sample of `Samples/` prints its model (the issue's "Done when"); the page's
    /// malformed AcceptReceivedBooking XML is the one that does not decode.
    @Test(arguments: [
        "CreditHistory/GetCurrentCreditBalance/response.json", "CreditHistory/GetCurrentCreditBalance/response.xml",
        "Lists/GetEscortRateBreaks/response.json", "PhoneChat/AcceptReceivedBooking/response.json",
        "Pictures/GetPricePlans/response.json", "Email/BlockedSendersAdd/request.json",
        "Pictures/UpdatePricePlans/request.json", "Webcam/RescheduleMadeBooking/request.json",
    ])
    func everySampleDecodes(sample: String) throws {
        let endpoint = sample.split(separator: "/").prefix(2).joined(separator: "/")
        let result = try AWKitProcess.run(["decode", "--endpoint", endpoint, "Samples/\(sample)"])
        #expect(result.status == 0, Comment(rawValue: result.stderr))
        #expect(!result.stdout.isEmpty)
    }

    @Test func theRateBreaksListPrintsItsItems() throws {
        let result = try AWKitProcess.run(
            ["decode", "--endpoint", "Lists/GetEscortRateBreaks", "Samples/Lists/GetEscortRateBreaks/response.json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.first?["RateBreakID"] as? Int == 7)
        #expect(items.first?["RateBreak"] as? String == "15 mins")
        #expect(result.stdout.contains(#""Hours" : 0.25,"#))
    }

    @Test func aRequestSampleDecodesAsTheRequest() throws {
        let result = try AWKitProcess.run(
            ["decode", "--endpoint", "Email/BlockedSendersAdd", "Samples/Email/BlockedSendersAdd/request.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["OtherUserID"] as? Int == 123457)
        #expect(object["Reason"] as? String == "Spammer")
        // An unset optional member is left out, as the request sends it.
        #expect(object["Nickname"] == nil)
    }

    /// A page outside the catalog: its schema decodes its samples alone, to the values the page
    /// shows, in both formats alike.
    @Test func aPageOutsideTheCatalogDecodesThroughItsSchema() throws {
        let schemas = "\(Self.fixture)/Sources/BlogModels/Schemas"
        let json = try AWKitProcess.run(
            ["decode", "--schemas", schemas, "--endpoint", "Blogs/GetBlogEntries", "\(Self.fixture)/response.json"])
        let xml = try AWKitProcess.run(
            ["decode", "--schemas", schemas, "--endpoint", "Blogs/GetBlogEntries", "\(Self.fixture)/response.xml"])
        #expect(json.status == 0, Comment(rawValue: json.stderr))
        #expect(xml.stdout == json.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(object["Entries"] as? [[String: Any]])
        #expect(object["Total"] as? Int == 2)
        #expect(entries[1]["Title"] as? String == "Plans & ideas <draft>")
        #expect(entries[1]["Written"] as? String == "2018-03-05T08:00:00.5")
        #expect(entries[1]["Rating"] is NSNull)
        #expect(json.stdout.contains(#""Rating" : 4.5,"#))
        // The same rules as a model: a required member missing is an error with its path.
        let broken = Data(#"{"Total": 1, "Entries": [{"EntryID": 1}]}"#.utf8)
        let failed = try AWKitProcess.run(["decode", "--schemas", schemas, "--endpoint", "Blogs/GetBlogEntries", "-"], stdin: broken)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Entries[0].Title: missing"))
    }

    @Test func generateWritesOneFilePerTypeAndTheCatalog() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try AWKitProcess.run(
            ["generate", "--schemas", "\(Self.fixture)/Sources/BlogModels/Schemas", "-o", output.path])
        #expect(result.status == 0, Comment(rawValue: result.stderr))
        #expect(result.stdout.contains("1 endpoint, 6 files"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files == [
            "Blogs/Blogs.BlogEntries.swift", "Blogs/Blogs.BlogEntry.swift", "Blogs/Blogs.GetBlogEntriesRequest.swift",
            "Blogs/Blogs.Status.swift", "Blogs/Blogs.swift", "GeneratedEndpoints.swift",
        ])
        let header = try String(contentsOf: output.appendingPathComponent("Blogs/Blogs.BlogEntry.swift"), encoding: .utf8)
        #expect(header.hasPrefix("// Generated by `awkit generate` from the documentation page of Blogs/GetBlogEntries."))
        #expect(header.contains("import AWModels\n"))
    }

    static let generateErrorCases: [([String], Int32)] = [
        (["generate", "-o", "/tmp/x"], 2),
        (["generate", "--schemas", "no/such/folder", "-o", "/tmp/x"], 2),
        (["generate", "--schemas", "Sources/AWConformance/Schemas", "--naming", "no/such.json", "-o", "/tmp/x"], 2),
        (["generate", "README.md", "-o", "/tmp/x"], 1),
        (["generate", "--schemas", "Sources/AWConformance/Schemas", "--naming", "README.md", "-o", "/tmp/x"], 1),
    ]

    @Test("generate: usage and I/O errors exit 2, invalid inputs 1", arguments: generateErrorCases)
    func generateErrors(arguments: [String], status: Int32) throws {
        let result = try AWKitProcess.run(arguments)
        #expect(result.status == status, Comment(rawValue: result.stderr))
        #expect(!result.stderr.isEmpty)
    }
}
