import Foundation

extension SchemaValue {
    /// The value as JSON the way Json.NET writes it: members in their order (a class's
    /// declaration order, which the page documents), no white space, `/` and non-ASCII
    /// characters as they are, `"` `\` and control characters escaped (`\n`, `\r`, `\t`, `\b`,
    /// `\f`, else `\u001F`), decimals and integers as their exact digits.
    ///
    /// Foundation's `JSONEncoder` is not used: on Linux it writes a keyed container's members in
    /// hash order, not in the order they were encoded.
    package var jsonText: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .decimal(let value): out += value.description
        case .string(let value): Self.writeString(value, to: &out)
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(member.name, to: &out)
                out += ":"
                member.value.write(to: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += JSONText.quoted(text)
    }
}
