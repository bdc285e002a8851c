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

    /// A call statement as swift-format lays it out: `head(arguments)tail` on one line when it
    /// fits; else the arguments together on the next line, one level in, when they fit there;
    /// else one argument per line.
    mutating func statement(_ head: String, _ arguments: [String], _ tail: String = "") {
        let single = "\(head)(\(arguments.joined(separator: ", ")))\(tail)"
        if indentation.count + single.count <= Self.lineLength {
            line(single)
            return
        }
        let packed = "    " + arguments.joined(separator: ", ") + ")" + tail
        if indentation.count + packed.count <= Self.lineLength {
            line(head + "(")
            line(packed)
            return
        }
        call(head, arguments, tail)
    }

    /// `label "literal",` on one line when it fits, else the literal on a line of its own one
    /// level in, as swift-format moves a string it cannot break.
    mutating func labeledLiteral(_ label: String, _ text: String) {
        let single = "\(label) \(Self.literal(text)),"
        if indentation.count + single.count <= Self.lineLength {
            line(single)
        } else {
            line(label)
            let leading = label.prefix { $0 == " " }
            line("\(leading)    \(Self.literal(text)),")
        }
    }

    /// `head[items]tail` on one line when it fits, else one item per line, each followed by a
    /// comma, as swift-format writes a collection literal of several elements. `head` starts with
    /// the line's own indentation relative to the current level (`"    members: "`).
    mutating func arrayLiteral(_ head: String, _ items: [String], _ tail: String = "") {
        let single = "\(head)[\(items.joined(separator: ", "))]\(tail)"
        if indentation.count + single.count <= Self.lineLength {
            line(single)
            return
        }
        let leading = head.prefix { $0 == " " }
        line(head + "[")
        for item in items { line("\(leading)    \(item),") }
        line("\(leading)]\(tail)")
    }

    /// A computed property whose body is one expression: on one line when it fits, else as a block.
    mutating func computed(_ declaration: String, _ expression: String) {
        let single = "\(declaration) { \(expression) }"
        if indentation.count + single.count <= Self.lineLength {
            line(single)
        } else {
            block(declaration) { $0.line(expression) }
        }
    }

    /// White space runs (line breaks included) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Greedy word wrap; a word longer than the width stands alone on its line, and a word that
    /// Markdown would read as the start of a list, quote, heading or callout (`-`, `1.`, `#` …)
    /// never starts a line (it stays on the line before, past the width).
    static func wrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width || startsMarkdownBlock(word) {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Whether a line starting with `word` would be a Markdown block: `-`, `+`, `*`, `>`, `#…`,
    /// or a number followed by `.` or `)`.
    static func startsMarkdownBlock(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        if ["-", "+", "*"].contains(word) || first == ">" || first == "#" || first == "=" { return true }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && (word.dropFirst(digits.count) == "." || word.dropFirst(digits.count) == ")")
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
