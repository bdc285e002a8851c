import AWConformance
import AWModels
import ArgumentParser
import Foundation

/// The input side shared by `awkit decode` and `awkit encode`: one response file (or `-`),
/// decoded into its endpoint's model.
enum ResponseInput {
    /// The input format option: from the bytes (`auto`), or forced.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case auto, json, xml

        var responseFormat: ResponseFormat? { ResponseFormat(rawValue: rawValue) }
    }

    /// Reads `file` and decodes it as `endpoint`'s response.
    ///
    /// - Throws: `ExitStatus.usage` when the file cannot be read or is over `limit` bytes,
    ///   `ExitStatus.failure` when it does not decode (or starts with a byte no response starts with); the reason is printed on standard error first, prefixed with
    ///   `awkit <command>:`, naming the coding path and position.
    static func decodeModel(
        file: String, endpoint: Endpoint, format: Format, limit: Int, command: String
    ) throws -> any Encodable & Sendable {
        let data = try read(file, limit: limit, command: command)
        do {
            return try endpoint.decodeResponse(data, format: format.responseFormat)
        } catch let error as DecodingError {
            Terminal.printError("awkit \(command): \(file): \(error.diagnosticDescription)")
            throw ExitStatus.failure.exitCode
        } catch {
            Terminal.printError("awkit \(command): \(file): \(error)")
            throw ExitStatus.failure.exitCode
        }
    }

    /// Reads `file` and decodes it as `endpoint`'s JSON request body.
    ///
    /// - Throws: as ``decodeModel(file:endpoint:format:limit:command:)``.
    static func decodeRequest(file: String, endpoint: Endpoint, limit: Int) throws -> any Encodable & Sendable {
        guard let type = endpoint.requestType else {
            Terminal.printError("awkit decode: \(endpoint.id) has no request model")
            throw ExitStatus.usage.exitCode
        }
        let data = try read(file, limit: limit, command: "decode")
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            Terminal.printError("awkit decode: \(file): \(ResponseDecoder.positioned(error, in: data).diagnosticDescription)")
            throw ExitStatus.failure.exitCode
        }
    }

    /// Reads `file` and decodes it through `schema` alone (``SchemaDecoder``); a request body
    /// through the schema's request properties.
    ///
    /// - Throws: as ``decodeModel(file:endpoint:format:limit:command:)``.
    static func decodeValue(file: String, schema: EndpointSchema, format: Format, request: Bool, limit: Int) throws -> SchemaValue {
        let data = try read(file, limit: limit, command: "decode")
        do {
            if request { return try SchemaDecoder().decodeRequest(data, schema: schema) }
            let responseFormat = try format.responseFormat ?? ResponseFormat.sniff(data)
            return try SchemaDecoder().decode(data, format: responseFormat, schema: schema)
        } catch {
            Terminal.printError("awkit decode: \(file): \(error)")
            throw ExitStatus.failure.exitCode
        }
    }

    /// The file's bytes, or the exit status after printing why not.
    private static func read(_ file: String, limit: Int, command: String) throws -> Data {
        do {
            return try InputFile.read(file, limit: limit, response: true)
        } catch {
            Terminal.printError("awkit \(command): \(error)")
            throw (error.isUsageError ? ExitStatus.usage : ExitStatus.failure).exitCode
        }
    }

    /// The model as `awkit decode` prints it: pretty JSON, wire names, keys sorted, Json.NET's
    /// non-finite strings, and a final line break.
    static func modelJSON(_ model: any Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(model) + Data("\n".utf8)
    }
}

/// Validates an `--endpoint` option value.
func validateEndpoint(_ id: String) throws {
    guard Endpoint.named(id) != nil else {
        throw ValidationError("unknown endpoint '\(id)'; known: \(Endpoint.all.map(\.id).joined(separator: ", "))")
    }
}
