/// A character reference to a character XML 1.0 does not allow, such as `&#x1;` or `&#xB;`,
/// read where text belongs.
///
/// ASP.NET Web API writes XML with `XmlWriterSettings.CheckCharacters = false`, so a string
/// holding a control character (pasted from a spreadsheet, say) goes on the wire as a character
/// reference: `&#x0;` … `&#x8;`, `&#xB;`, `&#xC;`, `&#xE;` … `&#x1F;`, `&#xFFFE;`, `&#xFFFF;`.
/// `XmlDictionaryWriter.CreateTextWriter` writes the same references. .NET's own reader
/// (`DataContractSerializer.ReadObject`, `XmlDictionaryReader.CreateTextReader`) reads each back
/// as the character it names (measured with Mono 6.8). Strict XML parsers, libxml2 among them,
/// refuse the whole document ("xmlParseCharRef: invalid xmlChar value 11").
///
/// ``DataContractDecoder`` and ``XMLTree`` read such a reference as the exact character, as
/// .NET does (``DataContractDecoder/RestrictedCharacterPolicy/read``, the default); ``XMLTree``
/// lists each one in ``XMLTree/restrictedCharacters`` so that checks can report it.
///
/// What stays refused: the same characters written raw (not as a reference; .NET's reader
/// refuses them too, and .NET never writes them raw), a reference to a surrogate code point
/// (`&#xD800;`; .NET's writers never write one, and a Swift `String` cannot hold it), a
/// reference beyond U+10FFFF, and any of these in an attribute value.
public struct RestrictedCharacterReference: Hashable, Sendable, CustomStringConvertible {
    /// The character the reference names (U+0001 for `&#x1;`).
    public var scalar: Unicode.Scalar
    /// 1-based line and column of the reference's `&`.
    public var line: Int
    public var column: Int

    /// Creates a record of a reference to `scalar` at `line`, `column`.
    public init(scalar: Unicode.Scalar, line: Int, column: Int) {
        self.scalar = scalar
        self.line = line
        self.column = column
    }

    /// The reference as .NET writes it: `&#x` + the code point in uppercase hexadecimal + `;`
    /// (`&#xB;`, `&#xFFFE;`).
    public var spelling: String { "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";" }

    /// `U+000B (&#xB;) at line 1, column 12`.
    public var description: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " (\(spelling)) at line \(line), column \(column)"
    }

    /// The character a reference to code point `value` names when it is one XML 1.0 forbids
    /// but .NET writes and reads (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF);
    /// `nil` for any other value (allowed characters, surrogates, values beyond U+10FFFF).
    public static func restrictedScalar(_ value: Int) -> Unicode.Scalar? {
        switch value {
        case 0x0...0x8, 0xB, 0xC, 0xE...0x1F, 0xFFFE, 0xFFFF: Unicode.Scalar(UInt32(value))
        default: nil
        }
    }
}

extension DataContractDecoder {
    /// What to do with a character reference to a character XML 1.0 forbids (`&#x1;`), which
    /// .NET writes for control characters in strings (see ``RestrictedCharacterReference``).
    public enum RestrictedCharacterPolicy: Hashable, Sendable {
        /// Read it as the character it names, as .NET's DataContractSerializer does. The default.
        case read
        /// Refuse the document, as a strict XML 1.0 parser does: ``DataContractXMLError`` with
        /// code ``DataContractXMLError/Code/restrictedCharacter`` at the reference.
        case refuse
    }
}
