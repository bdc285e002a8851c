/// Formats a coding path the way reports and error messages show it: member names joined by
/// `.`, array indices in brackets: `Client.UserID`, `Items[3].Status`. The empty path (the
/// document root) is `(root)`.
///
/// A key with an integer value (an unkeyed container's index, or `super`) is shown as `[n]`.
public func describeCodingPath(_ path: [any CodingKey]) -> String {
    var out = ""
    for key in path {
        if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
            out += "[\(index)]"
        } else {
            if !out.isEmpty { out += "." }
            out += key.stringValue
        }
    }
    return out.isEmpty ? "(root)" : out
}

extension DecodingError {
    /// The coding path where decoding failed; for `keyNotFound` it ends with the missing key.
    public var fullCodingPath: [any CodingKey] {
        switch self {
        case .keyNotFound(let key, let context): return context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath
        @unknown default: return []
        }
    }

    /// One line for a person: where, then what. For example
    /// `Client.UserID: Expected to decode Int but found a string instead. (line 22, column 19)`,
    /// or `Duration: required property missing; no "Duration" in the object at line 1, column 1`.
    public var diagnosticDescription: String {
        let path = describeCodingPath(fullCodingPath)
        switch self {
        case .keyNotFound(_, let context):
            return "\(path): required property missing; \(context.debugDescription)"
        case .typeMismatch(let type, let context) where context.debugDescription.isEmpty:
            return "\(path): expected a value of type \(type)"
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context):
            return "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(path): \(self)"
        }
    }
}
