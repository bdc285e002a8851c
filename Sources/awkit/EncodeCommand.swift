import AWModels
import ArgumentParser
import DataContractXML
import Foundation

/// `awkit encode`: decode one response (JSON or XML) into its model and write the model back
/// out as DataContractSerializer XML or as JSON.
struct EncodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Decode one response (JSON or XML) into its model and print it as DataContract XML or JSON.",
        discussion: """
            The input format is detected from the first character (or forced with --format). \
            XML is written the way ASP.NET Web API's DataContractSerializer writes it: no XML \
            declaration, UTF-8, members in DataContract order (base contracts first, then \
            ordinal by name), each in its contract's namespace, nulls as i:nil="true", decimals \
            with --decimal-scale fraction digits (default 4, as the AdultWork API writes credits: \
            8.0000). JSON is written like `awkit decode` writes it (wire names, sorted keys). \
            The output decodes back to the same model with `awkit decode`.

            Endpoints: \(Endpoint.all.map(\.id).joined(separator: ", ")).

            Exit codes: 0 written; 1 the response does not decode or the model cannot be written \
            as XML (e.g. a character XML 1.0 forbids); 2 usage or I/O error.
            """
    )

    /// The output format.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case xml, json
    }

    @Option(name: .long, help: ArgumentHelp(
        "The operation whose response this is, as Group/Operation.", valueName: "id"))
    var endpoint: String

    @Option(name: .long, help: "The output format: xml or json.")
    var to: Target = .xml

    @Option(name: .long, help: "The input format: auto (from the first character), json or xml.")
    var format: ResponseInput.Format = .auto

    @Option(name: .long, help: ArgumentHelp(
        "XML only: the fewest fraction digits of decimals, or 'keep' for the value's own digits.",
        valueName: "n|keep"))
    var decimalScale: String = "4"

    @Option(name: .long, help: ArgumentHelp(
        "XML only: indent child elements by this many spaces (default: one line, as the API writes).",
        valueName: "n"))
    var indent: Int?

    @Argument(help: ArgumentHelp("The response file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        try validateEndpoint(endpoint)
        guard decimalScale == "keep" || Int(decimalScale).map({ (0...28).contains($0) }) == true else {
            throw ValidationError("--decimal-scale must be 0...28 or 'keep', not '\(decimalScale)'")
        }
        if let indent, !(0...16).contains(indent) {
            throw ValidationError("--indent must be 0...16")
        }
    }

    func run() throws {
        let model = try ResponseInput.decodeModel(
            file: file, endpoint: Endpoint.named(endpoint)!, format: format, limit: inputOptions.maxInputBytes,
            command: "encode")
        switch to {
        case .json:
            try ReportOutput.write(try ResponseInput.modelJSON(model), to: nil, command: "encode")
        case .xml:
            var options = DataContractEncoder.Options()
            options.decimalScale = Int(decimalScale)
            options.indentation = indent.map { String(repeating: " ", count: $0) }
            let xml: [UInt8]
            do {
                xml = try DataContractEncoder(options: options).encode(model)
            } catch let error as DataContractEncodingError {
                Terminal.printError("awkit encode: \(file): \(error) [\(error.code)]")
                throw ExitStatus.failure.exitCode
            }
            try ReportOutput.write(Data(xml + [UInt8(ascii: "\n")]), to: nil, command: "encode")
        }
    }
}
