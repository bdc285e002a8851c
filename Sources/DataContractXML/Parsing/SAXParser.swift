private import CLibXML2

/// The libxml2 SAX2 push parser behind ``DataContractDecoder``: the only place in the module
/// with C types and unsafe pointers.
///
/// - Push parsing (`xmlCreatePushParserCtxt` + `xmlParseChunk`), input cut into pieces of at
///   most 64 KiB (libxml2 2.9 refuses single chunks over 10 MB without `XML_PARSE_HUGE`, which
///   is never set, as it lifts the safety limits). Where each piece ends is ``ChunkBoundary``'s
///   choice for UTF-8; a document libxml2 converts goes in blocks counted from where its
///   conversion starts (``blockStart``), so that libxml2 sees the same calls however it was cut.
/// - Options: `XML_PARSE_NONET` only (never `NOENT`, `HUGE`, `DTDLOAD`); `XML_PARSE_IGNORE_ENC`
///   when the caller supplies the charset.
/// - A DOCTYPE is refused in the `internalSubset` callback, which libxml2 calls before reading
///   any declaration; `entityDecl` and `getEntity` refuse entities too. So no entity is ever
///   declared, expanded or loaded.
/// - Names: SAX2 hands out pointers into the parser's dictionary (one pointer per distinct name),
///   mapped to ``NameTable`` ids through a small direct-mapped cache, bytes compared only on a
///   miss.
/// - The parser context is freed as soon as parsing fails, and in `deinit`. A parser made with
///   `keepsContext` (the one a decoding session keeps for whole documents) keeps the context
///   after a document that parsed without error and reuses it for the next
///   (``resetForDocument()``, `xmlCtxtResetPush`): libxml2's name dictionary stays, so the name
///   pointers it hands out, the pointer cache and ``NameTable`` ids stay valid from one response
///   to the next, and a small response does not pay for a new context, dictionary and cache.
final class SAXParser {
    private static let chunkSize = 64 * 1024
    fileprivate static let libraryInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    private struct OpenElement {
        var name: UnsafePointer<xmlChar>
        var prefix: UnsafePointer<xmlChar>?
        var line: Int32
        var column: Int32
        /// Where a child start tag with the same qualified name began (0: none).
        var sameNameChildLine: Int32 = 0
        var sameNameChildColumn: Int32 = 0
    }

    let names: NameTable
    let builder: ElementBuilder
    /// Keep the libxml2 context after a document that parsed without error, for the next one.
    private let keepsContext: Bool
    /// Whether the pointer cache holds pointers of the current context's dictionary (cleared
    /// when the context, and with it the dictionary, is freed).
    @exclusivity(unchecked) private var cacheValid = true
    private let limits: DataContractDecoder.Limits
    private let charset: String?
    /// Read past well-formedness errors (libxml2's `XML_PARSE_RECOVER`), collecting them in
    /// ``recoveredErrors`` instead of failing; for conformance checks only (``XMLTree``).
    /// Hostile input, limits and encoding errors still fail.
    private let recover: Bool
    /// The well-formedness errors read past in recover mode, in document order.
    @exclusivity(unchecked) private(set) var recoveredErrors: [DataContractXMLError] = []
    /// How to treat `&#x1;` and the like (see ``RestrictedCharacterReference``).
    private let restrictedPolicy: DataContractDecoder.RestrictedCharacterPolicy
    /// Whether to list the restricted character references read in ``restrictedCharacters``.
    private let recordsRestrictedCharacters: Bool
    /// The restricted character references read as characters, in document order (only when
    /// recording).
    @exclusivity(unchecked) private(set) var restrictedCharacters: [RestrictedCharacterReference] = []
    /// Set after a restricted reference was read: libxml2 marked the document not well-formed
    /// (and then drops entity references such as `&gt;`); ``restoreWellFormed()`` undoes that.
    @exclusivity(unchecked) fileprivate var wellFormedPending = false

    // The state read on every SAX event, and the per-document state read and reset for every
    // document (a small response is a few events, so those checks were ~3 % of its decode), is
    // exempt from run-time exclusivity checks (a check is a call into the runtime and a
    // thread-local lookup, about 75 instructions).
    // That is sound here: the parser is used from one thread, the callbacks never nest, and no
    // access to these properties spans a call that could reach them again.
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    @exclusivity(unchecked) private var head: [UInt8] = []
    /// Bytes received but not yet handed to libxml2 (see ``ChunkBoundary``).
    @exclusivity(unchecked) private var held: [UInt8] = []
    @exclusivity(unchecked) private var boundary = ChunkBoundary()
    /// For a document libxml2 converts (UCS-4, UTF-16, a charset, an encoding its declaration
    /// names): the document offset from which its bytes go to libxml2 in blocks of
    /// ``chunkSize`` counted from there, whatever chunks they came in (`nil` for UTF-8). How
    /// much libxml2's converter is given at once decides what it reports (an invalid UCS-4 code
    /// point in 4-byte pieces is never converted; UTF-7's refusal comes before or after the
    /// well-formedness error of the bytes it did convert), so the pieces must not depend on the
    /// cuts (FuzzXMLStreaming, crash-ucs4-invalid-code-point-missed-at-three-pieces,
    /// crash-encoding-declaration-or-converter-first-asan-session).
    @exclusivity(unchecked) private var blockStart: Int?
    /// The bytes of such a document received since the last whole block was handed.
    @exclusivity(unchecked) private var block: [UInt8] = []
    @exclusivity(unchecked) private var started = false
    @exclusivity(unchecked) private var finished = false
    @exclusivity(unchecked) private var received = 0
    @exclusivity(unchecked) private var failure: (any Error)?
    /// Set while libxml2 parses the end of the input (`xmlParseChunk` with terminate).
    @exclusivity(unchecked) private var terminating = false
    /// Whether a root start tag was read.
    @exclusivity(unchecked) private var sawRoot = false
    @exclusivity(unchecked) private var openElements: [OpenElement] = []

    // Direct-mapped cache from name pointer to name id.
    private static let cacheSlotBits = 10
    private static let cacheSlots = 1 << cacheSlotBits
    private let cacheKeys: UnsafeMutablePointer<UInt>
    private let cacheIDs: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var pointerIDs: [UInt: Int32] = [:]

