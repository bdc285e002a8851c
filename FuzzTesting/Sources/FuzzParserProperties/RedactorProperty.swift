#if canImport(FuzzProperties)
import FuzzProperties
#endif
import AWConformance
import Foundation

/// `FuzzParsers` 5: `SecretRedactor` on text and on bytes around a known token.
///
/// Input: a piece that makes the token (letters and digits, at least
/// `SecretRedactor.wholeWordLength` long, with a digit, so it cannot be part of
/// `[REDACTED]`), a piece before it, the rest after it.
///
/// Properties: the token never survives, in `redact(_:)` of a `String` or of `Data`, whatever
/// stands around it; and a redactor that knows no secret still hides the credential after
/// `bearer ` when white space follows it.
enum RedactorProperty {
    static let name = "FuzzParsers.redactor"

    static let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    static func check(_ input: inout FuzzInput) throws(PropertyViolation) {
        var token = input.piece().map { alphabet[Int($0) % alphabet.count] }
        while token.count < SecretRedactor.wholeWordLength { token.append(UInt8(ascii: "7")) }
        if !token.contains(where: { (0x30...0x39).contains($0) }) { token.append(UInt8(ascii: "7")) }
        let secret = String(decoding: token, as: UTF8.self)
        let before = input.piece()
        let after = input.rest()
        let redactor = SecretRedactor(secrets: [secret])

        let bytes = before + token + after
        let text = String(decoding: bytes, as: UTF8.self)
        let redactedText = redactor.redact(text)
        try require(
            !redactedText.contains(secret), name, "the token \(secret) survives in \(redactedText.debugDescription)")
        let redactedData = redactor.redact(Data(bytes))
        try require(
            redactedData.range(of: Data(token)) == nil, name,
            "the token \(secret) survives in the bytes \(String(decoding: redactedData, as: UTF8.self).debugDescription)")

        let header = String(decoding: before, as: UTF8.self) + " Authorization: bearer " + secret + " " + String(decoding: after, as: UTF8.self)
        let redactedHeader = SecretRedactor().redact(header)
        try require(
            !redactedHeader.contains("bearer " + secret), name,
            "a bearer credential survives a redactor without secrets: \(redactedHeader.debugDescription)")
    }
}
