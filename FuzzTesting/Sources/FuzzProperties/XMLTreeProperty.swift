import DataContractXML

/// Target 4, `FuzzXMLTree`: the same document (after a byte of decoder options,
/// ``DecoderOptionsChoice``) read by `XMLTree` strict, `XMLTree` lenient, and the streaming
/// `DataContractDecoder` (as ``AnyElement``).
///
/// Properties:
/// - strict `XMLTree` and the decoder agree on the verdict: the same error in reading the bytes
///   (code, line, column), or none from both;
/// - lenient `XMLTree` of a document strict reads is well-formed and the same tree;
/// - lenient `XMLTree` of a document strict refuses either throws the same error, or reports the
///   document not well-formed, its first libxml2 problem at strict's position.
public enum XMLTreeProperty: FuzzProperty {
    public static let name = "FuzzXMLTree"

    public static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        var input = FuzzInput(bytes)
        let options = DecoderOptionsChoice.options(input.byte())
        let document = input.rest()

        let strict = try DecodeOutcome.of(name) { try XMLTree.parse(document, lenient: false, options: options) }
        let lenient = try DecodeOutcome.of(name) { try XMLTree.parse(document, lenient: true, options: options) }
        let decoded = try DecodeOutcome.of(name) { try DataContractDecoder(options: options).decode(AnyElement.self, from: document) }

        switch strict {
        case .decoding(let description):
            throw PropertyViolation(name, "XMLTree threw a DecodingError: \(description)")
        case .value(let tree):
            try require(
                decoded.parseError == nil, name,
                "XMLTree reads the document, the decoder refuses it: \(decoded.parseError?.verdict ?? "")")
            guard case .value(let other) = lenient else {
                throw PropertyViolation(name, "strict XMLTree reads the document, lenient gives \(lenient.erased)")
            }
            try require(tree.isWellFormed && other.isWellFormed, name, "a tree read strictly has problems: \(other.problems)")
            try require(tree.root == other.root, name, "strict and lenient XMLTree read different trees")
        case .xml(let error):
            // XMLTree reads every `i:type` for the checks; the decoder only where a model asks.
            try require(
                decoded.parseError?.verdict == error.verdict || !error.isParseLevel, name,
                "XMLTree refuses the document with \(error.verdict), the decoder gives \(decoded.parseError?.verdict ?? "no such error")")
            switch lenient {
            case .xml(let other):
                try require(
                    other.verdict == error.verdict, name,
                    "strict XMLTree refuses with \(error.verdict), lenient with \(other.verdict)")
            case .value(let tree):
                try require(!tree.isWellFormed, name, "strict XMLTree refuses with \(error.verdict), lenient calls it well-formed")
                if let first = tree.problems.first {
                    try require(
                        first.verdict == error.verdict || !tree.repairs.isEmpty, name,
                        "strict XMLTree refuses with \(error.verdict), lenient's first problem is \(first.verdict)")
                }
            case .decoding(let description):
                throw PropertyViolation(name, "XMLTree threw a DecodingError: \(description)")
            }
        }
    }
}
