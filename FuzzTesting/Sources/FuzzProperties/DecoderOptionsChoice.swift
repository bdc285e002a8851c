import DataContractXML

/// The decoder options a fuzz input picks with its first byte: bit 0 strict namespaces, bit 1
/// unknown elements refused, bit 2 restricted character references refused, bit 3 small
/// limits (depth 8, 64 text bytes, 4 attributes, 2,048 document bytes, 4 referenced items),
/// bits 4–5 a charset for input without a byte order mark (none, `utf-16le`, `iso-8859-1`,
/// `utf-16be`).
public enum DecoderOptionsChoice {
    public static func options(_ byte: UInt8) -> DataContractDecoder.Options {
        var options = DataContractDecoder.Options()
        options.strictNamespaces = byte & 1 != 0
        options.unknownElements = byte & 2 != 0 ? .error : .skip
        options.restrictedCharacters = byte & 4 != 0 ? .refuse : .read
        if byte & 8 != 0 {
            options.limits = .init(
                maxDepth: 8, maxTextBytes: 64, maxAttributes: 4, maxDocumentBytes: 2048, maxReferencedItems: 4)
        }
        options.charset = [nil, "utf-16le", "iso-8859-1", "utf-16be"][Int(byte >> 4) & 3]
        return options
    }
}
