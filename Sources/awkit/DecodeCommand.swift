import AWConformance
import AWModels
import ArgumentParser
import DataContractXML
import Foundation

/// `awkit decode`: decode one saved response (or request body) into its model and print the
/// model as JSON.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode one response (JSON or XML) into its model and print the model as JSON.",
        discussion: """
            The model is printed with the API's wire names, keys sorted, DateTime values exactly \
            as written and decimals exact, nulls included. On a decoding error the message on \
            standard error names the coding path (Client.UserID) and the line and column.

            Every endpoint of the built-in catalog has a generated model (awkit schemas lists \
            them). A file named request.json (or --request) is decoded as the endpoint's request \
            body. With --schemas DIR, an endpoint whose schema is in DIR (a page AWKit has no \
            model of, imported with awkit import-docs) is decoded through that schema alone: the \
            same values and errors its generated model would give.

            Exit codes: 0 decoded; 1 the response does not decode; 2 usage or I/O error.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "The operation whose response this is, as Group/Operation.", valueName: "id"))
    var endpoint: String

    @Option(name: .long, help: "The response format: auto (from the first character), json or xml.")
    var format: ResponseInput.Format = .auto

    @Option(name: .long, help: ArgumentHelp(
        "A folder of endpoint schemas; an endpoint found there is decoded through its schema.", valueName: "dir"))
    var schemas: String?

    @Flag(name: .long, help: "Decode the file as the endpoint's JSON request body (the default for a file named request.json).")
    var request = false

    @Argument(help: ArgumentHelp("The response file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var inputOptions: InputOptions

    /// The schema of `endpoint` in `--schemas`, when given and found there; loaded once, by
    /// `validate()`.
    private var userSchema: EndpointSchema?

    private static func loadUserSchema(_ endpoint: String, from schemas: String?) throws -> EndpointSchema? {
        guard let schemas else { return nil }
        do {
            let catalog = SchemaCatalog(try SchemaCatalog.loadDirectory(URL(fileURLWithPath: schemas)))
            return catalog.lookup(endpoint)?.schema
        } catch {
            throw ValidationError("--schemas \(schemas): \(error.code): \(error.message)")
        }
    }

    private var decodesRequest: Bool { request || (file as NSString).lastPathComponent.lowercased() == "request.json" }

    mutating func validate() throws {
        userSchema = try Self.loadUserSchema(endpoint, from: schemas)
        if userSchema == nil { try validateEndpoint(endpoint) }
        if decodesRequest, format == .xml { throw ValidationError("request bodies are JSON; --format xml applies to responses") }
    }

    func run() throws {
        if let schema = userSchema {
            let value = try ResponseInput.decodeValue(
                file: file, schema: schema, format: format, request: decodesRequest, limit: inputOptions.maxInputBytes)
            try ReportOutput.write(try ResponseInput.modelJSON(value), to: nil, command: "decode")
            return
        }
        let endpoint = Endpoint.named(endpoint)!
        let model = decodesRequest
            ? try ResponseInput.decodeRequest(file: file, endpoint: endpoint, limit: inputOptions.maxInputBytes)
            : try ResponseInput.decodeModel(
                file: file, endpoint: endpoint, format: format, limit: inputOptions.maxInputBytes, command: "decode")
        try ReportOutput.write(try ResponseInput.modelJSON(model), to: nil, command: "decode")
    }
}
