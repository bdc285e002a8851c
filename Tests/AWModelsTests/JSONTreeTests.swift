import AWModels
import Testing

@Suite("JSONTree: the raw document with positions")
struct JSONTreeTests {
    @Test("duplicate keys are kept in order with their positions")
    func duplicates() throws {
        let tree = try JSONTree.parse(Array("{\"a\": 1,\n \"a\": 2}".utf8))
        guard case .object(let members, _) = tree.root else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "a"])
        #expect(members[1].keyPosition == JSONTree.Position(line: 2, column: 2, offset: 10))
        #expect(members[1].value == .number("2", JSONTree.Position(line: 2, column: 7, offset: 15)))
    }

    @Test("numbers keep their exact text; escapes and surrogate pairs decode")
    func values() throws {
        let tree = try JSONTree.parse(Array(#"[8.0000, -1.5E+3, "a\u00e9\ud83d\ude00\n", true, null]"#.utf8))
        guard case .array(let items, _) = tree.root else { Issue.record("not an array"); return }
        guard case .number("8.0000", _) = items[0], case .number("-1.5E+3", _) = items[1],
              case .string("aé😀\n", _) = items[2], case .bool(true, _) = items[3], case .null = items[4]
        else { Issue.record("unexpected items \(items)"); return }
    }

    @Test("grammar errors", arguments: [
        ("01", JSONSyntaxError.Code.invalidNumber), ("1.", .invalidNumber), ("+1", .unexpectedCharacter),
        ("\"\\x\"", .invalidEscape), ("\"\\ud800\"", .invalidEscape), ("1 2", .trailingContent),
        ("{'a': 1}", .unexpectedCharacter), ("", .unexpectedEnd),
        (String(repeating: "[", count: 600), .tooDeep),
    ])
    func grammar(text: String, code: JSONSyntaxError.Code) {
        #expect { try JSONTree.parse(Array(text.utf8)) } throws: { ($0 as? JSONSyntaxError)?.code == code }
    }

    @Test("invalid UTF-8 in a string is an error, not a replacement character")
    func invalidUTF8() {
        #expect { try JSONTree.parse([0x22, 0xC3, 0x28, 0x22]) } throws: { ($0 as? JSONSyntaxError)?.code == .invalidUTF8 }
    }
}
