extension DataContractEncoder {
    /// How a ``DataContractEncoder`` writes documents.
    ///
    /// The defaults write what ASP.NET Web API's `XmlMediaTypeFormatter` (DataContractSerializer
    /// on an `XmlWriter` with `OmitXmlDeclaration=true`) writes: one line, UTF-8, no XML
    /// declaration, `<X i:nil="true" />` with the space .NET's `XmlWriter` puts before `/>`.
    public struct Options: Sendable {
        /// The text of one indentation level, or `nil` (the default) for no indentation: the
        /// whole document on one line, as Web API writes it. With a value (e.g. four spaces),
        /// every child element starts on a new line (`\n`) indented by its depth, and an element
        /// with children has its end tag on a line of its own; text is never re-indented.
        ///
        /// Only spaces and tabs are allowed (anything else would be copied into the document
        /// between elements): encoding with other characters throws
        /// ``DataContractEncodingError/Code/invalidOption`` before anything is written.
        public var indentation: String? = nil
        /// The fewest fraction digits a `Decimal` is written with, or `nil` (the default) to
        /// write the value's own digits (`8`, `12.5`).
        ///
        /// .NET's `decimal` keeps a scale (`8.0000` from a `decimal(19,4)` column) that
        /// `Foundation.Decimal` does not; set this to the scale the server writes (4 for the
        /// AdultWork API's credits) to get `8.0000`. Digits beyond the scale are kept, never
        /// rounded away: `12.34567` stays so with a scale of 4. Never an exponent
        /// (reference/datacontract-format.md §9).
        ///
        /// Must be in 0...28, the scales a .NET `decimal` has; any other value throws
        /// ``DataContractEncodingError/Code/invalidOption`` before anything is written.
        public var decimalScale: Int? = nil
        /// The namespace of the contract of a type that does not conform to
        /// ``DataContractDescribing``: its root element and its members are written in it, and
        /// its contract name is its Swift type name (`Box<Int>` as `BoxOfInt`).
        ///
        /// Default `http://schemas.datacontract.org/2004/07/`: what DataContractSerializer gives
        /// a .NET class declared outside any CLR namespace (Swift types have none).
        public var defaultNamespace: String = "http://schemas.datacontract.org/2004/07/"
        /// Added to the element depth in generated `d{depth}p{n}` prefixes. Default 0: the
        /// depth as DataContractSerializer's `XmlWriterDelegator` counts it (root element 1, so
        /// a member of the root declares `d2p1`).
        ///
        /// The AdultWork documentation's XML samples were written two levels deeper than the
        /// response root (their `Client` declares `d4p1`); 2 reproduces them byte for byte.
        /// Prefixes carry no meaning (reference/datacontract-format.md §1): readers compare URIs.
        public var prefixDepthOffset: Int = 0
        /// Whether an empty element is written `<X />` (`true`, the default, as .NET's
        /// `XmlWriter` in Web API does) or `<X/>` (`false`, as WCF's `XmlDictionaryWriter` does).
        public var spaceBeforeSelfClosingSlash: Bool = true
        /// How many bytes the encoder collects before handing them to the sink. Default 65,536.
        ///
        /// The bytes go to the sink in pieces of about this size (a piece ends after the first
        /// element that reaches it), for a list root and for any other document alike. What is
        /// held in memory besides is the record being written, as a tree of its values: one
        /// item at a time for a list root (``DataContractEncoder/encodeItems(_:to:)``,
        /// ``DataContractListWriter``, or a root collection), the whole value otherwise, since
        /// members are sorted into DataContract order before anything of the record is written.
        /// Negative values count as 0 (every element is its own piece); `Int.max` hands over
        /// each record's bytes in one piece.
        public var flushThreshold: Int = 64 * 1024
        /// How a member whose value is `nil` is written when the model encodes it with
        /// `encodeIfPresent` (as synthesized `Codable` does for optionals) or `encode` of a `nil`
        /// optional. Default ``DataContractEncoder/NilMembers/writeNil``: `<X i:nil="true" />`,
        /// as DataContractSerializer writes a `null` member (`EmitDefaultValue=true`, its
        /// default). `encodeNil(forKey:)` always writes `i:nil`.
        public var nilMembers: NilMembers = .writeNil
        /// Values handed to models as `Encoder.userInfo`. Default empty.
        public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

        /// The defaults: no indentation, decimals as their own digits, the .NET global-namespace
        /// default namespace, .NET's prefix depths, `<X />`, 64 KiB pieces, `nil` members as
        /// `i:nil`, no user info.
        public init() {}
    }

    /// How a ``DataContractEncoder`` writes a member whose value is `nil`
    /// (``Options/nilMembers``).
    public enum NilMembers: Sendable, Hashable {
        /// `<X i:nil="true" />`, as DataContractSerializer writes a `null` member by default
        /// (`[DataMember(EmitDefaultValue=true)]`). The default.
        case writeNil
        /// Leave the element out, as DataContractSerializer does for
        /// `[DataMember(EmitDefaultValue=false)]`. Readers then see the member as absent.
        case omit
    }
}
