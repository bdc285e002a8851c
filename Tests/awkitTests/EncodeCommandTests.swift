import Foundation
import Testing

@Suite("awkit encode")
struct EncodeCommandTests {
    let endpoint = "PhoneChat/AcceptReceivedBooking"
    let sampleJSON = "Samples/PhoneChat/AcceptReceivedBooking/response.json"

    @Test("JSON sample → DCS XML, which awkit decode reads back to the same model")
    func roundTrip() throws {
        let encoded = try AWKitProcess.run(["encode", "--endpoint", endpoint, "--to", "xml", sampleJSON])
        #expect(encoded.status == 0)
        #expect(encoded.stderr.isEmpty)
        #expect(encoded.stdout.hasPrefix("<ReceivedBooking xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\""))
        #expect(encoded.stdout.contains("<Credits>8.0000</Credits>"))
        #expect(encoded.stdout.contains("<d2p1:UserID>123654</d2p1:UserID>"))
        let fromXML = try AWKitProcess.run(["decode", "--endpoint", endpoint, "--format", "xml", "-"], stdin: Data(encoded.stdout.utf8))
        let fromJSON = try AWKitProcess.run(["decode", "--endpoint", endpoint, sampleJSON])
        #expect(fromXML.status == 0)
        #expect(fromXML.stdout == fromJSON.stdout)
    }

    @Test("--to json, indentation and keep scale")
    func options() throws {
        let json = try AWKitProcess.run(["encode", "--endpoint", endpoint, "--to", "json", sampleJSON])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""Credits" : 8,"#))
        let xml = try AWKitProcess.run(["encode", "--endpoint", endpoint, "--decimal-scale", "keep", "--indent", "2", sampleJSON])
        #expect(xml.status == 0)
        #expect(xml.stdout.contains("\n  <Credits>8</Credits>\n"))
    }

    @Test("a decoding error exits 1; usage and I/O errors exit 2")
    func errors() throws {
        let broken = try AWKitProcess.run(["encode", "--endpoint", endpoint, "-"], stdin: Data("{\"BookingID\": \"x\"}".utf8))
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty)
        for arguments in [
            ["encode", "--endpoint", "No/Such", sampleJSON],
            ["encode", "--endpoint", endpoint, "--to", "yaml", sampleJSON],
            ["encode", "--endpoint", endpoint, "--decimal-scale", "x", sampleJSON],
            ["encode", "--endpoint", endpoint, "no/such/file.json"],
        ] {
            let result = try AWKitProcess.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test("--help explains formats and exit codes")
    func help() throws {
        let result = try AWKitProcess.run(["encode", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit codes"))
        #expect(result.stdout.contains("--decimal-scale"))
    }
}
