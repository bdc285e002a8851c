/// Any DataContract element, decoded through the `Decoder` protocol alone: `nil` (`i:nil`),
/// text (an element without child elements), or its children by local name, the first of each
/// name in document order (what a keyed container sees).
///
/// The fuzz targets decode into it where a model would skip what it does not know, so that the
/// whole document goes through the decoder's containers.
public indirect enum AnyElement: Decodable, Hashable, Sendable {
    case null
    case text(String)
    case children([Member])

    /// One child: its local name and its value.
    public struct Member: Hashable, Sendable {
        public var name: String
        public var value: AnyElement
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
            return
        }
        if let keyed = try? decoder.container(keyedBy: Key.self), !keyed.allKeys.isEmpty {
            self = .children(try keyed.allKeys.map { key in
                Member(name: key.stringValue, value: try keyed.decode(AnyElement.self, forKey: key))
            })
            return
        }
        self = .text(try single.decode(String.self))
    }
}
