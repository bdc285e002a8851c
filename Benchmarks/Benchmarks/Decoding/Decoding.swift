import AWModels
import Benchmark
import BenchmarkInputs
@_spi(Benchmarks) import DataContractXML
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XMLCoder

// Every way of turning the generated bookings into Swift values (or just reading their bytes),
// at N = 1, 1,000 and 100,000 records, in one run:
//
//   1 AWKit XML document   DataContractDecoder.decode([ReceivedBooking].self, from:), memberwise path
//   1g                     the same with Options.memberwiseDecoding = false (init(from:) only)
//   2 AWKit XML items      DataContractDecoder.decodeItems, fed 64 KiB pieces of a file
//   3 AWKit JSON           ResponseDecoder (format .json)
//   4 JSONDecoder          bare Foundation JSONDecoder, the same structs
//   5 XMLCoder             CoreOffice/XMLCoder 0.18.2, the same structs
//   6 XMLParser            FoundationXML XMLParser, empty delegate
//   7 libxml2 floor        libxml2 SAX2 push parser, empty callbacks (SAXFloor), one context kept
//                          from document to document as the decoder keeps one
//   8 byte scan            count '<' in the XML bytes (memory bandwidth scale)
//   9 catalog              every catalog endpoint's answer (BenchmarkInputs.catalogDocuments),
//                          one document each, through its generated model: 9x AWKit XML,
//                          9j AWKit JSON, 9f bare JSONDecoder; "records" are documents
//
// Besides package-benchmark's own metrics, each iteration records its rate as two custom
// metrics, MB/s (input bytes) and records/s, so ratios between rows read directly.

typealias Booking = PhoneChat.ReceivedBooking

let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
let recordsPerSecond = BenchmarkMetric.custom("records/s", polarity: .prefersLarger, useScalingFactor: false)

/// The inputs of the running benchmark (each benchmark runs in a process of its own, so only
/// what its setup made is in memory).
nonisolated(unsafe) var xmlBytes: [UInt8] = []
nonisolated(unsafe) var jsonData = Data()
nonisolated(unsafe) var xmlPath = ""

/// XMLCoder's view of `ArrayOfReceivedBooking`: a wrapper whose key is the item element name.
struct XMLCoderList: Decodable {
    var items: [Booking]
    enum CodingKeys: String, CodingKey { case items = "ReceivedBooking" }
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([Booking].self, forKey: .items) ?? []
    }
}

/// An `XMLParserDelegate` that does nothing.
final class EmptyDelegate: NSObject, XMLParserDelegate {}

/// Runs `body` once and records its rate for `bytes` bytes and `records` records.
@inline(__always)
func rate(_ benchmark: Benchmark, bytes: Int, records: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard seconds > 0 else { return }
    benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / seconds / 1e6).rounded()))
    benchmark.measurement(recordsPerSecond, Int((Double(records) / seconds).rounded()))
}

func configuration(_ n: Int, maxIterations: Int? = nil) -> Benchmark.Configuration {
    .init(
        metrics: [
            .wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond,
            recordsPerSecond,
        ],
        warmupIterations: 1,
        maxDuration: n >= 100_000 ? .seconds(8) : .seconds(2),
        maxIterations: maxIterations ?? (n >= 100_000 ? 5 : 10_000))
}

/// The catalog rows' documents (made in the setup of each catalog benchmark).
nonisolated(unsafe) var catalog: [CatalogDocument] = []

