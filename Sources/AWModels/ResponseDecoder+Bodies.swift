import DataContractXML
import Foundation

extension ResponseDecoder {
    /// An ``EmptyResponse`` for a body of zero bytes or only white space.
    ///
    /// - Throws: ``ResponseDecodingError`` with code `response.unexpected-body` otherwise.
    package static func emptyResponse(_ data: Data) throws(ResponseDecodingError) -> EmptyResponse {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard data.allSatisfy(isSpace) else {
            throw ResponseDecodingError(
                code: .unexpectedBody,
                message: "the operation documents no response body, but \(data.count) bytes came")
        }
        return EmptyResponse()
    }

    /// An ``UndocumentedResponse`` holding `data`, once it is known to be well-formed.
    ///
    /// - Throws: the JSON path's `DecodingError` (with line and column) or the XML parser's
    ///   `DataContractXMLError` for a malformed body.
    func undocumentedResponse(_ data: Data, format: ResponseFormat, charset: String?) throws -> UndocumentedResponse {
        switch format {
        case .json:
            do {
                _ = try JSONTree.parse(data)
            } catch {
                throw Self.syntaxError(error)
            }
        case .xml:
            var options = xmlOptions
            if let charset { options.charset = charset }
            _ = try XMLTree.parse(data, options: options)
        }
        return UndocumentedResponse(body: data, format: format)
    }
}