    /// - Parameters:
    ///   - keepsContext: keep the libxml2 context (and its name dictionary) after a document
    ///     that parsed without error; the next document starts with ``resetForDocument()``.
    init(
        options: DataContractDecoder.Options, names: NameTable, builder: ElementBuilder, recover: Bool = false,
        recordsRestrictedCharacters: Bool = false, keepsContext: Bool = false
    ) {
        _ = Self.libraryInitialized
        self.names = names
        self.builder = builder
        self.keepsContext = keepsContext
        self.recover = recover
        self.restrictedPolicy = options.restrictedCharacters
        self.recordsRestrictedCharacters = recordsRestrictedCharacters
        self.limits = options.limits
        self.charset = options.charset
        cacheKeys = .allocate(capacity: Self.cacheSlots)
        cacheKeys.initialize(repeating: 0, count: Self.cacheSlots)
        cacheIDs = .allocate(capacity: Self.cacheSlots)
        cacheIDs.initialize(repeating: 0, count: Self.cacheSlots)
    }

    deinit {
        close()
        cacheKeys.deallocate()
        cacheIDs.deallocate()
    }

    /// Frees the parser context; safe to call more than once. The name pointers of its
    /// dictionary die with it, so the pointer cache no longer holds.
    private func close() {
        if let context {
            xmlFreeParserCtxt(context)
            self.context = nil
            cacheValid = false
        }
    }

    /// Makes a parser that finished a document ready for the next one: every per-document state
    /// back to its start, the libxml2 context (when kept), the pointer cache and the name ids
    /// kept. The next ``feed(_:)`` or ``finish()`` resets the kept context (`xmlCtxtResetPush`)
    /// instead of creating one.
    func resetForDocument() {
        // A document abandoned or failed halfway leaves libxml2 mid-parse: start afresh then.
        if failure != nil || started && !finished { close() }
        failure = nil
        head.removeAll(keepingCapacity: true)
        held.removeAll(keepingCapacity: true)
        boundary = ChunkBoundary()
        blockStart = nil
        block.removeAll()
        started = false
        finished = false
        received = 0
        terminating = false
        sawRoot = false
        openElements.removeAll(keepingCapacity: true)
        pendingTag = (start: -1, scanned: 0, attributes: 0, phase: TagPhase.tagName, quote: UInt8(0))
        listTextStart = (0, 0)
        recoveredErrors.removeAll()
        restrictedCharacters.removeAll()
        wellFormedPending = false
        builder.resetForDocument()
    }

    /// The bytes libxml2's name dictionary holds (`xmlDictGetUsage`), 0 without a context: what a
    /// kept context carries from document to document.
    var dictionaryBytes: Int {
        guard let dict = context?.pointee.dict else { return 0 }
        return Int(xmlDictGetUsage(dict))
    }

    // MARK: Feeding

