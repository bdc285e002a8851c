/// JSON string literals as Json.NET writes them.
package enum JSONText {
    /// `text` as a JSON string literal: `"` and `\` escaped, `\n` `\r` `\t` `\b` `\f`, other
    /// control characters as `\u001f` (lowercase hex, as Json.NET writes them), everything else
    /// (`/`, non-ASCII) as it is.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
