/// What the body of a successful response is, at its root.
///
/// Stored in the schema file as one string: `object`, `array of aws:Name` (or `array of integer`),
/// `scalar decimal` (any documented scalar spelling after `scalar `), or `empty`.
public enum ResponseShape: Hashable, Sendable, CustomStringConvertible {
    /// An object: ``EndpointSchema/response`` is the root type.
    case object
    /// A bare array (JSON `[…]`, XML `ArrayOfX` with one item element per record). For an array of
    /// `aws:` objects ``EndpointSchema/response`` is the item type.
    case array(of: DocumentedType)
    /// A bare scalar: JSON `299`, XML `<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">299</int>`.
    case scalar(DocumentedType)
    /// No body at all: the page says the operation has no response model (a 200 with an empty body).
    case empty

    /// The element type of an array shape, or `nil`.
    public var arrayElement: DocumentedType? {
        if case .array(let element) = self { return element }
        return nil
    }

    /// The stored spelling (see the type's documentation).
    public var description: String {
        switch self {
        case .object: "object"
        case .array(let element): "array of \(element)"
        case .scalar(let type): "scalar \(type)"
        case .empty: "empty"
        }
    }

    /// Reads the stored spelling; `nil` for anything else.
    public init?(stored text: String) {
        switch text {
        case "object": self = .object
        case "empty": self = .empty
        default:
            if text.hasPrefix("array of ") {
                self = .array(of: DocumentedType(documented: String(text.dropFirst("array of ".count))))
            } else if text.hasPrefix("scalar ") {
                self = .scalar(DocumentedType(documented: String(text.dropFirst("scalar ".count))))
            } else {
                return nil
            }
        }
    }
}

extension ResponseShape: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let shape = ResponseShape(stored: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a response shape (object, array of X, scalar X, empty)")
        }
        self = shape
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
