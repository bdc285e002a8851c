import DataContractXML
import Testing

/// The verdict on a document does not depend on where its bytes are cut into chunks
/// (FuzzTesting/KnownFailures of FuzzXMLStreaming, now fixed: see `ChunkBoundary`).
@Suite("chunk boundaries")
struct ChunkBoundaryTests {
    /// The error (code, line, column) of decoding `bytes` as a list of `Item?`, given as `chunks`.
    static func listError(_ chunks: [ArraySlice<UInt8>]) -> String {
        do {
            try DataContractDecoder().decodeItems(of: Item?.self, fromChunks: chunks) { _ in }
            return "none"
        } catch let error as DataContractXMLError {
            return "\(error.code) at \(error.line):\(error.column)"
        } catch {
            return "\(error)"
        }
    }

    /// Every way of cutting `bytes` once and twice.
    static func cuts(_ bytes: [UInt8]) -> [[ArraySlice<UInt8>]] {
        var all: [[ArraySlice<UInt8>]] = []
        for i in 0...bytes.count {
            all.append([bytes[..<i], bytes[i...]])
            for j in i...bytes.count { all.append([bytes[..<i], bytes[i..<j], bytes[j...]]) }
        }
        return all
    }

    @Test("an invalid UTF-8 byte in a start tag is an encoding error however the bytes are cut")
    func invalidByteInStartTag() {
        // libxml2 2.9.14 returned "no character" for a bad byte fewer than 4 bytes before the end
        // of its buffer: cut after "<a\xBE<>", the tag failed as "error parsing attribute name".
        let bytes: [UInt8] = Array("<a".utf8) + [0xBE] + Array("<>t>".utf8)
        #expect(Self.listError([bytes[...]]) == "xml.invalid-encoding at 1:3")
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == "xml.invalid-encoding at 1:3", "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("the first invalid UTF-8 sequence decides, however many later ones the cuts fall near")
    func firstInvalidSequenceAtThreeCuts() {
        // FuzzXMLStreaming (Failures/FuzzXMLStreaming/crash-libxml2-invalid-utf8-three-cuts): cut
        // at 5, 7 and 8, the bytes held back for the later `AC` and `F0 9F 98 80` left `C3` (whose
        // `3E` makes it invalid) 3 bytes before the end libxml2 had: "error parsing attribute
        // name" instead of "Input is not proper UTF-8".
        let bytes: [UInt8] = [0x3C, 0x61, 0xC3, 0x3E, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x3C]
        #expect(Self.listError([bytes[...]]) == "xml.invalid-encoding at 1:3")
        #expect(Self.listError([bytes[..<5], bytes[5..<7], bytes[7..<8], bytes[8...]]) == "xml.invalid-encoding at 1:3")
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == "xml.invalid-encoding at 1:3", "cut at \(chunks.dropLast().map(\.endIndex))")
        }
        // A run of invalid bytes is held back no further than its first: each byte fed alone.
        let run = Array("<a ".utf8) + [UInt8](repeating: 0xFF, count: 40) + Array("/>".utf8)
        let whole = Self.listError([run[...]])
        #expect(whole.hasPrefix("xml.invalid-encoding at 1:"), "\(whole)")
        #expect(Self.listError(run.indices.map { run[$0...$0] }) == whole)
    }

    @Test("an encoding converter that halts is xml.invalid-encoding, without position, however the bytes are cut")
    func haltedConverter() {
        // UTF-16LE (byte order mark) with a high surrogate followed by "A", not a low surrogate:
        // libxml2's converter stops; it reports that only on standard error, so the parse used
        // to end as an unexpected end or a not-well-formed document depending on the cuts.
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in #"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item>"#.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        bytes += [0x00, 0xD8, 0x41, 0x00]
        for unit in "</ArrayOfItem>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(Self.listError([bytes[...]]) == "xml.invalid-encoding at 0:0")
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == "xml.invalid-encoding at 0:0", "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("over the size limit, an error in the bytes within the limit is the verdict however the bytes are cut")
    func sizeLimitAfterAnEarlierError() {
        // FuzzXMLStreaming (Failures/FuzzXMLStreaming/crash-size-limit-after-an-earlier-error):
        // whole, the size limit was checked before any byte was read (limit.document-size);
        // cut after the first bytes, libxml2 had already refused them (xml.not-well-formed at 1:1).
        var options = DataContractDecoder.Options()
        options.limits.maxDocumentBytes = 40
        let decoder = DataContractDecoder(options: options)
        func error(_ chunks: [ArraySlice<UInt8>]) -> String {
            do {
                try decoder.decodeItems(of: Item?.self, fromChunks: chunks) { _ in }
                return "none"
            } catch let error as DataContractXMLError {
                return "\(error.code) at \(error.line):\(error.column)"
            } catch {
                return "\(error)"
            }
        }
        let notXML = Array("utf\u{0}<ArrayOfItem xmlns=\"urn:t\"><Item><Id>1</Id></Item></ArrayOfItem>".utf8)
        #expect(error([notXML[...]]) == "xml.not-well-formed at 1:1")
        for chunks in Self.cuts(notXML) { #expect(error(chunks) == "xml.not-well-formed at 1:1", "cut at \(chunks.dropLast().map(\.endIndex))") }
        let wellFormed = Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item></ArrayOfItem>"#.utf8)
        #expect(error([wellFormed[...]]) == "limit.document-size at 0:0")
        for chunks in Self.cuts(wellFormed) { #expect(error(chunks) == "limit.document-size at 0:0", "cut at \(chunks.dropLast().map(\.endIndex))") }
    }

    @Test("an XML declaration's own error comes before the converter's refusal of later bytes, however the bytes are cut")
    func declarationBeforeConverter() {
        // FuzzXMLStreaming (Failures/FuzzXMLStreaming/crash-encoding-declaration-error-or-converter-first):
        // whole, libxml2 converted every byte it had when the declaration named UTF-7 and the
        // converter refused the later bytes first (xml.invalid-encoding); cut inside the
        // declaration, its own error came first. The declaration is now handed on its own.
        let bytes = Array(#"<?xml version="1.0" encoding="utf-7."??><a>><"#.utf8) + [0x0F, 0x00, 0x4D, 0x4C]
        let whole = Self.listError([bytes[...]])
        #expect(whole.hasPrefix("xml.not-well-formed at 1:"), "\(whole)")
        #expect(Self.listError([bytes[..<5], bytes[5..<40], bytes[40..<41], bytes[41...]]) == whole)
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == whole, "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("a piece ending in CR: libxml2 holds the CR back, so it does not count toward the 4 bytes after a bad byte")
    func finalCarriageReturn() {
        // FuzzXMLStreaming (Failures/FuzzXMLStreaming/crash-final-cr-held-by-libxml2): cut at 3
        // and 6, libxml2 parsed `<a\xC1a>` with the CR held back: "error parsing attribute name".
        let bytes = Array("<a".utf8) + [0xC1] + Array("a>\r\t\t\tt</a>".utf8)
        #expect(Self.listError([bytes[...]]) == "xml.invalid-encoding at 1:3")
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == "xml.invalid-encoding at 1:3", "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("a UCS-4 start tag left open is the same error however the bytes are cut")
    func ucs4UnfinishedStartTag() {
        // Cut inside the second 4-byte character, libxml2 never converted the rest and said
        // "Extra content at the end of the document" at 1:1 instead of the open tag at 1:3.
        let bytes: [UInt8] = [0, 0, 0, 0x3C, 0, 0, 0, 0x79]  // "<y" in UCS-4 big-endian
        let whole = Self.listError([bytes[...]])
        #expect(whole == "xml.unexpected-end at 1:3" || whole == "xml.not-well-formed at 1:3", "\(whole)")
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == whole, "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("a well-formed UCS-4 list decodes at every cut")
    func ucs4WellFormedList() throws {
        let text = #"<ArrayOfItem xmlns="urn:t"><Item><Id>7</Id><Name>é</Name></Item></ArrayOfItem>"#
        let bytes = text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let v = scalar.value
            return [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
        }
        for i in 0...bytes.count {
            var items: [Item] = []
            try DataContractDecoder().decodeItems(of: Item.self, fromChunks: [bytes[..<i], bytes[i...]]) { items.append($0) }
            #expect(items == [Item(id: 7, name: "é")], "cut at \(i)")
        }
    }

    @Test("non-ASCII text cut anywhere decodes as whole, and items still arrive as their end tags do")
    func utf8TextAtEveryCut() throws {
        let bytes = Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id><Name>日本語 ü</Name></Item><Item><Id>2</Id></Item></ArrayOfItem>"#.utf8)
        for i in 0...bytes.count {
            var items: [Item] = []
            try DataContractDecoder().decodeItems(of: Item.self, fromChunks: [bytes[..<i], bytes[i...]]) { items.append($0) }
            #expect(items == [Item(id: 1, name: "日本語 ü"), Item(id: 2)], "cut at \(i)")
        }
        let reader = DataContractListReader(of: Item.self)
        let first = try reader.feed(Array(#"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id><Name>日</Name></Item>"#.utf8))
        #expect(first == [Item(id: 1, name: "日")])
    }
    @Test("an invalid UCS-4 code point is the same error however the bytes are cut, 4-byte pieces too")
    func ucs4InvalidCodePointAtEveryCut() {
        // FuzzXMLStreaming (Failures/FuzzXMLStreaming/crash-ucs4-invalid-code-point-missed-at-three-pieces):
        // "<" then the code point 0x0D0D0D0D in UCS-4 big-endian. Whole, libxml2's converter
        // refused it; handed in 4-byte pieces (cut at 8 and 12) it was never converted and the
        // document ended with no root element. A converted document now reaches libxml2 in
        // blocks counted from its start, whatever the cuts.
        let bytes: [UInt8] = [0, 0, 0, 0x3C] + [UInt8](repeating: 0x0D, count: 12) + [0xED, 0x87, 0xF2]
        let whole = Self.listError([bytes[...]])
        #expect(whole == "xml.invalid-encoding at 0:0")
        #expect(Self.listError([bytes[..<8], bytes[8..<12], bytes[12...]]) == whole)
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == whole, "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("a UTF-32 document cut by the size limit inside a code unit: limit.document-size however the bytes are cut")
    func sizeLimitInsideAUCS4Unit() {
        // Review of the converted-document blocks: at the limit a block may end inside a
        // 4-byte unit, which must not turn into an encoding error.
        let text = #"<ArrayOfItem xmlns="urn:t"><Item><Id>1</Id></Item><Item><Id>2</Id></Item></ArrayOfItem>"#
        let bytes: [UInt8] = text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let v = scalar.value
            return [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
        }
        var options = DataContractDecoder.Options()
        func verdict(_ chunks: [ArraySlice<UInt8>]) -> String {
            do {
                try DataContractDecoder(options: options).decodeItems(of: Item?.self, fromChunks: chunks) { _ in }
                return "none"
            } catch let error as DataContractXMLError {
                return "\(error.code)"
            } catch {
                return "\(error)"
            }
        }
        #expect(verdict([bytes[...]]) == "none")
        options.limits.maxDocumentBytes = 4 * 40 + 2
        #expect(verdict([bytes[...]]) == "limit.document-size")
        for cut in stride(from: 1, to: bytes.count, by: 3) {
            #expect(verdict([bytes[..<cut], bytes[cut...]]) == "limit.document-size", "cut at \(cut)")
        }
    }

    @Test("after a declaration naming UTF-7, the converter's refusal and an earlier error: one verdict however the bytes are cut")
    func utf7ConverterOrEarlierError() {
        // FuzzXMLStreaming (Failures/FuzzXMLStreaming/crash-encoding-declaration-or-converter-first-asan-session):
        // cut at 40 and 41, "@" alone was read first (xml.not-well-formed at 1:40); whole, the
        // converter's refusal of 0F came first (xml.invalid-encoding).
        let bytes = Array(#"<?xml version="1.0" encoding="utf-7."?>@<a>><"#.utf8) + [0x0F, 0x00, 0x4D, 0x4C]
        let whole = Self.listError([bytes[...]])
        #expect(Self.listError([bytes[..<5], bytes[5..<40], bytes[40..<41], bytes[41...]]) == whole)
        for chunks in Self.cuts(bytes) {
            #expect(Self.listError(chunks) == whole, "cut at \(chunks.dropLast().map(\.endIndex))")
        }
    }

    @Test("a UTF-16 list fed in small chunks still gives items before the end, a block at a time")
    func utf16ListStreamsByBlock() throws {
        var text = #"<ArrayOfItem xmlns="urn:t">"#
        for i in 0..<3_000 { text += "<Item><Id>\(i)</Id></Item>" }
        text += "</ArrayOfItem>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let reader = DataContractListReader(of: Item.self)
        var beforeFinish: [Item] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 1_000)
            beforeFinish += try reader.feed(bytes[start..<end])
            start = end
        }
        let all = beforeFinish + (try reader.finish())
        #expect(bytes.count > 2 * 64 * 1024)
        #expect(all == (0..<3_000).map { Item(id: $0) })
        // Two whole blocks of 64 KiB (the first 2,562 items or so, 46 to 52 bytes each) were
        // handed before the end; the rest (153,862 bytes in all) waits for `finish`.
        #expect(beforeFinish.count >= 2_500)
        #expect(beforeFinish.count < 3_000)
    }
}
