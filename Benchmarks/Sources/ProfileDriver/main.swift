import AWModels
import BenchmarkInputs
@_spi(Benchmarks) import DataContractXML
import Foundation

// A small release driver to time or profile one decoding path outside package-benchmark, e.g.
// under valgrind's callgrind:
//
//     swift build -c release --product ProfileDriver
//     valgrind --tool=callgrind .build/release/ProfileDriver xml 2000
//
// Modes: write (N PATH: the XML to a file; AWKIT_XML=PATH then makes the other modes read it),
// xml (whole document), items (streaming), floor (libxml2 SAX2 no-op), json
// (ResponseDecoder), sizes. Arguments: MODE [N] [REPEATS]. The rate goes to standard error.
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
    if let path = ProcessInfo.processInfo.environment["AWKIT_XML"], let data = FileManager.default.contents(atPath: path) {
        return [UInt8](data)
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
    try timed(bytes.count) {
        try BenchmarkInputs.xmlDecoder.decode([PhoneChat.ReceivedBooking].self, from: bytes).count
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
case "sizes":
    for count in BenchmarkInputs.counts {
        print(count, BenchmarkInputs.xml(count).count, BenchmarkInputs.json(count).count)
    }
default:
    print("modes: xml | items | floor | json | jsondecoder | sizes [N] [repeats]")
}