    /// Parses the next bytes of the document; events go to ``builder`` as they are read.
    ///
    /// - Throws: ``DataContractXMLError`` for malformed, hostile or over-limit input, or any
    ///   error the builder's item handler throws. After an error every call throws it again.
    ///   After ``finish()``, throws ``DataContractXMLError/Code/feedAfterFinish``.
    func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) throws {
        if let failure { throw failure }
        guard !finished else {
            throw DataContractXMLError(
                code: .feedAfterFinish, line: 0, column: 0,
                message: "bytes were fed after finish() ended the document; use a new reader for another document")
        }
        let done: Void? = try bytes.withContiguousStorageIfAvailable { buffer in
            try feedContiguous(UnsafeRawBufferPointer(buffer))
        }
        if done == nil {
            var piece: [UInt8] = []
            piece.reserveCapacity(Self.chunkSize)
            for byte in bytes {
                piece.append(byte)
                if piece.count == Self.chunkSize {
                    try piece.withUnsafeBytes { try feedContiguous($0) }
                    piece.removeAll(keepingCapacity: true)
                }
            }
            if !piece.isEmpty { try piece.withUnsafeBytes { try feedContiguous($0) } }
        }
    }

    /// Ends the document: parses what libxml2 held back and checks that the root element closed.
    func finish() throws {
        if let failure { throw failure }
        guard !finished else { return }
        finished = true
        if !started { try start() }
        if !held.isEmpty {
            let last = held
            held = []
            try last.withUnsafeBytes { try parse($0) }
        }
        try handBlock()
        terminating = true
        if let context { failIfConverterHalted(xmlParseChunk(context, nil, 0, 1)) }
        terminating = false
        try check()
        if recover { try builder.closeAll() }
        if !builder.rootClosed {
            fail(
                DataContractXMLError(
                    code: .unexpectedEnd, line: currentLine, column: currentColumn,
                    message: builder.depth == 0
                        ? "the document has no root element" : "the document ends before its root element is closed"))
            try check()
        }
        if !keepsContext { close() }
    }

    private func feedContiguous(_ buffer: UnsafeRawBufferPointer) throws {
        let before = received
        received += buffer.count
        if let max = limits.maxDocumentBytes, received > max {
            // The bytes within the limit are read first, so that an error in them is the verdict
            // however the document was cut (FuzzXMLStreaming, crash-size-limit-after-an-earlier-error).
            if max > before { try feedWithinLimit(UnsafeRawBufferPointer(rebasing: buffer.prefix(max - before))) }
            try handBlock()
            if let context {
                // After an encoding declaration libxml2 converts only the first line until more
                // bytes come: what it holds unconverted is converted and read now, so that an
                // invalid sequence within the limit is found however the bytes were cut.
                failIfConverterHalted(xmlParseChunk(context, nil, 0, 0))
                if wellFormedPending { restoreWellFormed() }
                try check()
            }
            // A limit on the byte count has no position: where libxml2 had got to depends on how
            // the bytes were cut into chunks (FuzzXMLStreaming, crash-size-limit-position-depends-on-chunks).
            let error = DataContractXMLError(
                code: .documentSizeLimitExceeded, line: 0, column: 0,
                message: "the document is longer than the limit of \(max) bytes")
            fail(error)
            failure = error
            try check()
        }
        try feedWithinLimit(buffer)
    }

    /// Hands `buffer` on (the first 4 bytes start the parser), bytes known to be within the
    /// document-size limit.
    private func feedWithinLimit(_ buffer: UnsafeRawBufferPointer) throws {
        var remaining = buffer[...]
        if !started {
            let needed = min(4 - head.count, remaining.count)
            head.append(contentsOf: remaining.prefix(needed))
            remaining = remaining.dropFirst(needed)
            guard head.count >= 4 else { return }
            try start()
        }
        while !remaining.isEmpty, context != nil {
            if held.isEmpty {
                let piece = UnsafeRawBufferPointer(rebasing: remaining.prefix(Self.chunkSize))
                remaining = remaining.dropFirst(piece.count)
                try handOver(piece)
            } else {
                // The bytes held back from the last piece, completed by the first of these.
                var joined = held
                held = []
                let take = min(remaining.count, 8)
                joined.append(contentsOf: remaining.prefix(take))
                remaining = remaining.dropFirst(take)
                try joined.withUnsafeBytes { try handOver($0) }
            }
        }
    }

    /// Hands `piece` to libxml2, except the bytes at its end that ``ChunkBoundary`` says must
    /// wait for more input (kept in ``held``, at most 3, or the whole of a short piece).
    private func handOver(_ piece: UnsafeRawBufferPointer) throws {
        if blockStart == nil, context?.pointee.input?.pointee.buf?.pointee.encoder != nil {
            // The declaration named an encoding libxml2 converts (the declaration was handed on its own).
            blockStart = boundary.handedCount
        }
        if let blockStart {
            block.append(contentsOf: piece)
            while context != nil {
                let whole = Self.chunkSize - (boundary.handedCount - blockStart) % Self.chunkSize
                guard block.count >= whole else { break }
                let ready = Array(block.prefix(whole))
                block.removeFirst(whole)
                try ready.withUnsafeBytes { try parse($0) }
            }
            return
        }
        if let end = boundary.declarationEnd(in: piece) {
            // The XML declaration on its own, then the rest (see `ChunkBoundary.declarationEnd`).
            try handOver(UnsafeRawBufferPointer(rebasing: piece[..<end]))
            let rest = UnsafeRawBufferPointer(rebasing: piece[end...])
            if held.isEmpty {
                try handOver(rest)
            } else {
                var joined = held
                held = []
                joined.append(contentsOf: rest)
                try joined.withUnsafeBytes { try handOver($0) }
            }
            return
        }
        let keep = boundary.holdBack(piece)
        let ready = UnsafeRawBufferPointer(rebasing: piece.dropLast(keep))
        held.append(contentsOf: piece.suffix(keep))
        try parse(ready)
    }

    /// Hands the bytes of a converted document received since its last whole block (see
    /// ``blockStart``), at the end of the document or of what the size limit lets through.
    private func handBlock() throws {
        guard !block.isEmpty else { return }
        let last = block
        block = []
        try last.withUnsafeBytes { try parse($0) }
    }

    /// Hands `bytes` to `xmlParseChunk` (not the end of the document) and checks what came of it.
    private func parse(_ bytes: UnsafeRawBufferPointer) throws {
        guard let context, !bytes.isEmpty else { return }
        boundary.handed(bytes)
        let status = xmlParseChunk(context, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        if wellFormedPending { restoreWellFormed() }
        failIfConverterHalted(status)
        try check()
        refuseAttributeFloodInPendingStartTag()
        try check()
    }

    /// Fails with ``DataContractXMLError/Code/invalidEncoding`` when libxml2's encoding converter
    /// halted the parser (bytes that are invalid in a non-UTF-8 document's encoding): libxml2
    /// 2.9 then stops without an error of its own (it writes "input conversion failed" or
    /// "encoder error" to standard error only), and later calls would report an unexpected end
    /// or nothing. `status` is what `xmlParseChunk` returned: `-1` with `errNo` `-1` when the
    /// push failed in conversion, `XML_ERR_INVALID_ENCODING` when the final conversion did; the
    /// input buffer's `error` is `XML_IO_ENCODER` after a failed conversion in any case. No
    /// position: where libxml2 had got to depends on where the chunks were cut (what it had
    /// converted but not parsed is dropped), as for the document-size limit.
    private func failIfConverterHalted(_ status: Int32) {
        guard failure == nil, let context else { return }
        let halted =
            context.pointee.instate == XML_PARSER_EOF
            && ((status == -1 && context.pointee.errNo == -1) || status == Int32(XML_ERR_INVALID_ENCODING.rawValue))
        // The input buffer keeps the converter's failure even where the parser went on.
        let bufferFailed = context.pointee.input?.pointee.buf?.pointee.error == Int32(XML_IO_ENCODER.rawValue)
        guard halted || bufferFailed else { return }
        let error = DataContractXMLError(
            code: .invalidEncoding, line: 0, column: 0,
            message: "the bytes are not valid in the document's encoding: libxml2's converter stopped at an invalid byte sequence")
        fail(error)
        failure = error
    }

    /// Where the start tag libxml2 is waiting to see the end of begins (bytes from the start of
    /// the document), how much of it was scanned, and what the scan found.
    @exclusivity(unchecked) private var pendingTag = (start: -1, scanned: 0, attributes: 0, phase: TagPhase.tagName, quote: UInt8(0))

    /// Where the flood scan is in a pending start tag, read by the grammar of a well-formed one
    /// (`<Name (S Name S? = S? Value)* S? /?>`).
    private enum TagPhase {
        case tagName, beforeName, name, beforeEquals, beforeValue, value, afterValue
        /// The tag breaks the grammar: libxml2 will refuse it as not well-formed when it reads
        /// it, so the scan counts no further (its verdict must not depend on where chunks end).
        case broken
    }

    /// Refuses a start tag with more than ``DataContractDecoder/Limits/maxAttributes`` attributes
    /// while libxml2 still waits for its `>`: libxml2 compares each attribute with every earlier
    /// one when the tag is complete (quadratic), so 200,000 attributes would take seconds before
    /// `startElement` could count them. Counts only attributes of a well-formed tag: where the tag
    /// breaks the grammar first, libxml2's not-well-formed error is the verdict, as when the whole
    /// tag arrives in one piece. Every pending byte is scanned once.
    private func refuseAttributeFloodInPendingStartTag() {
        guard let context, context.pointee.instate == XML_PARSER_START_TAG, let input = context.pointee.input,
            let base = input.pointee.base, let cur = input.pointee.cur, let end = input.pointee.end, end > cur
        else { return }
        let start = Int(input.pointee.consumed) + (cur - base)
        if pendingTag.start != start { pendingTag = (start, 1, 0, .tagName, 0) }
        var p = cur + pendingTag.scanned
        while p < end, pendingTag.phase != .broken {
            let byte = p.pointee
            let space = LexicalForm.isXMLWhitespace(byte)
            let nameByte = !space && byte != UInt8(ascii: "=") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "<")
            if byte == UInt8(ascii: ">") && pendingTag.phase != .value { break }
            switch pendingTag.phase {
            case .tagName: pendingTag.phase = space ? .beforeName : nameByte ? .tagName : .broken
            case .beforeName: pendingTag.phase = space ? .beforeName : nameByte ? .name : .broken
            case .name:
                pendingTag.phase = space ? .beforeEquals : byte == UInt8(ascii: "=") ? .beforeValue : nameByte ? .name : .broken
            case .beforeEquals: pendingTag.phase = space ? .beforeEquals : byte == UInt8(ascii: "=") ? .beforeValue : .broken
            case .beforeValue:
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    pendingTag.quote = byte
                    pendingTag.phase = .value
                } else {
                    pendingTag.phase = space ? .beforeValue : .broken
                }
            case .value:
                if byte == pendingTag.quote {
                    pendingTag.phase = .afterValue
                    pendingTag.attributes += 1
                    if pendingTag.attributes > limits.maxAttributes {
                        var nameEnd = cur + 1
                        while nameEnd < end, nameEnd - cur < 100, !LexicalForm.isXMLWhitespace(nameEnd.pointee),
                            nameEnd.pointee != UInt8(ascii: ">"), nameEnd.pointee != UInt8(ascii: "/")
                        { nameEnd += 1 }
                        let name = String(decoding: UnsafeBufferPointer(start: cur + 1, count: nameEnd - cur - 1), as: UTF8.self)
                        fail(
                            DataContractXMLError(
                                code: .attributeLimitExceeded, line: currentLine, column: currentColumn,
                                message: "<\(name)> has more than \(limits.maxAttributes) attributes and namespace declarations; the limit is \(limits.maxAttributes)"))
                        return
                    }
                } else if byte == UInt8(ascii: "<") {
                    pendingTag.phase = .broken
                }
            case .afterValue:
                pendingTag.phase = space ? .beforeName : byte == UInt8(ascii: "/") ? .afterValue : .broken
            case .broken: break
            }
            p += 1
        }
        pendingTag.scanned = p - cur
    }

    /// The push parser context for a new document, given its first bytes (`nil`: none yet): the
    /// kept context reset (`xmlCtxtResetPush`, which keeps the name dictionary), or a new one.
    /// `nil` when libxml2 could not make one.
    private func makeContext(firstBytes: UnsafeBufferPointer<CChar>?) -> xmlParserCtxtPtr? {
        let chunk = firstBytes?.baseAddress
        let size = Int32(firstBytes?.count ?? 0)
        if let context {
            guard xmlCtxtResetPush(context, chunk, size, nil, nil) == 0 else {
                close()
                return makeContext(firstBytes: firstBytes)
            }
            return context
        }
        if !cacheValid {
            // A new dictionary may hand out the addresses of the freed one for other names.
            cacheKeys.update(repeating: 0, count: Self.cacheSlots)
            pointerIDs.removeAll()
            cacheValid = true
        }
        var handler = xmlSAXHandler()
        Self.installCallbacks(&handler)
        let userData = Unmanaged.passUnretained(self).toOpaque()
        return xmlCreatePushParserCtxt(&handler, userData, chunk, size, nil)
    }

    /// Sets the options of a new or reset context. A kept dictionary still holds the names of
    /// earlier documents, so its size limit (libxml2's `XML_MAX_DICTIONARY_LIMIT`, set when a
    /// context is made) is raised by what it holds: each document gets the same allowance as
    /// in a new context.
    private func useOptions(_ context: xmlParserCtxtPtr, _ options: Int32) {
        xmlCtxtUseOptions(context, options)
        if let dict = context.pointee.dict {
            let held = xmlDictGetUsage(dict)
            if held > 0 { xmlDictSetLimit(dict, held + Self.dictionaryLimit) }
        }
    }

    /// libxml2's limit on the bytes of names in one context's dictionary without
    /// `XML_PARSE_HUGE` (`XML_MAX_DICTIONARY_LIMIT` in parserInternals.h).
    private static let dictionaryLimit = 10_000_000

    /// Creates the push parser context from the first (up to) four bytes, which libxml2 uses to
    /// detect the encoding, or with the caller's charset when there is no byte order mark.
    private func start() throws {
        started = true
        let hasBOM =
            head.starts(with: [0xEF, 0xBB, 0xBF]) || head.starts(with: [0xFF, 0xFE])
            || head.starts(with: [0xFE, 0xFF])
        var options = Int32(XML_PARSE_NONET.rawValue)
        // libxml2 goes on after an error only in recovery; reading `&#x1;` needs that (every
        // other error still stops the parse in `libxml2Error`).
        if recover || restrictedPolicy == .read { options |= Int32(XML_PARSE_RECOVER.rawValue) }
        if let charset, let name = Self.libxml2EncodingName(charset), !hasBOM {
            options |= Int32(XML_PARSE_IGNORE_ENC.rawValue)
            guard let context = makeContext(firstBytes: nil) else {
                throw DataContractXMLError(code: .notWellFormed, line: 0, column: 0, message: "libxml2 could not create a parser")
            }
            self.context = context
            useOptions(context, options)
            if name != "UTF-8" {
                let encoding = xmlFindCharEncodingHandler(name)
                guard let encoding, xmlSwitchToEncoding(context, encoding) == 0 else {
                    // On failure libxml2 2.9 may not have handed the handler to the input buffer
                    // (e.g. no input yet): free it unless the buffer owns it, then the context.
                    if let encoding, context.pointee.input?.pointee.buf?.pointee.encoder != encoding {
                        xmlCharEncCloseFunc(encoding)
                    }
                    close()
                    let error = DataContractXMLError(
                        code: .unsupportedCharset, line: 0, column: 0,
                        message: "the charset \"\(charset)\" is not one libxml2 can decode")
                    failure = error
                    throw error
                }
            }
            // The first bytes go through the same boundary rule as every later piece.
            boundary.unit = ChunkBoundary.unit(head: head, encodingName: name)
            if name != "UTF-8" { blockStart = 0 }
            held = head
        } else {
            boundary.unit = ChunkBoundary.unit(head: head, encodingName: nil)
            if ChunkBoundary.isConverted(head: head) { blockStart = head.count }
            boundary.handed(head)
            let bytes = head
            let created = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in makeContext(firstBytes: chars) }
            }
            guard let context = created else {
                throw DataContractXMLError(code: .notWellFormed, line: 0, column: 0, message: "libxml2 could not create a parser")
            }
            self.context = context
            useOptions(context, options)
        }
        head.removeAll(keepingCapacity: true)
        try check()
    }

    /// libxml2's name for a caller's charset (normalised by
    /// ``DataContractDecoder/Options/normalizedCharset(_:)``), or `nil` for an empty one.
    private static func libxml2EncodingName(_ charset: String) -> String? {
        guard let lower = DataContractDecoder.Options.normalizedCharset(charset) else { return nil }
        switch lower {
        case "utf-8", "utf8": return "UTF-8"
        case "utf-16", "utf16": return "UTF-16BE"
        case "utf-16le", "utf16le": return "UTF-16LE"
        case "utf-16be", "utf16be": return "UTF-16BE"
        default: return lower
        }
    }

    /// Throws the recorded failure, freeing the context first.
    private func check() throws {
        guard let failure else { return }
        close()
        throw failure
    }

    /// Records the first failure and stops libxml2.
    private func fail(_ error: any Error) {
        guard failure == nil else { return }
        if var xmlError = error as? DataContractXMLError, xmlError.line == 0 {
            xmlError.line = currentLine
            xmlError.column = currentColumn
            failure = xmlError
        } else {
            failure = error
        }
        if let context { xmlStopParser(context) }
    }

    private var currentLine: Int {
        guard let context, let input = context.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    private var currentColumn: Int {
        guard let context, let input = context.pointee.input else { return 0 }
        return Int(input.pointee.col)
    }

    // MARK: Names

    @inline(__always)
    private func nameID(_ pointer: UnsafePointer<xmlChar>?) -> Int32 {
        guard let pointer else { return NameTable.empty }
        let bits = UInt(bitPattern: pointer)
        // Fibonacci hashing: names sit a few bytes apart in libxml2's dictionary, and a slot
        // taken from the address bits alone put neighbours in the same slot (two in three
        // lookups missed).
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> UInt(64 - Self.cacheSlotBits))
        if cacheKeys[slot] == bits { return cacheIDs[slot] }
        let id: Int32
        if let known = pointerIDs[bits] {
            id = known
        } else {
            id = names.id(for: String(cString: pointer))
            pointerIDs[bits] = id
        }
        cacheKeys[slot] = bits
        cacheIDs[slot] = id
        return id
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func qualifiedName(_ name: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?) -> String {
        prefix.map { string($0) + ":" + string(name) } ?? string(name)
    }

    // MARK: Callbacks

    private static func parser(_ ctx: UnsafeMutableRawPointer?) -> SAXParser {
        Unmanaged<SAXParser>.fromOpaque(ctx!).takeUnretainedValue()
    }

    private static func installCallbacks(_ handler: inout xmlSAXHandler) {
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { ctx, localname, prefix, uri, nbNamespaces, _, nbAttributes, _, attributes in
            SAXParser.parser(ctx).startElement(
                localname, prefix, uri, Int(nbNamespaces), Int(nbAttributes), attributes)
        }
        handler.endElementNs = { ctx, _, _, _ in
            SAXParser.parser(ctx).endElement()
        }
        handler.characters = { ctx, ch, len in
            SAXParser.parser(ctx).characters(ch, len)
        }
        handler.ignorableWhitespace = { ctx, ch, len in
            SAXParser.parser(ctx).characters(ch, len)
        }
        handler.cdataBlock = { ctx, ch, len in
            SAXParser.parser(ctx).characters(ch, len)
        }
        handler.internalSubset = { ctx, name, _, _ in
            let parser = SAXParser.parser(ctx)
            parser.fail(
                DataContractXMLError(
                    code: .doctypeRefused, line: 0, column: 0,
                    message: "a DOCTYPE (<!DOCTYPE \(SAXParser.string(name))>) is not allowed: DataContract XML never has one, and a DTD is how entity expansion and external entities get in"))
        }
        handler.entityDecl = { ctx, name, _, _, _, _ in
            SAXParser.parser(ctx).fail(
                DataContractXMLError(
                    code: .entityRefused, line: 0, column: 0,
                    message: "the entity declaration \"\(SAXParser.string(name))\" is not allowed"))
        }
        handler.getEntity = { ctx, name in
            SAXParser.parser(ctx).fail(
                DataContractXMLError(
                    code: .entityRefused, line: 0, column: 0,
                    message: "the entity reference &\(SAXParser.string(name)); is not allowed: only the predefined entities and character references are"))
            return nil
        }
        handler.serror = { userData, error in
            guard let userData, let error else { return }
            SAXParser.parser(userData).libxml2Error(error.pointee)
        }
    }

    private func startElement(
        _ localname: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
        _ uri: UnsafePointer<xmlChar>?, _ nbNamespaces: Int, _ nbAttributes: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        if wellFormedPending { restoreWellFormed() }
        guard failure == nil, let localname, let context else {
            if let context { xmlStopParser(context) }
            return
        }
        // Where the start tag begins: libxml2 is at its end ('>' or "/>"); walk back to '<'.
        let input = context.pointee.input!
        var line = input.pointee.line
        var column = input.pointee.col
        if let cur = input.pointee.cur, let base = input.pointee.base {
            let p = Self.lastTagOpen(before: cur, base: base)
            let (characters, newlines) = Self.charactersAndNewlines(from: p, to: cur)
            if p.pointee == UInt8(ascii: "<") {
                if newlines == 0 {
                    column = max(1, column - characters)
                } else {
                    line -= newlines
                    var q = p
                    var before: Int32 = 0
                    while q > base, (q - 1).pointee != 0x0A {
                        q -= 1
                        if q.pointee & 0xC0 != 0x80 { before += 1 }
                    }
                    column = q > base || q == base && line == 1 ? before + 1 : 0
                }
            }
        }
        let depth = openElements.count + 1
        if depth > limits.maxDepth {
            fail(
                DataContractXMLError(
                    code: .depthLimitExceeded, line: Int(line), column: Int(column),
                    message: "elements nest deeper than the limit of \(limits.maxDepth) levels"))
            return
        }
        if nbAttributes + nbNamespaces > limits.maxAttributes {
            fail(
                DataContractXMLError(
                    code: .attributeLimitExceeded, line: Int(line), column: Int(column),
                    message: "<\(Self.qualifiedName(localname, prefix))> has \(nbAttributes + nbNamespaces) attributes and namespace declarations; the limit is \(limits.maxAttributes)"))
            return
        }
        if let parent = openElements.last, parent.sameNameChildLine == 0, parent.name == localname,
            parent.prefix == prefix
        {
            openElements[openElements.count - 1].sameNameChildLine = line
            openElements[openElements.count - 1].sameNameChildColumn = column
        }
        openElements.append(OpenElement(name: localname, prefix: prefix, line: line, column: column))
        sawRoot = true

        var tag = StartTag(name: nameID(localname), namespace: nameID(uri), line: line, column: column)
        var extras: ElementExtras? = nil
        if nbAttributes > 0, let attributes {
            for index in 0..<nbAttributes {
                let a = attributes + index * 5
                let attributeNamespace = nameID(a[2])
                guard attributeNamespace == NameTable.xsiNamespace
                    || attributeNamespace == NameTable.serializationNamespace,
                    let valueStart = a[3], let valueEnd = a[4]
                else { continue }
                let name = nameID(a[0])
                let value = UnsafeBufferPointer(start: valueStart, count: valueEnd - valueStart)
                if attributeNamespace == NameTable.xsiNamespace {
                    if name == NameTable.nilName {
                        tag.nilState = Self.nilState(value)
                        if tag.nilState == .invalid {
                            extras = extras ?? ElementExtras()
                            extras?.invalidNilText = String(decoding: value, as: UTF8.self)
                        } else if extras != nil {
                            extras?.invalidNilText = nil
                        }
                    } else if name == NameTable.typeName {
                        do {
                            let type = try resolveQName(value, context: context, line: line, column: column)
                            extras = extras ?? ElementExtras()
                            extras?.xsiType = type
                        } catch {
                            fail(error)
                            return
                        }
                    }
                } else if name == NameTable.refName {
                    extras = extras ?? ElementExtras()
                    extras?.reference = String(decoding: value, as: UTF8.self)
                } else if name == NameTable.idName {
                    extras = extras ?? ElementExtras()
                    extras?.id = String(decoding: value, as: UTF8.self)
                }
            }
        }
        do {
            try builder.startElement(tag, extras: extras)
        } catch {
            fail(error)
        }
        if openElements.count == 1 { listTextStart = (currentLine, currentColumn) }
    }

    /// The last `<` in `base ..< end`, or `base` when there is none: where the start tag that
    /// ends at `end` begins. Reads eight bytes at a time (a tag with its namespace declarations
    /// is often 40 to 100 bytes long, and this runs for every element).
    @inline(__always)
    fileprivate static func lastTagOpen(before end: UnsafePointer<xmlChar>, base: UnsafePointer<xmlChar>) -> UnsafePointer<xmlChar> {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let pattern: UInt64 = 0x3C3C_3C3C_3C3C_3C3C  // "<" in every byte
        var p = end
        while p - base >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(p - 8).loadUnaligned(as: UInt64.self)) ^ pattern
            // The high bit of each byte of `found` is set exactly where `word` has a zero byte.
            let found = ~(((word & lows) &+ lows) | word | lows)
            if found != 0 {
                return p - 8 + (7 - found.leadingZeroBitCount / 8)
            }
            p -= 8
        }
        while p > base {
            p -= 1
            if p.pointee == UInt8(ascii: "<") { return p }
        }
        return base
    }

    /// The number of characters (bytes that do not continue a UTF-8 sequence) and of line feeds
    /// in `start ..< end`.
    @inline(__always)
    fileprivate static func charactersAndNewlines(from start: UnsafePointer<xmlChar>, to end: UnsafePointer<xmlChar>) -> (Int32, Int32) {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        var characters = 0
        var newlines = 0
        var p = start
        while end - p >= 8 {
            let word = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
            // 10xxxxxx continues a sequence: bit 7 set and bit 6 clear.
            let continuations = word & ~(word << 1) & highs
            let feeds = word ^ lineFeeds
            let found = ~(((feeds & lows) &+ lows) | feeds | lows)
            characters &+= 8 - continuations.nonzeroBitCount
            newlines &+= found.nonzeroBitCount
            p += 8
        }
        while p < end {
            let byte = p.pointee
            characters &+= byte & 0xC0 != 0x80 ? 1 : 0
            newlines &+= byte == 0x0A ? 1 : 0
            p += 1
        }
        return (Int32(truncatingIfNeeded: characters), Int32(truncatingIfNeeded: newlines))
    }

    /// The xs:boolean in an `i:nil` value (surrounding XML white space allowed), compared byte
    /// by byte: no allocation (this runs for every `i:nil` attribute).
    @inline(__always)
    private static func nilState(_ value: UnsafeBufferPointer<UInt8>) -> StartTag.NilState {
        var start = 0
        var end = value.count
        while start < end, LexicalForm.isXMLWhitespace(value[start]) { start += 1 }
        while end > start, LexicalForm.isXMLWhitespace(value[end - 1]) { end -= 1 }
        switch end - start {
        case 1:
            if value[start] == UInt8(ascii: "1") { return .isTrue }
            if value[start] == UInt8(ascii: "0") { return .isFalse }
        case 4:
            if value[start] == UInt8(ascii: "t"), value[start + 1] == UInt8(ascii: "r"),
                value[start + 2] == UInt8(ascii: "u"), value[start + 3] == UInt8(ascii: "e")
            {
                return .isTrue
            }
        case 5:
            if value[start] == UInt8(ascii: "f"), value[start + 1] == UInt8(ascii: "a"),
                value[start + 2] == UInt8(ascii: "l"), value[start + 3] == UInt8(ascii: "s"),
                value[start + 4] == UInt8(ascii: "e")
            {
                return .isFalse
            }
        default: break
        }
        return .invalid
    }

    /// Resolves an `i:type` xs:QName against the namespace bindings in scope (libxml2's
    /// namespace stack, which already holds this element's declarations).
    private func resolveQName(
        _ value: UnsafeBufferPointer<UInt8>, context: xmlParserCtxtPtr, line: Int32, column: Int32
    ) throws -> (namespace: Int32, name: Int32) {
        let text = String(decoding: value, as: UTF8.self)
        let trimmed = Array(value.drop { LexicalForm.isXMLWhitespace($0) }.reversed().drop { LexicalForm.isXMLWhitespace($0) }.reversed())
        let parts = trimmed.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        func invalid(_ why: String) -> DataContractXMLError {
            DataContractXMLError(
                code: .invalidXSIType, line: Int(line), column: Int(column),
                message: "i:type=\"\(text)\" \(why)")
        }
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }),
            !trimmed.contains(where: { LexicalForm.isXMLWhitespace($0) })
        else { throw invalid("is not a QName") }
        let prefix: [UInt8]? = parts.count == 2 ? Array(parts[0]) : nil
        let local = String(decoding: parts[parts.count - 1], as: UTF8.self)
        var namespace: String? = prefix == nil ? "" : nil
        let count = Int(context.pointee.nsNr)
        if let table = context.pointee.nsTab, count >= 2 {
            var i = count - 2
            while i >= 0 {
                let boundPrefix = table[i]
                let matches: Bool
                if let prefix {
                    if let boundPrefix {
                        matches = Self.string(boundPrefix).utf8.elementsEqual(prefix)
                    } else {
                        matches = false
                    }
                } else {
                    matches = boundPrefix == nil
                }
                if matches {
                    namespace = Self.string(table[i + 1])
                    break
                }
                i -= 2
            }
        }
        guard let namespace else {
            throw invalid("uses the prefix \"\(String(decoding: prefix ?? [], as: UTF8.self))\", which is not bound to a namespace")
        }
        return (names.id(for: namespace), names.id(for: local))
    }

    private func endElement() {
        if wellFormedPending { restoreWellFormed() }
        guard failure == nil else {
            if let context { xmlStopParser(context) }
            return
        }
        if openElements.isEmpty {
            // libxml2 sends an end event only for a start event it sent, so this cannot happen
            // in strict mode; recovery (XML_PARSE_RECOVER) is allowed to be less tidy.
            guard recover else {
                fail(
                    DataContractXMLError(
                        code: .notWellFormed, line: 0, column: 0,
                        message: "XML is not well-formed: an end tag with no element open"))
                return
            }
        } else {
            openElements.removeLast()
        }
        do {
            try builder.endElement()
        } catch {
            fail(error)
        }
        if openElements.count == 1 { listTextStart = (currentLine, currentColumn) }
    }

    /// libxml2's position after the last tag read directly in the root element (its start tag
    /// or an item's end tag): where text directly in a list begins. Text comes in runs cut
    /// where a chunk ended, so libxml2's position when the run that holds a non-space character
    /// arrives depends on the cuts; this does not (FuzzXMLStreaming,
    /// crash-list-text-position-depends-on-chunks).
    private var listTextStart = (line: 0, column: 0)

    private func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int32) {
        if wellFormedPending { restoreWellFormed() }
        guard failure == nil else {
            if let context { xmlStopParser(context) }
            return
        }
        guard let ch, len > 0 else { return }
        do {
            try builder.characters(UnsafeBufferPointer(start: ch, count: Int(len)))
        } catch var error as DataContractXMLError where error.code == .mixedContent && error.line == 0 && listTextStart.line > 0 {
            (error.line, error.column) = listTextStart
            fail(error)
        } catch var error as DataContractXMLError where error.code == .textLimitExceeded && error.line == 0 {
            // At the start tag of the element whose text is too long: where libxml2 is when the
            // limit is passed depends on where chunks cut its text into runs.
            if let open = openElements.last { (error.line, error.column) = (Int(open.line), Int(open.column)) }
            fail(error)
        } catch {
            fail(error)
        }
    }

    private func libxml2Error(_ error: xmlError) {
        guard failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        if readRestrictedCharacter(error) { return }
        let code = Int(error.code)
        var text = error.message.map { String(cString: $0) } ?? "unknown error"
        while let last = text.last, last.isWhitespace { text.removeLast() }
        var kind: DataContractXMLError.Code
        switch Int32(code) {
        case Int32(XML_ERR_INVALID_CHAR.rawValue) where text.contains("UTF-8") || text.contains("encoding"),
            Int32(XML_ERR_INVALID_ENCODING.rawValue):
            kind = .invalidEncoding
        case Int32(XML_ERR_INTERNAL_ERROR.rawValue) where text.contains("encoder error"):
            // "switching encoding: encoder error": the converter halted on the bytes it had when
            // the declaration named the encoding; as `failIfConverterHalted`, no position.
            let error = DataContractXMLError(
                code: .invalidEncoding, line: 0, column: 0,
                message: "the bytes are not valid in the document's encoding: libxml2's converter stopped at an invalid byte sequence")
            fail(error)
            failure = error
            return
        case Int32(XML_ERR_UNKNOWN_ENCODING.rawValue), Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue):
            kind = .unsupportedCharset
        case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue), Int32(XML_ERR_TAG_NOT_FINISHED.rawValue):
            kind = .unexpectedEnd
        case Int32(XML_ERR_UNDECLARED_ENTITY.rawValue), Int32(XML_WAR_UNDECLARED_ENTITY.rawValue),
            Int32(XML_ERR_ENTITY_LOOP.rawValue):
            kind = .entityRefused
        default:
            kind = text.contains("Excessive depth") ? .depthLimitExceeded : .notWellFormed
        }
        // libxml2 says "Document is empty" when the input does not start with markup at all
        // (JSON given as XML, say), which is not what a person sees in a non-empty file.
        if Int32(code) == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue), received > 0, !sawRoot {
            kind = .notWellFormed
            text = "no XML element where the document starts (an XML document begins with \"<\")"
        }
        // At the end of input libxml2 2.9 reports a truncated document as "Extra content at
        // the end of the document"; say what happened instead.
        if terminating, Int32(code) == Int32(XML_ERR_DOCUMENT_END.rawValue) || kind == .unexpectedEnd,
            !openElements.isEmpty || !sawRoot
        {
            kind = .unexpectedEnd
            text = sawRoot ? "the document ends before its elements are closed" : "the document has no root element"
        }
        var message =
            kind == .invalidEncoding
            ? "the bytes are not valid in the document's encoding: \(text.replacingNewlines())"
            : kind == .unexpectedEnd
                ? "the document is incomplete: \(text.replacingNewlines())"
                : "XML is not well-formed: \(text.replacingNewlines())"
        var result = DataContractXMLError(
            code: kind, line: Int(error.line), column: Int(error.int2), message: message,
            libxml2Code: code)
        // A missing `/` explains a tag that does not match, not bytes invalid in the encoding or
        // a refused construct: only a well-formedness error moves to the suspect start tag.
        let suspects = kind == .notWellFormed || kind == .unexpectedEnd ? openElements.filter { $0.sameNameChildLine > 0 } : []
        if let first = suspects.first {
            // Point at the start tag that should have been the end tag: that is where the fix
            // goes; libxml2 only notices the damage where the parent's end tag comes.
            let name = Self.qualifiedName(first.name, first.prefix)
            var hint =
                "XML is not well-formed: <\(name)> opened at line \(first.line), column \(first.column) is never closed: the start tag <\(name)> at line \(first.sameNameChildLine), column \(first.sameNameChildColumn) stands where its end tag belongs; a \"/\" looks missing (</\(name)>)"
            // At most three more by name: every error read past while they are open carries the
            // hint, so naming them all cost suspects x errors (FuzzXMLTree,
            // timeout-missing-slash-hint-lists-every-suspect).
            let named = suspects.dropFirst().prefix(3)
            for other in named {
                let otherName = Self.qualifiedName(other.name, other.prefix)
                hint +=
                    "; likewise <\(otherName)> opened at line \(other.line), column \(other.column) (start tag <\(otherName)> at line \(other.sameNameChildLine), column \(other.sameNameChildColumn))"
            }
            if suspects.count > 1 + named.count { hint += "; and \(suspects.count - 1 - named.count) more elements like them" }
            message = hint + ". libxml2 stopped at line \(error.line), column \(error.int2): \(text.replacingNewlines())"
            result.line = Int(first.sameNameChildLine)
            result.column = Int(first.sameNameChildColumn)
            result.openElement = name
            result.openElementLine = Int(first.line)
            result.openElementColumn = Int(first.column)
            result.missingSlashSuspected = true
        } else if let innermost = openElements.last {
            let name = Self.qualifiedName(innermost.name, innermost.prefix)
            message += ". The innermost open element is <\(name)>, opened at line \(innermost.line), column \(innermost.column)"
            result.openElement = name
            result.openElementLine = Int(innermost.line)
            result.openElementColumn = Int(innermost.column)
        }
        result.message = message
        if recover && (kind == .notWellFormed || kind == .unexpectedEnd) {
            recoveredErrors.append(result)
        } else {
            fail(result)
        }
    }
}

