import Foundation

extension DataContractDecoder {
    /// What to do with an element no coding key asks for.
    public enum UnknownElementPolicy: Hashable, Sendable {
        /// Skip it, as DataContractSerializer does (forward compatibility: a newer server may add
        /// members). The default.
        case skip
        /// Throw `DecodingError.dataCorrupted` naming the element, with a
        /// ``DataContractXMLError`` of code ``DataContractXMLError/Code/unknownElement`` as
        /// `underlyingError`. Checked for every element decoded through a keyed container,
        /// once the model's `init(from:)` returns.
        case error
    }

    /// How a ``DataContractDecoder`` reads documents.
    ///
    /// The defaults read any DataContractSerializer output the way .NET's own reader would,
    /// minus anything hostile (see ``Limits``).
    public struct Options: Sendable {
        /// When `true`, a member element must also be in the namespace its contract declares:
        /// for a model conforming to ``DataContractDescribing``, the namespace of the member group
        /// holding the member (``DataContract/namespace(ofMember:)``), else the contract
        /// namespace; and the document's root element must have the contract's name and
        /// namespace. Types that do not conform are matched by local name only.
        ///
        /// When `false` (the default), members match by local name, whatever their namespace
        /// (reference/datacontract-format.md §1). A mismatch under `true` throws
        /// `DecodingError.dataCorrupted` with a ``DataContractXMLError`` of code
        /// ``DataContractXMLError/Code/namespaceMismatch``.
        public var strictNamespaces: Bool = false
        /// What to do with elements no coding key asks for. Default: ``UnknownElementPolicy/skip``.
        public var unknownElements: UnknownElementPolicy = .skip
        /// Size and shape limits; see ``Limits`` for the defaults.
        public var limits: Limits = Limits()
        /// What to do with a character reference to a character XML 1.0 forbids (`&#x1;`,
        /// `&#xB;`), which ASP.NET Web API writes for control characters in strings. Default:
        /// ``RestrictedCharacterPolicy/read``, the character itself, as .NET reads it.
        public var restrictedCharacters: RestrictedCharacterPolicy = .read
        /// The character encoding to use when the document has no byte order mark, as an IANA
        /// charset name (`utf-8`, `utf-16le`, `utf-16be`, `utf-16`, `iso-8859-1` …), normally
        /// taken from an HTTP `Content-Type` header. It overrides the XML declaration's
        /// `encoding` (RFC 7303 §3); a byte order mark overrides it. `utf-16` without a byte
        /// order mark is read as big-endian (RFC 2781 §4.3). `nil` (the default): detect from the
        /// byte order mark and the XML declaration, else UTF-8.
        ///
        /// The name is read through ``normalizedCharset(_:)`` (case, surrounding white space and
        /// quotes do not matter); an empty one counts as `nil`. An unknown name makes decoding
        /// throw ``DataContractXMLError/Code/unsupportedCharset``.
        public var charset: String? = nil
        /// The charset name a caller gives (``charset``, an HTTP `Content-Type` parameter) in
        /// one form: ASCII white space and quotes around it removed, lowercased (`"UTF-8"` →
        /// `utf-8`). `nil` when nothing is left. The decoder applies it to ``charset`` itself;
        /// use it to compare or report charset names the same way.
        public static func normalizedCharset(_ name: some StringProtocol) -> String? {
            var scalars = Substring(name).unicodeScalars[...]
            func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
                scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\"" || scalar == "'"
            }
            while let first = scalars.first, isTrimmed(first) { scalars.removeFirst() }
            while let last = scalars.last, isTrimmed(last) { scalars.removeLast() }
            guard !scalars.isEmpty else { return nil }
            return String(String.UnicodeScalarView(scalars)).lowercased()
        }

