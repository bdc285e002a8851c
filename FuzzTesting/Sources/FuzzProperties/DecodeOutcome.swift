import DataContractXML

/// What one decode gave, in a form two decodes can be compared by: the value, the
/// ``DataContractXMLError`` (code and position), or the `DecodingError` (its description,
/// coding path included). Any other error is a property violation of its own.
enum DecodeOutcome<Value: Equatable>: Equatable {
    case value(Value)
    case xml(DataContractXMLError)
    case decoding(String)

    /// Runs `body`, sorting its result; an error of another type violates `target`'s property.
    static func of(_ target: String, _ body: () throws -> Value) throws(PropertyViolation) -> DecodeOutcome {
        do {
            return .value(try body())
        } catch let error as DataContractXMLError {
            return .xml(error)
        } catch let error as DecodingError {
            return .decoding(describe(error))
        } catch {
            throw PropertyViolation(target, "an error of an undocumented type: \(type(of: error)): \(error)")
        }
    }

    /// The parse-level error (well-formedness, encoding, hostile input, limits), which does not
    /// depend on the type decoded, or `nil`.
    var parseError: DataContractXMLError? {
        guard case .xml(let error) = self, error.isParseLevel else { return nil }
        return error
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let c): return "typeMismatch(\(type)) at \(path(c)): \(c.debugDescription)"
        case .valueNotFound(let type, let c): return "valueNotFound(\(type)) at \(path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c): return "keyNotFound(\(key.stringValue)) at \(path(c)): \(c.debugDescription)"
        case .dataCorrupted(let c): return "dataCorrupted at \(path(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

extension DataContractXMLError {
    /// Whether the error comes from reading the bytes (any code but the `datacontract.` ones and
    /// the object-graph limit, which decoding a particular type raises).
    var isParseLevel: Bool {
        !code.rawValue.hasPrefix("datacontract.") && code != .objectGraphLimitExceeded
    }

    /// Code, line and column: what two readers of the same bytes must agree on.
    var verdict: String { "\(code) at \(line):\(column)" }
}
