import DataContractXML
import Foundation

extension ResponseDecoder {
    func decodeXML<T: Decodable>(_ type: T.Type, from data: Data, charset: String?) throws -> T {
        var options = xmlOptions
        if let charset { options.charset = charset }
        return try DataContractDecoder(options: options).decode(type, from: data)
    }
}