        /// The time zone in which `DateTime` values without `Z` or an offset are read when a
        /// model asks for a `Foundation.Date`. `nil` (the default): such values cannot be decoded
        /// as `Date` (they are wall-clock times, not instants) and throw
        /// `DecodingError.dataCorrupted`; decode them as ``DateTime`` instead.
        public var timeZone: TimeZone? = nil
        /// Values handed to models as `Decoder.userInfo`.
        public var userInfo: [CodingUserInfoKey: any Sendable] = [:]
        /// Whether values of ``DataContractMemberwiseDecodable`` types are read member by member
        /// from the element buffer (faster; identical values and errors, falling back to
        /// `init(from:)` on any surprise). Default: `true`. `false` decodes every type through
        /// `init(from:)`, for comparing the two paths.
        public var memberwiseDecoding: Bool = true
        /// From how many input bytes ``DataContractDecoder/decode(_:from:)`` reads a list (`T` an
        /// `Array`, the root element's children its items) item by item: each item is decoded as
        /// soon as its end tag is read and its elements are dropped, so peak memory is the input
        /// plus the decoded items, without every element of the document beside them (100,000
        /// bookings, 150 MB: peak RSS 283 MB, 1.88 × the input, instead of 439 MB, 2.92 ×).
        ///
        /// The values and errors are those of reading the whole document first: on any error,
        /// at the first `z:Id` or `z:Ref` (a reference may cross items; a list of
        /// `IsReference` values therefore is always read whole), for an `i:nil` list element,
        /// and when the items' decodes together pass ``Limits/maxReferencedItems`` beyond their
        /// elements, the document is read again whole, which then gives the value or the error
        /// (an error found this way costs up to a second parse, and the models' `init(from:)`
        /// runs again for the items read before it). One difference: a whole read refuses a
        /// document holding more than 2 GiB of text (`limit.text-size`), item by item it is read.
        /// Only bytes given as a
        /// collection (`Data`, `[UInt8]`, a slice), which can be read twice; chunked and
        /// asynchronous decodes always read the whole document first (use
        /// ``DataContractDecoder/decodeItems(of:fromChunks:_:)`` to stream those). Default
        /// 8,388,608 (8 MiB): below it the whole document's elements take little memory, and
        /// reading whole runs about 2 % fewer instructions (a parser of its own per list);
        /// `Int.max` turns it off, 0 reads every list this way.
        public var itemByItemListBytes: Int = 8 << 20

        /// The defaults: lenient namespaces, unknown elements skipped, default ``Limits``,
        /// restricted character references read, encoding detected, no time zone, no user info,
        /// the memberwise path on, lists of 8 MiB or more read item by item.
        public init() {}
    }

    /// Limits that keep hostile or broken input from using unbounded memory or time. Exceeding
    /// one throws ``DataContractXMLError`` with the matching `limit.*` code, at the position
    /// where it happened.
    public struct Limits: Hashable, Sendable {
        /// The deepest element nesting allowed, the root element being depth 1. Default 256.
        /// libxml2 (without `XML_PARSE_HUGE`, which is never set) refuses more than 256 levels
        /// itself, so larger values act as 256.
        public var maxDepth: Int = 256
        /// The most bytes (UTF-8) of text one element may hold, all its text and CDATA pieces
        /// joined. Default 16 MiB (16,777,216).
        public var maxTextBytes: Int = 16 * 1024 * 1024
        /// The most attributes, namespace declarations included, one start tag may have.
        /// Default 256 (DataContractSerializer writes a handful).
        public var maxAttributes: Int = 256
        /// The most bytes the whole document may have, as received (before any decoding of
        /// UTF-16). `nil`, the default, means unlimited: a streamed list can be of any length.
        public var maxDocumentBytes: Int? = nil
        /// How many element decodes `z:Ref` references may add beyond the document's own
        /// elements (per document, or per item of a streamed list). Default 65,536, the size of
        /// .NET DataContractSerializer's usual `MaxItemsInObjectGraph` quota.
        ///
        /// Each element of the document may be decoded once for free, so a plain document of any
        /// length never reaches this limit; every further decode (an element reached again
        /// through a `z:Ref`, which decodes its target again at every use) counts. This is what
        /// keeps a few kilobytes of references to references (each level holding ten `z:Ref`s
        /// to the one before) from decoding into millions of values. Exceeding it throws
        /// ``DataContractXMLError`` with code
        /// ``DataContractXMLError/Code/objectGraphLimitExceeded`` at the element being decoded.
        public var maxReferencedItems: Int = 65_536

        /// The defaults: depth 256, 16 MiB of text per element, 256 attributes per element,
        /// documents of any size, 65,536 decodes added by `z:Ref` references per document or streamed item.
        public init() {}

        /// Creates limits, each defaulting as documented on its property.
        public init(
            maxDepth: Int = 256, maxTextBytes: Int = 16 * 1024 * 1024, maxAttributes: Int = 256,
            maxDocumentBytes: Int? = nil, maxReferencedItems: Int = 65_536
        ) {
            self.maxDepth = maxDepth
            self.maxTextBytes = maxTextBytes
            self.maxAttributes = maxAttributes
            self.maxDocumentBytes = maxDocumentBytes
            self.maxReferencedItems = maxReferencedItems
        }
    }
}
