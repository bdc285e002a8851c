import AWModels
import BenchmarkInputs
@_spi(Benchmarks) import DataContractXML
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XMLCoder

// A small release driver to time or profile one decoding path outside package-benchmark, e.g.
// under valgrind's callgrind:
//
//     swift build -c release --product ProfileDriver
//     valgrind --tool=callgrind .build/release/ProfileDriver xml 2000
//
// Modes: write (N PATH: the XML to a file; AWKIT_XML=PATH then makes the other modes read it),
// xml (whole document), xmlwhole (the same with itemByItemListBytes off: lists read whole at any size), xmlgeneric (whole document, memberwise path off), items (streaming), floor (libxml2 SAX2 no-op, one context kept), floorfresh (a new context per document), json
// (ResponseDecoder), jsondecoder, catalog (every catalog endpoint's answer: time per document
// in each format; `catalog 0 REPEATS`), catalogrun (every catalog answer REPEATS times, for
// callgrind: `catalogrun xml|xmlfresh|json|jsondecoder REPEATS`; xmlfresh makes a new
// DataContractDecoder per document), check (what each decoder gets right), sizes. Arguments: MODE [N] [REPEATS]. The rate goes to standard error.
let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "xml"
let n = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1

/// Runs `body` `repeats` times and prints the rate for `bytes` bytes and `n` records a run.
func timed(_ bytes: Int, _ body: () throws -> Int) rethrows {
    let clock = ContinuousClock()
    var total = 0
    let elapsed = try clock.measure {
        for _ in 0..<repeats { total += try body() }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(bytes * repeats) / seconds / 1e6
    let records = Double(n * repeats) / seconds
    let line = "\(mode) n=\(n) x\(repeats): \(String(format: "%.3f", seconds)) s, "
        + "\(String(format: "%.1f", megabytes)) MB/s, \(Int(records)) records/s (\(total))\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// The XML of `n` records: generated, or read from the file named by the environment variable
/// `AWKIT_XML` (written by the `write` mode), so a profile shows decoding only.
func xmlInput() -> [UInt8] {
    if let path = ProcessInfo.processInfo.environment["AWKIT_XML"], let file = FileHandle(forReadingAtPath: path) {
        // Read in pieces into one array: the input is in memory once (a `Data` copied into an
        // array would have been there twice, which the peak RSS of the whole-document mode shows).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int((try? file.seekToEnd()) ?? 0))
        try? file.seek(toOffset: 0)
        while let piece = try? file.read(upToCount: 1 << 20), !piece.isEmpty { bytes.append(contentsOf: piece) }
        return bytes
    }
    return BenchmarkInputs.xml(n)
}

switch mode {
case "write":
    let path = arguments.count > 3 ? arguments[3] : "/tmp/awkit-\(n).xml"
    try BenchmarkInputs.writeXML(n, to: path)
    print(path)
case "xml":
    let bytes = xmlInput()
    let decoder = BenchmarkInputs.xmlDecoder  // one decoder: its session is reused across repeats
    try timed(bytes.count) {
        try decoder.decode([PhoneChat.ReceivedBooking].self, from: bytes).count
    }
case "xmlwhole":
    let bytes = xmlInput()
    let decoder = BenchmarkInputs.wholeListXMLDecoder
    try timed(bytes.count) {
        try decoder.decode([PhoneChat.ReceivedBooking].self, from: bytes).count
    }
case "xmlgeneric":
    let bytes = xmlInput()
    let decoder = BenchmarkInputs.genericXMLDecoder
    try timed(bytes.count) {
        try decoder.decode([PhoneChat.ReceivedBooking].self, from: bytes).count
    }
case "items":
    let bytes = xmlInput()
    try timed(bytes.count) {
        var count = 0
        try BenchmarkInputs.xmlDecoder.decodeItems(of: PhoneChat.ReceivedBooking.self, from: bytes) { _ in count += 1 }
        return count
    }
case "floor":
    let bytes = xmlInput()
    let floor = SAXFloor()
    try timed(bytes.count) {
        try floor.parse(bytes)
        return 1
    }
case "floorfresh":
    let bytes = xmlInput()
    try timed(bytes.count) {
        try SAXFloor.parse(bytes)
        return 1
    }
case "json":
    let data = BenchmarkInputs.json(n)
    let decoder = ResponseDecoder()
    try timed(data.count) {
        try decoder.decode([PhoneChat.ReceivedBooking].self, from: data, format: .json).count
    }
case "jsondecoder":
    let data = BenchmarkInputs.json(n)
    let decoder = JSONDecoder()
    try timed(data.count) { try decoder.decode([PhoneChat.ReceivedBooking].self, from: data).count }
case "catalog":
    catalogTimes(repeats)
case "catalogrun":
    catalogRun(arguments.count > 2 ? arguments[2] : "xml", repeats)
case "check":
    check(n)
case "sizes":
    for count in BenchmarkInputs.counts {
        print(count, BenchmarkInputs.xml(count).count, BenchmarkInputs.json(count).count)
    }
default:
    print("modes: write | xml | xmlgeneric | items | floor | floorfresh | json | jsondecoder | catalog | check | sizes [N] [repeats]")
}


/// XMLCoder's view of `ArrayOfReceivedBooking`.
struct XMLCoderList: Decodable {
    var items: [PhoneChat.ReceivedBooking]
    enum CodingKeys: String, CodingKey { case items = "ReceivedBooking" }
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([PhoneChat.ReceivedBooking].self, forKey: .items) ?? []
    }
}

/// Decodes `n` generated records with each decoder and counts the records and the values
/// (20 members of a booking plus 10 of its client) that equal the records written.
func check(_ n: Int) {
    let expected = BenchmarkInputs.bookings(n)
    let xml = BenchmarkInputs.xml(n)
    let json = BenchmarkInputs.json(n)
    func members(_ b: PhoneChat.ReceivedBooking) -> [String] {
        let c = b.client
        return [
            "\(b.bookingID)", "\(b.duration)", "\(b.credits)", "\(b.status)", "\(b.method)",
            "\(b.phoneNumber as Any)", "\(b.skypeName as Any)", "\(b.createDate)", "\(b.sessionDate)",
            "\(b.acceptBy)", "\(b.acceptedDate as Any)", "\(b.confirmedDate as Any)",
            "\(b.cancelledDate as Any)", "\(b.cancelledReason as Any)", "\(b.cancelledBy as Any)",
            "\(b.rejectedReason as Any)", "\(b.lastUpdated)", "\(b.comments as Any)",
            "\(b.actionCandidate as Any)", "\(c.userID)", "\(c.nickname)", "\(c.phoneNumber as Any)",
            "\(c.skypeName as Any)", "\(c.total)", "\(c.positive)", "\(c.neutral)", "\(c.negative)",
            "\(c.ratings)", "\(c.disputes)",
        ]
    }
    let names = [
        "BookingID", "Duration", "Credits", "Status", "Method", "PhoneNumber", "SkypeName", "CreateDate",
        "SessionDate", "AcceptBy", "AcceptedDate", "ConfirmedDate", "CancelledDate", "CancelledReason",
        "CancelledBy", "RejectedReason", "LastUpdated", "Comments", "ActionCandidate", "Client.UserID",
        "Client.Nickname", "Client.PhoneNumber", "Client.SkypeName", "Client.Total", "Client.Positive",
        "Client.Neutral", "Client.Negative", "Client.Ratings", "Client.Disputes",
    ]
    func report(_ label: String, _ decode: () throws -> [PhoneChat.ReceivedBooking]) {
        let decoded: [PhoneChat.ReceivedBooking]
        do {
            decoded = try decode()
        } catch {
            print("\(label): throws: \(String("\(error)".prefix(300)))")
            return
        }
        var equalRecords = 0
        var wrong: [String: Int] = [:]
        var values = 0
        var equalValues = 0
        for (got, want) in zip(decoded, expected) {
            if got == want { equalRecords += 1 }
            for (index, (a, b)) in zip(members(got), members(want)).enumerated() {
                values += 1
                if a == b { equalValues += 1 } else { wrong[names[index], default: 0] += 1 }
            }
        }
        let sample = wrong.sorted { $0.value > $1.value }.prefix(12).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("\(label): \(decoded.count)/\(n) records, \(equalRecords) equal; \(equalValues)/\(values) values equal\(wrong.isEmpty ? "" : "; wrong: \(sample)")")
    }
    report("AWKit XML document") { try BenchmarkInputs.xmlDecoder.decode([PhoneChat.ReceivedBooking].self, from: xml) }
    report("AWKit XML items") {
        var items: [PhoneChat.ReceivedBooking] = []
        try BenchmarkInputs.xmlDecoder.decodeItems(of: PhoneChat.ReceivedBooking.self, from: xml) { items.append($0) }
        return items
    }
    report("AWKit JSON (ResponseDecoder)") { try ResponseDecoder().decode([PhoneChat.ReceivedBooking].self, from: json, format: .json) }
    report("Foundation JSONDecoder") { try JSONDecoder().decode([PhoneChat.ReceivedBooking].self, from: json) }
    for processNamespaces in [true, false] {
        report("XMLCoder 0.18.2, shouldProcessNamespaces = \(processNamespaces)") {
            let decoder = XMLDecoder()
            decoder.shouldProcessNamespaces = processNamespaces
            return try decoder.decode(XMLCoderList.self, from: Data(xml)).items
        }
    }
    // What XMLCoder makes of one nil member and of a namespaced member.
    let nilCount = xml.split(separator: UInt8(ascii: "<")).filter { $0.starts(with: Array("".utf8)) && String(decoding: $0, as: UTF8.self).contains("i:nil=\"true\"") }.count
    print("i:nil=\"true\" elements in the document: \(nilCount); bytes: \(xml.count) XML, \(json.count) JSON")
}

/// For every catalog endpoint with a body: its sizes and the median time of one decode through
/// its generated model, AWKit XML, AWKit JSON and bare JSONDecoder, over `repeats` runs (at
/// least 101), and the ratio JSONDecoder's time ÷ AWKit XML's time (above 1: XML is faster).
func catalogTimes(_ repeats: Int) {
    let runs = max(repeats, 101)
    let (documents, missing) = try! BenchmarkInputs.catalogDocuments()
    let clock = ContinuousClock()
    func median(_ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            times.append(Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
        }
        return times.sorted()[runs / 2]
    }
    let responseDecoder = ResponseDecoder()
    let jsonDecoder = JSONDecoder()
    print("| endpoint | XML bytes (source) | JSON bytes (source) | AWKit XML µs | DataContractDecoder µs | AWKit JSON µs | JSONDecoder µs | JSONDecoder ÷ XML |")
    print("|---|---|---|---|---|---|---|---|")
    var totals = (xml: 0.0, direct: 0.0, json: 0.0, bare: 0.0)
    let dataContractDecoder = BenchmarkInputs.xmlDecoder
    for document in documents {
        let xml = try! median { try document.decode(.xml, with: responseDecoder) }
        let direct = try! median { try document.decodeXML(with: dataContractDecoder) }
        let json = try! median { try document.decode(.json, with: responseDecoder) }
        let bare = try! median { try document.decodeJSON(with: jsonDecoder) }
        totals.xml += xml
        totals.direct += direct
        totals.json += json
        totals.bare += bare
        print("| \(document.endpoint.id) | \(document.xml.count) (\(document.xmlSource)) | \(document.json.count) (\(document.jsonSource)) | "
            + "\(String(format: "%.1f", xml)) | \(String(format: "%.1f", direct)) | \(String(format: "%.1f", json)) | \(String(format: "%.1f", bare)) | \(String(format: "%.2f", bare / xml)) |")
    }
    print("| all \(documents.count) | | | \(String(format: "%.1f", totals.xml)) | \(String(format: "%.1f", totals.direct)) | \(String(format: "%.1f", totals.json)) | \(String(format: "%.1f", totals.bare)) | \(String(format: "%.2f", totals.bare / totals.xml)) |")
    for problem in missing { print("left out: \(problem)") }
}

/// Decodes every catalog endpoint's answer `repeats` times: `xml` through one kept
/// `ResponseDecoder`, `xmlfresh` through a `DataContractDecoder` made per document (no reuse),
/// `json` through `ResponseDecoder`, `jsondecoder` through a bare `JSONDecoder`.
func catalogRun(_ path: String, _ repeats: Int) {
    let documents = try! BenchmarkInputs.catalogDocuments().documents
    let responseDecoder = ResponseDecoder()
    let jsonDecoder = JSONDecoder()
    let bytes = documents.reduce(0) { $0 + (path.hasPrefix("xml") ? $1.xml.count : $1.json.count) }
    try! timed(bytes) {
        for document in documents {
            switch path {
            case "xml": try document.decode(.xml, with: responseDecoder)
            case "xmlfresh": try document.decodeXML(with: DataContractDecoder())
            case "json": try document.decode(.json, with: responseDecoder)
            case "jsondecoder": try document.decodeJSON(with: jsonDecoder)
            default: fatalError("catalogrun: xml | xmlfresh | json | jsondecoder")
            }
        }
        return documents.count
    }
}
