import DataContractXML
import Foundation

extension ResponseDecoder {
    func decodeXML<T: Decodable>(_ type: T.Type, from data: Data, charset: String?) throws -> T {
        throw ResponseDecodingError(
            code: .unsupportedMediaType,
            message: "XML decoding is not available yet in this build")
    }
}
