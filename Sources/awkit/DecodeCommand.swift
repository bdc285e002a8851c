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

    @Option(name: .long, help: ArgumentHelp(
        "The operation whose response this is, as Group/Operation.", valueName: "id"))
    var endpoint: String

    @Option(name: .long, help: "The response format: auto (from the first character), json or xml.")
    var format: ResponseInput.Format = .auto

    @Argument(help: ArgumentHelp("The response file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        try validateEndpoint(endpoint)
    }

    func run() throws {
        let model = try ResponseInput.decodeModel(
            file: file, endpoint: Endpoint.named(endpoint)!, format: format, limit: inputOptions.maxInputBytes,
            command: "decode")
        try ReportOutput.write(try ResponseInput.modelJSON(model), to: nil, command: "decode")
    }
}
