/// Swift names made from the API's wire names: valid identifiers from any text (spaces, dashes,
/// digits first, keywords), in Swift's conventions (`lowerCamelCase` members and cases,
/// `UpperCamelCase` types), keeping the API's initialisms (`BookingID` → `bookingID`).
enum SwiftIdentifier {
    /// The words of a name: split at anything that is not an ASCII letter or digit.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `UpperCamelCase`: each word's first letter uppercased, the rest kept (`rental movie` →
    /// `RentalMovie`, `date-asc` → `DateAsc`); a leading digit gets a `_` (`_3DModel`); an empty or
    /// symbol-only name is `Value`.
    static func upperCamel(_ text: String) -> String {
        let joined = words(text).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return guarded(joined.isEmpty ? "Value" : joined)
    }

    /// `lowerCamelCase`: the first word's leading capitals lowered as Swift does for initialisms
    /// (`BookingID` → `bookingID`, `URL` → `url`, `SMSNumber` → `smsNumber`, `PINs` → `pins`), the
    /// other words capitalised (`date-asc` → `dateAsc`); digits first get a `_`; keywords are
    /// escaped with backticks by ``escaped(_:)`` where used.
    static func lowerCamel(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "value" }
        let rest = parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return guarded(lowerInitial(first) + rest)
    }

    /// Lowers the leading run of capitals of one word.
    static func lowerInitial(_ word: String) -> String {
        let characters = Array(word)
        let run = characters.prefix { $0.isUppercase }.count
        if run == 0 { return word }
        if run == characters.count { return word.lowercased() }
        let tail = characters[run...]
        // `PINs`: a plural `s` after an initialism belongs to it.
        if tail.elementsEqual("s") { return word.lowercased() }
        // `BookingID`, `Nickname`: only the first capital. `SMSNumber`: all but the last.
        let lowered = run == 1 ? 1 : run - 1
        return String(characters[..<lowered]).lowercased() + String(characters[lowered...])
    }

    /// A leading digit gets `_` so the name is an identifier.
    static func guarded(_ name: String) -> String {
        guard let first = name.first, first.isNumber else { return name }
        return "_" + name
    }

    /// The name as written in source: backticks around a keyword (`` `default` ``).
    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Type names a generated type must not take, because a group's types would then hide them:
    /// Swift's (`Type`, `Self`, `String` …), Foundation's the models use (`Data`, `Decimal` …),
    /// AWModels' and DataContractXML's (`Endpoint`, `DateTime` …) and the coding keys.
    static let reservedTypeNames: Set<String> = [
        "Type", "Protocol", "Self", "Any", "AnyObject", "Error", "Codable", "Encodable", "Decodable", "Hashable",
        "Sendable", "Equatable", "String", "Substring", "Character", "Int", "Int8", "Int16", "Int32", "Int64", "UInt",
        "UInt8", "UInt16", "UInt32", "UInt64", "Bool", "Double", "Float", "Array", "Dictionary", "Set", "Optional",
        "Result", "Never", "Void", "Encoder", "Decoder", "CodingKey", "CodingKeys", "OptionSet", "RawRepresentable",
        "Data", "Date", "Decimal", "URL", "URLQueryItem", "UUID", "Foundation", "Endpoint", "EndpointRequest",
        "EndpointHTTPRequest", "QueryParameterValue", "DocumentedDateFormat", "DocumentedFormatDecodable",
        "OpenEnumeration", "DateOnly", "CommaSeparatedIntegers", "EmptyResponse", "UndocumentedResponse",
        "ResponseDecoder", "ResponseFormat", "DateTime", "DataContract", "DataContractDescribing",
        "DataContractMemberwiseDecodable", "DataContractMemberReader", "AWModels", "DataContractXML", "Swift",
    ]

    /// Member names a generated struct's property must not take: they are the initialiser, the
    /// instance, or what `Hashable` gives.
    static let reservedMemberNames: Set<String> = ["init", "self", "super", "Type", "Protocol", "hashValue", "deinit", "subscript"]

    /// A request type's own members, which its properties must not take.
    static let reservedRequestMemberNames: Set<String> = reservedMemberNames.union([
        "endpoint", "queryItems", "isGroupManagerRequest", "httpRequest",
    ])

    /// Swift's keywords that need backticks as member or case names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "as", "false", "is", "nil", "self", "super", "throws", "true", "try",
        "Any", "Self", "some", "any", "await", "async", "package", "consume", "borrowing", "consuming",
    ]
}
