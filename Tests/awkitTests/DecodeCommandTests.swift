import Foundation
import Testing

@Suite("awkit decode")
struct DecodeCommandTests {
    let sampleJSON = "Samples/PhoneChat/AcceptReceivedBooking/response.json"

    @Test("prints the JSON sample's model with wire names, sorted keys, exact dates and decimals")
    func decodesSample() throws {
        let result = try AWKitProcess.run(["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", sampleJSON])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["BookingID"] as? Int == 1)
        #expect(object["CreateDate"] as? String == "2018-01-20T12:34:56.789")
        #expect(object["Comments"] is NSNull)
        #expect((object["Client"] as? [String: Any])?["UserID"] as? Int == 123654)
        // Keys sorted: AcceptBy first, Status last.
        #expect(result.stdout.range(of: "\"AcceptBy\"")!.lowerBound < result.stdout.range(of: "\"Status\"")!.lowerBound)
        #expect(result.stdout.contains(#""Credits" : 8,"#))
    }

    @Test("reads standard input with -")
    func standardInput() throws {
        let data = try Data(contentsOf: AWKitProcess.repositoryRoot.appendingPathComponent(sampleJSON))
        let result = try AWKitProcess.run(["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "-"], stdin: data)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""Nickname" : "BookingUser""#))
    }

    @Test("a decoding error exits 1 with path and position on stderr")
    func decodingError() throws {
        let broken = Data(#"{"BookingID": 1, "Duration": "long"}"#.utf8)
        let result = try AWKitProcess.run(["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "-"], stdin: broken)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Duration: "))
        #expect(result.stderr.contains("line 1, column 30"))
    }

    @Test("invalid JSON exits 1 naming line and column")
    func syntaxError() throws {
        let broken = Data("{\n  \"BookingID\": 1\n  \"Duration\": 15\n}".utf8)
        let result = try AWKitProcess.run(["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "-"], stdin: broken)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 3, column 3"))
    }

    @Test("usage and I/O errors exit 2", arguments: [
        ["decode", "--endpoint", "PhoneChat/NoSuchThing", "x.json"],
        ["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "no/such/file.json"],
        ["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "--format", "yaml", "x.json"],
        ["decode"],
        ["no-such-command"],
    ])
    func usage(arguments: [String]) throws {
        let result = try AWKitProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("--help explains and exits 0")
    func help() throws {
        let result = try AWKitProcess.run(["decode", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Every endpoint of the built-in catalog has a generated model"))
        #expect(result.stdout.contains("--schemas <dir>"))
        #expect(result.stdout.contains("Exit codes"))
    }
}

@Suite("awkit decode on XML")
struct DecodeXMLCommandTests {
    @Test("the XML sample as published fails with exit 1, pointing at line 4 and the missing /")
    func verbatimSample() throws {
        let result = try AWKitProcess.run([
            "decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "Samples/PhoneChat/AcceptReceivedBooking/response.xml",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("<ActionCandidate> opened at line 4"))
        #expect(result.stderr.contains("a \"/\" looks missing"))
    }

    @Test("the repaired XML decodes and prints the XML's own values")
    func repaired() throws {
        let path = AWKitProcess.repositoryRoot.appendingPathComponent("Samples/PhoneChat/AcceptReceivedBooking/response.xml")
        let text = try String(contentsOf: path, encoding: .utf8)
            .replacingOccurrences(of: "Confirm<ActionCandidate>", with: "Confirm</ActionCandidate>")
            .replacingOccurrences(of: "tonight!<Comments>", with: "tonight!</Comments>")
        let result = try AWKitProcess.run(
            ["decode", "--endpoint", "PhoneChat/AcceptReceivedBooking", "--format", "xml", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""Negative" : 1,"#))
        #expect(result.stdout.contains(#""ConfirmedDate" : "2018-01-21T13:24:05.987""#))
    }
}
