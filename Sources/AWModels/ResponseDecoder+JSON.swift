import DataContractXML
import Foundation

extension ResponseDecoder {
    func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try jsonDecoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw Self.positioned(error, in: data)
        }
    }

    /// Adds what Foundation leaves out on Linux: for a syntax error, the line, column and reason
    /// (re-parsing with ``JSONTree``); for any other error, where the value at the coding path
    /// stands. Runs only on the error path.
    static func positioned(_ error: DecodingError, in data: Data) -> DecodingError {
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(data)
        } catch {
            return .dataCorrupted(
                DecodingError.Context(
                    codingPath: [], debugDescription: "Invalid JSON at \(error)", underlyingError: error))
        }
        // Well-formed: say where the failing value (or, for a missing key, its object) stands.
        var path = error.fullCodingPath
        if case .keyNotFound = error { path.removeLast() }
        guard let position = tree.position(at: path) else { return error }
        let suffix = " (\(position))"
        switch error {
        case .keyNotFound(let key, let c):
            return .keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: c.codingPath,
                    debugDescription: "no \"\(key.stringValue)\" in the object at \(position)",
                    underlyingError: c.underlyingError))
        case .valueNotFound(let type, let c):
            return .valueNotFound(type, c.appending(suffix))
        case .typeMismatch(let type, let c):
            return .typeMismatch(type, c.appending(suffix))
        case .dataCorrupted(let c):
            return .dataCorrupted(c.appending(suffix))
        @unknown default:
            return error
        }
    }
}

extension DecodingError.Context {
    fileprivate func appending(_ text: String) -> DecodingError.Context {
        DecodingError.Context(
            codingPath: codingPath, debugDescription: debugDescription + text,
            underlyingError: underlyingError)
    }
}

extension JSONTree {
    /// Where the value at a coding path starts, or `nil` when the path does not lead to one.
    /// Object keys match the last member of that name (as Foundation's decoder reads duplicates).
    public func position(at path: [any CodingKey]) -> Position? {
        var node = root
        for key in path {
            switch node {
            case .object(let members, _):
                guard let member = members.last(where: { $0.key == key.stringValue }) else { return nil }
                node = member.value
            case .array(let items, _):
                guard let index = key.intValue, items.indices.contains(index) else { return nil }
                node = items[index]
            default:
                return nil
            }
        }
        return node.position
    }
}
