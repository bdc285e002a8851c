/// Swift source text built line by line, indented by four spaces per level, with documentation
/// comments wrapped at ``lineLength`` columns: the generated files' layout.
struct SwiftSource {
    /// The column limit for wrapped comments and parameter lists.
    static let lineLength = 100

    private(set) var lines: [String] = []
    private var level = 0

    var indentation: String { String(repeating: "    ", count: level) }

    /// The text, ending with one line break.
    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func line(_ text: String = "") {
        lines.append(text.isEmpty ? "" : indentation + text)
    }

    /// `header {`, the body one level in, `}`.
    mutating func block(_ header: String, _ body: (inout SwiftSource) -> Void) {
        line(header + " {")
        level += 1
        body(&self)
        level -= 1
        line("}")
    }

    /// A `///` comment of paragraphs, each wrapped at the column limit, separated by `///` lines.
    mutating func doc(_ paragraphs: [String]) {
        comment(paragraphs, prefix: "///")
    }

    /// A `//` comment, wrapped.
    mutating func comment(_ paragraphs: [String], prefix: String = "//") {
        let texts = paragraphs.map(Self.collapsed).filter { !$0.isEmpty }
        for (index, paragraph) in texts.enumerated() {
            if index > 0 { line(prefix) }
            for wrapped in Self.wrap(paragraph, width: Self.lineLength - indentation.count - prefix.count - 1) {
                line("\(prefix) \(wrapped)")
            }
        }
    }

    /// `head(` items `) tail` on one line when it fits, else one item per line.
    mutating func call(_ head: String, _ items: [String], _ tail: String) {
        let single = "\(head)(\(items.joined(separator: ", ")))\(tail)"
        if indentation.count + single.count <= Self.lineLength || items.isEmpty {
            line(single)
            return
        }
        line(head + "(")
        level += 1
        for (index, item) in items.enumerated() {
            line(item + (index == items.count - 1 ? "" : ","))
        }
        level -= 1
        line(")" + tail)
    }

    /// White space runs (line breaks included) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Greedy word wrap; a word longer than the width stands alone on its line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A Swift string literal of `text`: quotes, backslashes and control characters escaped.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
