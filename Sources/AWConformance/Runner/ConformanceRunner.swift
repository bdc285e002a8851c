import AWModels
import DataContractXML
import Foundation

/// Checks saved responses against their endpoints' schemas: the engine behind `awkit check`.
///
/// For each file: well-formedness (JSON syntax and duplicate keys; XML well-formedness with the
/// element left open), every ``ResponseChecker`` rule on the raw document, and whether the typed
/// model decodes it. For a JSON and an XML answer of the same endpoint in the same folder, also
/// ``ParityChecker`` on the two documents read leniently.
public struct ConformanceRunner: Sendable {
    /// Schemas by endpoint id.
    public var schemas: [String: EndpointSchema]
    public var configuration: CheckConfiguration

    public init(schemas: [String: EndpointSchema], configuration: CheckConfiguration = .init()) {
        self.schemas = schemas
        self.configuration = configuration
    }

    /// Checks the given files; those of one endpoint in one folder are also compared for parity.
    public func check(_ files: [ResponseFile], reading read: (String) throws -> Data) throws -> CheckReport {
        var report = CheckReport()
        var documents: [String: DocumentNode] = [:]
        for file in files {
            let data = try read(file.path)
            let (fileReport, document) = check(file, data: data)
            report.append(fileReport)
            documents[file.path] = document
        }
        // Parity: a response.json and a response.xml side by side.
        for json in files where json.format == .json {
            let folder = (json.path as NSString).deletingLastPathComponent
            guard let xml = files.first(where: {
                $0.format == .xml && $0.endpoint == json.endpoint
                    && ($0.path as NSString).deletingLastPathComponent == folder
            }), let schema = schemas[json.endpoint],
                let jsonDocument = documents[json.path], let xmlDocument = documents[xml.path]
            else { continue }
            let checker = ParityChecker(schema: schema, jsonFile: json.path, xmlFile: xml.path, configuration: configuration)
            report.findings += checker.check(json: jsonDocument, xml: xmlDocument)
        }
        return report
    }

    /// Checks one response; returns its findings and its document (read leniently for XML) for
    /// parity, or `nil` when nothing could be read.
    public func check(_ file: ResponseFile, data: Data) -> (CheckReport, DocumentNode?) {
        var report = CheckReport(
            files: [file.path], sources: [file.path: String(decoding: data, as: UTF8.self)],
            endpoints: [file.path: file.endpoint])
        guard let schema = schemas[file.endpoint] else {
            report.findings.append(
                Finding(
                    rule: .unchecked, endpoint: file.endpoint, file: file.path, path: "",
                    message: "no schema for endpoint \(file.endpoint); known: \(schemas.keys.sorted().joined(separator: ", ")). Add one with --schemas DIR"))
            return (report, nil)
        }
        let checker = ResponseChecker(schema: schema, file: file.path, format: file.format, configuration: configuration)
        var sink = FindingSink(checker: checker)
        let document: DocumentNode?
        switch file.format {
        case .json:
            document = readJSON(data, into: &sink)
        case .xml:
            document = readXML(data, schema: schema, into: &sink)
        }
        let readable = !sink.findings.contains { $0.rule == Rule.jsonSyntax.id || $0.rule == Rule.xmlSyntax.id }
        if let document {
            sink.findings += checker.check(document)
        }
        // A document that is not well-formed cannot decode; its syntax findings say why.
        if readable {
            checkModel(file, data: data, into: &sink)
        }
        report.findings = sink.findings
        return (report, document)
    }

    private func readJSON(_ data: Data, into sink: inout FindingSink) -> DocumentNode? {
        do {
            return DocumentNode(json: try JSONTree.parse(data).root)
        } catch {
            sink.add(.jsonSyntax, path: "", line: error.line, column: error.column, message: "not well-formed JSON: \(error.message)")
            return nil
        }
    }

    /// Decodes the response with the typed model, when AWModels has one for the endpoint.
    private func checkModel(_ file: ResponseFile, data: Data, into sink: inout FindingSink) {
        guard let endpoint = Endpoint.named(file.endpoint) else { return }
        do {
            _ = try endpoint.decodeResponse(data, format: file.format)
        } catch let error as DecodingError {
            let path = describeCodingPath(error.fullCodingPath)
            let position = Self.position(of: error, in: data, format: file.format)
            sink.add(
                .modelDecode, path: path == "(root)" ? "" : path, line: position?.line, column: position?.column,
                message: "the \(endpoint.responseType) model does not decode: \(error.diagnosticDescription)")
        } catch {
            sink.add(.modelDecode, path: "", line: nil, column: nil, message: "the \(endpoint.responseType) model does not decode: \(error)")
        }
    }

    /// Where a decoding error points: for JSON the value at its coding path; for XML the line and
    /// column the decoder put in its message.
    static func position(of error: DecodingError, in data: Data, format: ResponseFormat) -> (line: Int, column: Int)? {
        if format == .json, let tree = try? JSONTree.parse(data) {
            var path = error.fullCodingPath
            if case .keyNotFound = error { path.removeLast() }
            if let p = tree.position(at: path) { return (p.line, p.column) }
        }
        let text: String
        switch error {
        case .keyNotFound(_, let c), .valueNotFound(_, let c), .typeMismatch(_, let c), .dataCorrupted(let c):
            text = c.debugDescription
        @unknown default:
            return nil
        }
        // "line L, column C" in the message.
        guard let range = text.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) else { return nil }
        let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }
}