extension SAXParser {
    /// Reads a character reference in text to a character XML 1.0 forbids (`&#x1;`) as that
    /// character, as .NET does, when `error` is libxml2's refusal of one; `false` for any other
    /// error. libxml2 (in recovery) has skipped the reference and goes on.
    fileprivate func readRestrictedCharacter(_ error: xmlError) -> Bool {
        guard error.code == Int32(XML_ERR_INVALID_CHAR.rawValue), let context,
            context.pointee.instate == XML_PARSER_CONTENT, let message = error.message,
            String(cString: message).hasPrefix("xmlParseCharRef: invalid xmlChar value"),
            let scalar = RestrictedCharacterReference.restrictedScalar(Int(error.int1))
        else { return false }
        // libxml2 stands just past the ';': walk back to the '&' (a reference is ASCII, on one line).
        var column = Int(error.int2)
        if let input = context.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base {
            var p = cur
            while p > base, cur - p < 64 {
                p -= 1
                if p.pointee == UInt8(ascii: "&") {
                    column = Int(input.pointee.col) - (cur - p)
                    break
                }
            }
        }
        let reference = RestrictedCharacterReference(scalar: scalar, line: Int(error.line), column: column)
        guard restrictedPolicy == .read else {
            fail(
                DataContractXMLError(
                    code: .restrictedCharacter, line: reference.line, column: reference.column,
                    message: "the character reference \(reference.spelling) names a character XML 1.0 does not allow (.NET writes it for a control character in a string; DataContractSerializer reads it back)"))
            return true
        }
        if recordsRestrictedCharacters { restrictedCharacters.append(reference) }
        do {
            try builder.characters(Array(String(Character(scalar)).utf8))
        } catch {
            fail(error)
            return true
        }
        wellFormedPending = true
        readPredefinedEntities(context)
        return true
    }

