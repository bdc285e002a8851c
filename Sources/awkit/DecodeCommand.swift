import AWModels
import ArgumentParser
import DataContractXML
import Foundation

/// `awkit decode`: decode one saved response into its model and print the model as JSON.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode one response (JSON or XML) into its model and print the model as JSON.",
        discussion: """
            The model is printed with the API's wire names, keys sorted, DateTime values exactly \
            as written and decimals exact, nulls included. On a decoding error the message on \
            standard error names the coding path (Client.UserID) and the line and column.

            Endpoints: \(Endpoint.all.map(\.id).joined(separator: ", ")).

            Exit codes: 0 decoded; 1 the response does not decode; 2 usage or I/O error.
            """
    )

    /// The input format: from the bytes (`auto`), or forced.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case auto, json, xml
    }

    @Option(name: .long, help: ArgumentHelp(
        "The operation whose response this is, as Group/Operation.", valueName: "id"))
    var endpoint: String

    @Option(name: .long, help: "The response format: auto (from the first character), json or xml.")
    var format: Format = .auto

    @Argument(help: ArgumentHelp("The response file, or - for standard input.", valueName: "file"))
    var file: String

    func validate() throws {
        guard Endpoint.named(endpoint) != nil else {
            throw ValidationError(
                "unknown endpoint '\(endpoint)'; known: \(Endpoint.all.map(\.id).joined(separator: ", "))")
        }
    }

    func run() throws {
        let endpoint = Endpoint.named(endpoint)!
        let data: Data
        do {
            data = try InputFile.read(file)
        } catch {
            Terminal.printError("awkit decode: \(error)")
            throw ExitStatus.usage.exitCode
        }
        let model: any Encodable
        do {
            model = try endpoint.decodeResponse(data, format: ResponseFormat(rawValue: format.rawValue))
        } catch let error as DecodingError {
            Terminal.printError("awkit decode: \(file): \(error.diagnosticDescription)")
            throw ExitStatus.failure.exitCode
        } catch {
            Terminal.printError("awkit decode: \(file): \(error)")
            throw ExitStatus.failure.exitCode
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let json = try encoder.encode(model)
        try ReportOutput.write(json + Data("\n".utf8), to: nil, command: "decode")
    }
}