let benchmarks: @Sendable () -> Void = {
    catalogBenchmarks()
    for n in BenchmarkInputs.counts {
        let xmlSetup: Benchmark.BenchmarkSetupHook = { xmlBytes = BenchmarkInputs.xml(n) }
        let jsonSetup: Benchmark.BenchmarkSetupHook = { jsonData = BenchmarkInputs.json(n) }

        // Row 1 (the memberwise path) and row 1g (init(from:) only): one decoder per benchmark,
        // so its session is reused across iterations as a caller's would be.
        for (label, decoder) in [
            ("1 AWKit XML document", BenchmarkInputs.xmlDecoder),
            ("1g AWKit XML document, init(from:) only", BenchmarkInputs.genericXMLDecoder),
        ] {
            Benchmark("\(label), N=\(n)", configuration: configuration(n)) { benchmark in
                for _ in benchmark.scaledIterations {
                    try rate(benchmark, bytes: xmlBytes.count, records: n) {
                        blackHole(try decoder.decode([Booking].self, from: xmlBytes))
                    }
                }
            } setup: {
                try await xmlSetup()
            }
        }

        Benchmark("2 AWKit XML items (file, 64 KiB pieces), N=\(n)", configuration: configuration(n)) { benchmark in
            let decoder = BenchmarkInputs.xmlDecoder
            let size = (try FileManager.default.attributesOfItem(atPath: xmlPath)[.size] as? Int) ?? 0
            for _ in benchmark.scaledIterations {
                try rate(benchmark, bytes: size, records: n) {
                    var count = 0
                    try decoder.decodeItems(of: Booking.self, fromChunks: try BenchmarkInputs.FileChunks(path: xmlPath)) {
                        blackHole($0)
                        count += 1
                    }
                    precondition(count == n)
                }
            }
        } setup: {
            // Written piece by piece: neither the records nor the document are ever in memory.
            xmlPath = NSTemporaryDirectory() + "/awkit-benchmark-\(n).xml"
            try BenchmarkInputs.writeXML(n, to: xmlPath)
        } teardown: {
            try? FileManager.default.removeItem(atPath: xmlPath)
        }

        Benchmark("3 AWKit JSON (ResponseDecoder), N=\(n)", configuration: configuration(n)) { benchmark in
            let decoder = ResponseDecoder()
            for _ in benchmark.scaledIterations {
                try rate(benchmark, bytes: jsonData.count, records: n) {
                    blackHole(try decoder.decode([Booking].self, from: jsonData, format: .json))
                }
            }
        } setup: {
            try await jsonSetup()
        }

        Benchmark("4 Foundation JSONDecoder, N=\(n)", configuration: configuration(n)) { benchmark in
            let decoder = JSONDecoder()
            for _ in benchmark.scaledIterations {
                try rate(benchmark, bytes: jsonData.count, records: n) {
                    blackHole(try decoder.decode([Booking].self, from: jsonData))
                }
            }
        } setup: {
            try await jsonSetup()
        }

        // XMLCoder reads `<X i:nil="true"/>` as "" and so throws at the first nil DateTime?
        // (record 0): the time recorded is that of the failed attempt, which has already parsed
        // the whole document into XMLCoder's tree; a lower bound of a full decode. At N=100,000
        // one attempt is made and no rate is recorded (its time and memory are). See README.md
        // for what it decodes correctly.
        Benchmark("5 XMLCoder 0.18.2 (fails, see README), N=\(n)", configuration: configuration(n, maxIterations: n >= 100_000 ? 1 : nil)) { benchmark in
            let decoder = XMLDecoder()
            decoder.shouldProcessNamespaces = true
            let data = Data(xmlBytes)
            for _ in benchmark.scaledIterations {
                let clock = ContinuousClock()
                var failure: (any Error)?
                let elapsed = clock.measure {
                    do {
                        blackHole(try decoder.decode(XMLCoderList.self, from: data))
                    } catch {
                        failure = error
                    }
                }
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                if n >= 100_000, failure != nil { continue }
                benchmark.measurement(megabytesPerSecond, Int((Double(data.count) / seconds / 1e6).rounded()))
                benchmark.measurement(recordsPerSecond, Int((Double(n) / seconds).rounded()))
            }
        } setup: {
            try await xmlSetup()
        }

        Benchmark("6 FoundationXML XMLParser, empty delegate, N=\(n)", configuration: configuration(n)) { benchmark in
            let data = Data(xmlBytes)
            let delegate = EmptyDelegate()
            for _ in benchmark.scaledIterations {
                try rate(benchmark, bytes: data.count, records: n) {
                    // A stream, not XMLParser(data:), which refuses documents over ~10 MB.
                    let parser = XMLParser(stream: InputStream(data: data))
                    parser.shouldProcessNamespaces = true
                    parser.delegate = delegate
                    guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
                }
            }
        } setup: {
            try await xmlSetup()
        }

        Benchmark("7 libxml2 SAX2 floor, empty callbacks, N=\(n)", configuration: configuration(n)) { benchmark in
            let floor = SAXFloor()
            for _ in benchmark.scaledIterations {
                try rate(benchmark, bytes: xmlBytes.count, records: n) {
                    try floor.parse(xmlBytes)
                }
            }
        } setup: {
            try await xmlSetup()
        }

        Benchmark("8 byte scan of the XML, N=\(n)", configuration: configuration(n)) { benchmark in
            for _ in benchmark.scaledIterations {
                rate(benchmark, bytes: xmlBytes.count, records: n) {
                    let count = xmlBytes.withUnsafeBufferPointer { buffer in
                        var count = 0
                        for byte in buffer where byte == UInt8(ascii: "<") { count += 1 }
                        return count
                    }
                    blackHole(count)
                }
            }
        } setup: {
            try await xmlSetup()
        }
    }
}

/// Rows 9x, 9j and 9f: one iteration decodes every catalog endpoint's answer once, each as its
/// own document through its own generated model, as an app calling every endpoint would.
func catalogBenchmarks() {
    let setup: Benchmark.BenchmarkSetupHook = { catalog = try BenchmarkInputs.catalogDocuments().documents }
    func bytes(_ format: ResponseFormat) -> Int {
        catalog.reduce(0) { $0 + (format == .json ? $1.json.count : $1.xml.count) }
    }
    for format in [ResponseFormat.xml, .json] {
        let label = format == .xml ? "9x AWKit XML" : "9j AWKit JSON"
        Benchmark("\(label), every catalog endpoint's answer", configuration: configuration(1)) { benchmark in
            let decoder = ResponseDecoder()
            let size = bytes(format)
            for _ in benchmark.scaledIterations {
                try rate(benchmark, bytes: size, records: catalog.count) {
                    for document in catalog { try document.decode(format, with: decoder) }
                }
            }
        } setup: {
            try await setup()
        }
    }
    Benchmark("9f Foundation JSONDecoder, every catalog endpoint's answer", configuration: configuration(1)) { benchmark in
        let decoder = JSONDecoder()
        let size = bytes(.json)
        for _ in benchmark.scaledIterations {
            try rate(benchmark, bytes: size, records: catalog.count) {
                for document in catalog { try document.decodeJSON(with: decoder) }
            }
        }
    } setup: {
        try await setup()
    }
}