    /// libxml2 sets `wellFormed = 0` after reporting the reference; in that state it drops
    /// every entity reference (`&gt;`) it parses. Set back after the error, at the next event.
    fileprivate func restoreWellFormed() {
        wellFormedPending = false
        guard failure == nil, let context, recoveredErrors.isEmpty else { return }
        context.pointee.wellFormed = 1
    }

    /// Reads the predefined entity references (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) that
    /// directly follow a restricted reference in libxml2's buffer, which libxml2 would drop
    /// before any event lets ``restoreWellFormed()`` run; moves libxml2 past them.
    fileprivate func readPredefinedEntities(_ context: xmlParserCtxtPtr) {
        guard let input = context.pointee.input, let end = input.pointee.end else { return }
        let entities: [(name: [UInt8], value: UInt8)] = [
            (Array("&lt;".utf8), 0x3C), (Array("&gt;".utf8), 0x3E), (Array("&amp;".utf8), 0x26),
            (Array("&quot;".utf8), 0x22), (Array("&apos;".utf8), 0x27),
        ]
        while failure == nil, let cur = input.pointee.cur, cur < end, cur.pointee == UInt8(ascii: "&") {
            let available = end - cur
            guard let match = entities.first(where: { entity in
                entity.name.count <= available && entity.name.indices.allSatisfy { cur[$0] == entity.name[$0] }
            }) else { return }
            do {
                try builder.characters(CollectionOfOne(match.value))
            } catch {
                fail(error)
                return
            }
            input.pointee.cur = cur + match.name.count
            input.pointee.col += Int32(match.name.count)
        }
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }

}

