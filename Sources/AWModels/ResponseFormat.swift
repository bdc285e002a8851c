import Foundation

/// The two wire formats of the API, chosen by the request's `Accept` header.
public enum ResponseFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Json.NET output: `application/json` or `text/json`.
    case json
    /// DataContractSerializer output: `application/xml` or `text/xml`.
    case xml

    public var description: String { rawValue }

    /// The media type the API answers this format with, and the one to ask for in `Accept`:
    /// `application/json` or `application/xml`.
    public var mediaType: String {
        switch self {
        case .json: "application/json"
        case .xml: "application/xml"
        }
    }

    /// The format a `Content-Type` value names, and its `charset` parameter.
    ///
    /// Accepts `application/json`, `text/json`, `application/xml`, `text/xml` and any
    /// `+json` / `+xml` structured suffix, case-insensitively, with any parameters
    /// (`application/json; charset=utf-8`).
    ///
    /// - Returns: the format and the charset (lowercased, quotes removed), or `nil` charset.
    /// - Throws: ``ResponseDecodingError`` with code `unsupportedMediaType` for any other type.
    public static func from(contentType: String) throws(ResponseDecodingError) -> (format: ResponseFormat, charset: String?) {
        let parts = contentType.split(separator: ";", omittingEmptySubsequences: false)
        let mediaType = parts[0].trimmingSpaces().lowercased()
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingSpaces().lowercased() == "charset" {
                charset = DataContractDecoder.Options.normalizedCharset(pair[1])
            }
        }
        switch mediaType {
        case "application/json", "text/json": return (.json, charset)
        case "application/xml", "text/xml": return (.xml, charset)
        case _ where mediaType.hasSuffix("+json"): return (.json, charset)
        case _ where mediaType.hasSuffix("+xml"): return (.xml, charset)
        default:
            throw ResponseDecodingError(
                code: .unsupportedMediaType,
                message: "the response's media type \"\(mediaType)\" is neither JSON (application/json, text/json) nor XML (application/xml, text/xml)")
        }
    }

    /// The format the bytes look like: XML when the first non-white-space character (after an
    /// optional UTF-8 or UTF-16 byte order mark) is `<`, JSON when it can start a JSON value
    /// (`{`, `[`, `"`, a digit, `-`, `t`, `f`, `n`).
    ///
    /// - Throws: ``ResponseDecodingError``: `emptyBody` or `unrecognizedFormat`.
    public static func sniff(_ bytes: some Collection<UInt8>) throws(ResponseDecodingError) -> ResponseFormat {
        var iterator = bytes.makeIterator()
        var first: [UInt8] = []
        while first.count < 4, let b = iterator.next() { first.append(b) }
        // Byte order marks: UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF.
        var stride = 1
        var skip = 0
        if first.starts(with: [0xEF, 0xBB, 0xBF]) {
            skip = 3
        } else if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) {
            skip = 2
            stride = 2
        }
        let bigEndian = first.starts(with: [0xFE, 0xFF])
        var index = 0
        for byte in bytes {
            defer { index += 1 }
            guard index >= skip else { continue }
            if stride == 2 {
                // Look only at the low byte of each UTF-16 code unit of ASCII characters.
                let isLowByte = (index - skip) % 2 == (bigEndian ? 1 : 0)
                if !isLowByte { continue }
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "<"): return .xml
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"),
                UInt8(ascii: "n"):
                return .json
            default:
                throw ResponseDecodingError(
                    code: .unrecognizedFormat,
                    message: "the response starts with \(Self.describe(byte)), which begins neither XML (\"<\") nor JSON; give the format or the Content-Type")
            }
        }
        throw ResponseDecodingError(code: .emptyBody, message: "the response body is empty")
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte)
            ? "\"\(Unicode.Scalar(byte))\"" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
