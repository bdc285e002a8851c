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
        guard let schema = schemas[file.endpoint] ?? SchemaCatalog.lookup(file.endpoint, in: schemas)?.schema else {
            let known = schemas.keys.sorted().joined(separator: ", ")
            if let severity = configuration.severity(for: .unknownEndpoint, endpoint: file.endpoint, path: "") {
                report.findings.append(
                    Finding(
                        rule: .unknownEndpoint, severity: severity, endpoint: file.endpoint, file: file.path, path: "",
                        message: "no schema for endpoint \(file.endpoint), so nothing was checked; known: \(known). Add one with --schemas DIR"))
            }
            return (report, nil)
        }
        let checker = ResponseChecker(schema: schema, file: file.path, format: file.format, configuration: configuration)
        var sink = FindingSink(checker: checker)
        // An empty body is right exactly where the page documents none.
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            if let shape = schema.shape, shape != .empty {
                sink.add(
                    .responseEmptyBody, path: "", line: 1, column: 1,
                    message: "the body is empty, but the docs document a response (\(shape))",
                    expected: shape.description, actual: "no body")
            }
            report.findings = sink.findings
            return (report, nil)
        }
        let read: (document: DocumentNode?, wellFormed: Bool)
        switch file.format {
        case .json:
            read = readJSON(data, into: &sink)
        case .xml:
            read = readXML(data, schema: schema, into: &sink)
        }
        if let document = read.document {
            sink.findings += checker.check(document)
        }
        // A document that is not well-formed cannot decode; its syntax findings say why.
        if read.wellFormed {
            checkModel(file, data: data, into: &sink)
        }
        report.findings = sink.findings
        return (report, read.document)
    }

    /// Parses JSON and reports syntax errors and duplicate keys anywhere in the document.
    private func readJSON(_ data: Data, into sink: inout FindingSink) -> (document: DocumentNode?, wellFormed: Bool) {
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(data)
        } catch {
            sink.add(.jsonSyntax, path: "", line: error.line, column: error.column, message: "not well-formed JSON: \(error.message)")
            return (nil, false)
        }
        for (path, member) in tree.duplicateKeys() {
            sink.add(
                .jsonDuplicateKey, path: path, line: member.keyPosition.line, column: member.keyPosition.column,
                message: "\"\(member.key)\" appears more than once in this object; readers keep only one of the values (Foundation the first, Json.NET the last)",
                actual: DocumentNode(json: member.value).rendered)
        }
        return (DocumentNode(json: tree.root), true)
    }

    /// Decodes the response with the typed model, when AWModels has one for the endpoint.
    private func checkModel(_ file: ResponseFile, data: Data, into sink: inout FindingSink) {
        guard let endpoint = Endpoint.named(file.endpoint) else { return }
        let message = "the \(endpoint.responseType) model does not decode"
        do {
            _ = try endpoint.decodeResponse(data, format: file.format)
        } catch let error as DecodingError {
            let path = describeCodingPath(error.fullCodingPath)
            let position = Self.position(in: error.diagnosticDescription)
            sink.add(
                .modelDecode, path: path == "(root)" ? "" : path, line: position?.line, column: position?.column,
                message: "\(message): \(error.diagnosticDescription)")
        } catch let error as DataContractXMLError {
            sink.add(.modelDecode, path: "", line: error.line, column: error.column, message: "\(message): \(error.message)")
        } catch {
            sink.add(.modelDecode, path: "", line: nil, column: nil, message: "\(message): \(error)")
        }
    }

    /// The first `line L, column C` in a decoding error's description: both decoders put the
    /// failing value's position there (ResponseDecoder for JSON, DataContractDecoder for XML).
    static func position(in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) else { return nil }
        let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }
}
