import DataContractXML
import Foundation

extension ResponseDecoder {
    func decodeXML<T: Decodable>(_ type: T.Type, from data: Data, charset: String?) throws -> T {
        try xmlDecoder(charset: charset).decode(type, from: data)
    }

    /// The XML decoder for a response whose `Content-Type` gives `charset`: one of the two kept
    /// (so their sessions are reused from response to response) when `charset` is absent, is
    /// the options' own, or is UTF-8 (what Web API sends); else one made for this call.
    private func xmlDecoder(charset: String?) -> DataContractDecoder {
        guard let charset = charset.flatMap(DataContractDecoder.Options.normalizedCharset) else { return xmlDecoder }
        if charset == xmlOptions.charset.flatMap(DataContractDecoder.Options.normalizedCharset) { return xmlDecoder }
        if charset == "utf-8" { return utf8XMLDecoder }
        var options = xmlOptions
        options.charset = charset
        return DataContractDecoder(options: options)
    }

    /// The kept decoders of ``xmlOptions``: as set, and with `charset` UTF-8.
    static func xmlDecoders(_ options: DataContractDecoder.Options) -> (DataContractDecoder, DataContractDecoder) {
        var utf8 = options
        utf8.charset = "utf-8"
        return (DataContractDecoder(options: options), DataContractDecoder(options: utf8))
    }
}