/// libxml2's SAX2 push parser with callbacks that do nothing: the floor under any decoder built
/// on it, for the benchmarks (`Benchmarks/`) to compare ``DataContractDecoder`` against.
///
/// It parses as ``DataContractDecoder`` does (the same options, `XML_PARSE_NONET` only, and the
/// same 64 KiB pieces), calling empty `startElementNs`, `endElementNs` and `characters`
/// callbacks, and keeps nothing of the document. An instance keeps its libxml2 context (and
/// name dictionary) from one document to the next, as a decoder does
/// (`xmlCtxtResetPush`); ``parse(_:)`` as a static function makes a new context for each.
/// Not part of the library's API: import it with `@_spi(Benchmarks) import DataContractXML`.
@_spi(Benchmarks)
public final class SAXFloor {
    private var context: xmlParserCtxtPtr?

    public init() {
        _ = SAXParser.libraryInitialized
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Parses `bytes` as one UTF-8 (or byte-order-marked) XML document with a new libxml2
    /// context, handling no events.
    ///
    /// - Throws: ``DataContractXMLError`` with code ``DataContractXMLError/Code/notWellFormed``
    ///   when libxml2 finds the document malformed.
    public static func parse(_ bytes: [UInt8]) throws {
        try SAXFloor().parse(bytes)
    }

    /// Parses `bytes` as one UTF-8 (or byte-order-marked) XML document, reusing this floor's
    /// libxml2 context when it has one, handling no events.
    ///
    /// - Throws: as the static ``parse(_:)``; after a malformed document the context is made
    ///   again.
    public func parse(_ bytes: [UInt8]) throws {
        if let context {
            guard xmlCtxtResetPush(context, nil, 0, nil, nil) == 0 else {
                throw DataContractXMLError(code: .notWellFormed, line: 0, column: 0, message: "libxml2 could not reset its parser")
            }
        } else {
            var handler = xmlSAXHandler()
            handler.initialized = XML_SAX2_MAGIC
            handler.startElementNs = { _, _, _, _, _, _, _, _, _ in }
            handler.endElementNs = { _, _, _, _ in }
            handler.characters = { _, _, _ in }
            handler.ignorableWhitespace = { _, _, _ in }
            handler.serror = { _, _ in }
            guard let created = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else {
                throw DataContractXMLError(code: .notWellFormed, line: 0, column: 0, message: "libxml2 could not create a parser")
            }
            context = created
        }
        guard let context else { return }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var offset = 0
                while offset < chars.count {
                    let count = min(64 * 1024, chars.count - offset)
                    xmlParseChunk(context, chars.baseAddress! + offset, Int32(count), 0)
                    offset += count
                }
            }
        }
        xmlParseChunk(context, nil, 0, 1)
        guard context.pointee.wellFormed != 0 else {
            xmlFreeParserCtxt(context)
            self.context = nil
            throw DataContractXMLError(
                code: .notWellFormed, line: 0, column: 0, message: "XML is not well-formed (libxml2 SAX2 floor)")
        }
    }
}
