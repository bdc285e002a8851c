import Foundation

extension EncodingSession {
    // MARK: Text

    /// Starts text content on `node`; throws when it already has a value.
    @inline(__always)
    func beginText(_ node: Int32) throws(DataContractEncodingError) {
        switch nodes[Int(node)].content {
        case .empty: break
        case .text, .isNil, .children:
            throw error(.invalidUse, node, "a second value was encoded for one element")
        }
        nodes[Int(node)].content = .text
        nodes[Int(node)].textStart = Int32(text.count)
    }

    @inline(__always)
    func endText(_ node: Int32) {
        nodes[Int(node)].textEnd = Int32(text.count)
    }

    func setNil(_ node: Int32) throws(DataContractEncodingError) {
        switch nodes[Int(node)].content {
        case .empty: nodes[Int(node)].content = .isNil
        case .text, .isNil, .children:
            throw error(.invalidUse, node, "nil was encoded for an element that already has a value")
        }
    }

    func setString(_ node: Int32, _ value: String) throws(DataContractEncodingError) {
        try beginText(node)
        if let offset = Self.appendEscapedText(value, to: &text) {
            // The offset is that of a scalar's first byte (an ASCII control or U+FFFE/U+FFFF).
            let index = value.utf8.index(value.utf8.startIndex, offsetBy: offset)
            let code = String(value.unicodeScalars[index].value, radix: 16, uppercase: true)
            throw error(
                .forbiddenCharacter, node,
                "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) at UTF-8 offset \(offset) is not allowed in XML 1.0")
        }
        endText(node)
    }

    func setInteger<T: FixedWidthInteger>(_ node: Int32, _ value: T) throws(DataContractEncodingError) {
        try beginText(node)
        LexicalForm.appendInteger(value, to: &text)
        endText(node)
    }

    func setBool(_ node: Int32, _ value: Bool) throws(DataContractEncodingError) {
        try beginText(node)
        text.append(contentsOf: (value ? "true" : "false").utf8)
        endText(node)
    }

    func setDouble(_ node: Int32, _ value: Double) throws(DataContractEncodingError) {
        try beginText(node)
        LexicalForm.appendDouble(value, to: &text)
        endText(node)
    }

    func setFloat(_ node: Int32, _ value: Float) throws(DataContractEncodingError) {
        try beginText(node)
        LexicalForm.appendFloat(value, to: &text)
        endText(node)
    }

    /// Writes a `Decimal` as .NET writes `decimal`, refusing what a .NET reader (and this
    /// package's decoder, whose ``LexicalForm/decimal(_:)`` checks the written digits) cannot
    /// read back as a `decimal`: NaN, magnitudes beyond ±79228162514264337593543950335, more
    /// than 28 places after the point, or more significant digits than 96 bits hold.
    func setDecimal(_ node: Int32, _ value: Decimal) throws(DataContractEncodingError) {
        try beginText(node)
        let start = text.count
        guard LexicalForm.appendDecimal(value, scale: options.decimalScale, to: &text) else {
            throw error(.invalidValue, node, "a Decimal NaN has no xs:decimal lexical form")
        }
        do {
            _ = try LexicalForm.decimal(text.span.extracting(start..<text.count))
        } catch {
            throw self.error(.invalidValue, node, "a .NET decimal cannot hold \(error.text): \(error.reason)")
        }
        endText(node)
    }

    func setDateTime(_ node: Int32, _ value: DateTime) throws(DataContractEncodingError) {
        try beginText(node)
        value.appendLexicalForm(to: &text)
        endText(node)
    }

    /// Text already in its lexical form and free of characters to escape.
    func setASCII(_ node: Int32, _ value: String) throws(DataContractEncodingError) {
        try beginText(node)
        text.append(contentsOf: value.utf8)
        endText(node)
    }

    /// Writes a value of a primitive type, dispatching on the tag found once per type
    /// (``PrimitiveSchemaName/tag(of:)``): one cast per value.
    func setPrimitive<T>(_ node: Int32, _ value: T, _ tag: PrimitiveTag) throws(DataContractEncodingError) {
        switch tag {
        case .string: try setString(node, value as! String)
        case .int: try setInteger(node, value as! Int)
        case .decimal: try setDecimal(node, value as! Decimal)
        case .dateTime: try setDateTime(node, value as! DateTime)
        case .bool: try setBool(node, value as! Bool)
        case .double: try setDouble(node, value as! Double)
        case .float: try setFloat(node, value as! Float)
        case .int64: try setInteger(node, value as! Int64)
        case .int32: try setInteger(node, value as! Int32)
        case .int16: try setInteger(node, value as! Int16)
        case .int8: try setInteger(node, value as! Int8)
        case .uint: try setInteger(node, value as! UInt)
        case .uint64: try setInteger(node, value as! UInt64)
        case .uint32: try setInteger(node, value as! UInt32)
        case .uint16: try setInteger(node, value as! UInt16)
        case .uint8: try setInteger(node, value as! UInt8)
        case .uuid: try setASCII(node, (value as! UUID).uuidString.lowercased())
        case .data: try setASCII(node, (value as! Data).base64EncodedString())
        case .url: try setString(node, (value as! URL).absoluteString)
        case .date:
            let date = value as! Date
            guard let dateTime = Self.utcDateTime(date) else {
                throw error(
                    .invalidValue, node,
                    "the Date \(date.timeIntervalSince1970) s after 1970 is outside the years 1-9999 a .NET DateTime holds")
            }
            try setDateTime(node, dateTime)
        }
    }

    /// A `Date` as a UTC `DateTime` (`…Z`), to the 100 ns tick, as .NET writes a UTC DateTime;
    /// in the proleptic Gregorian calendar (as .NET and the decoder's
    /// ``DateTime/daysSinceUnixEpoch(year:month:day:)`` count), or `nil` outside the years
    /// 1–9999.
    static func utcDateTime(_ date: Date) -> DateTime? {
        let interval = date.timeIntervalSince1970
        // Beyond ±400,000 years the Int conversions below could trap; far outside 1...9999.
        guard interval.isFinite, abs(interval) < 1.3e13 else { return nil }
        let seconds = interval.rounded(.down)
        let ticks = min(9_999_999, max(0, Int(((interval - seconds) * 10_000_000).rounded())))
        let whole = Int(seconds)
        let (days, secondOfDay) = whole.quotientAndRemainder(dividingBy: 86_400)
        let (dayShift, second) = secondOfDay < 0 ? (-1, secondOfDay + 86_400) : (0, secondOfDay)
        let civil = DateTime.civilFromDays(days + dayShift)
        guard (1...9999).contains(civil.year) else { return nil }
        return try? DateTime(
            year: civil.year, month: civil.month, day: civil.day, hour: second / 3_600,
            minute: second % 3_600 / 60, second: second % 60, ticks: ticks, kind: .utc)
    }

    // MARK: Values

    /// Encodes `value` as the content of `node`: text for a primitive, `i:nil` for `nil`, items
    /// for a collection or dictionary, members (through `encode(to:)`) for anything else.
    func encodeValue<T: Encodable>(_ value: T, into node: Int32) throws {
        let typeID = typeInfo(T.self)
        let info = typeInfos[Int(typeID)]
        switch info.kind {
        case .primitive(let tag):
            try setPrimitive(node, value, tag)
        case .optional:
            if let wrapped = (value as! any EncodableOptionalMarker).wrappedEncodable {
                try encodeValue(wrapped, into: node)
            } else {
                try setNil(node)
            }
        case .collection:
            nodes[Int(node)].content = .children
            nodes[Int(node)].itemType = typeInfo(Self.itemType(of: T.self))
            var index: Int32 = 0
            try (value as! any EncodableCollectionMarker).forEachItem { item in
                try appendItem(item, to: node, index: index)
                index += 1
            }
        case .dictionary(let key, let valueInfo):
            try encodeDictionary(value as! any EncodableDictionaryMarker, key: key, value: valueInfo, into: node)
        case .contract, .other:
            if let invalidName = info.invalidName { throw error(.invalidName, node, invalidName) }
            nodes[Int(node)].contract = typeID
            nodes[Int(node)].isReference = info.isReference
            try value.encode(to: ElementEncoder(session: self, node: node))
        }
    }

    /// Encodes `value` into `node` as a known type: its contract's members, and `i:type`.
    func encodeKnownType<T: Encodable & DataContractDescribing>(_ value: T, into node: Int32) throws {
        let typeID = typeInfo(T.self)
        if let invalidName = typeInfos[Int(typeID)].invalidName { throw error(.invalidName, node, invalidName) }
        nodes[Int(node)].contract = typeID
        nodes[Int(node)].xsiType = typeID
        nodes[Int(node)].isReference = typeInfos[Int(typeID)].isReference
        try value.encode(to: ElementEncoder(session: self, node: node))
    }

    static func itemType(of type: Any.Type) -> Any.Type {
        (type as? any EncodableCollectionMarker.Type)?.itemType ?? type
    }

    /// Encodes `value` as the member element `node`: first declares, as DataContractSerializer
    /// does (`GetChildNamespaceToDeclare`), the namespace of a contract or collection type that
    /// differs from the declaring contract's (the element's own namespace).
    func encodeMember<T: Encodable>(_ value: T, into node: Int32) throws {
        let info = typeInfos[Int(typeInfo(T.self))].unwrapped
        if info.declaresNamespaceOnMembers, info.namespace != nodes[Int(node)].namespace {
            nodes[Int(node)].declare = info.namespace
        }
        try encodeValue(value, into: node)
    }

    /// Appends a collection item element named for its type (`string` in the Arrays namespace,
    /// a contract's name in its namespace) and encodes `item` into it.
    func appendItem<T: Encodable>(_ item: T, to parent: Int32, index: Int32) throws {
        let child: Int32
        if let collection = collectionContract(of: parent) {
            child = addItem(to: parent, name: collection.itemName, namespace: collection.namespace, index: index)
        } else {
            let info = typeInfos[Int(typeInfo(T.self))]
            child = addItem(to: parent, name: info.name, namespace: itemNamespace(info), index: index)
        }
        try encodeValue(item, into: child)
    }

    /// The item name and namespace of a ``DataContractCollectionDescribing`` element, or `nil`.
    @inline(__always)
    private func collectionContract(of node: Int32) -> (itemName: String, namespace: Int32)? {
        let contract = nodes[Int(node)].contract
        guard contract >= 0, let itemName = typeInfos[Int(contract)].itemName else { return nil }
        return (itemName, typeInfos[Int(contract)].namespace)
    }

    /// Appends an item element for a value of unknown type (`encodeNil`, nested containers):
    /// named after the parent's item type when known, else `anyType` in the Arrays namespace.
    func appendUntypedItem(to parent: Int32, index: Int32) -> Int32 {
        if let collection = collectionContract(of: parent) {
            return addItem(to: parent, name: collection.itemName, namespace: collection.namespace, index: index)
        }
        let itemType = nodes[Int(parent)].itemType
        if itemType >= 0 {
            let info = typeInfos[Int(itemType)]
            return addItem(to: parent, name: info.name, namespace: itemNamespace(info), index: index)
        }
        return addItem(to: parent, name: "anyType", namespace: arraysID, index: index)
    }

    /// Appends an item element. When the items are in another namespace than the wrapper and
    /// the wrapper declares none yet (a list written through `nestedUnkeyedContainer`, whose
    /// type the encoder never saw), the wrapper declares the items' namespace with a
    /// `d{depth}p1` prefix, once, as DataContractSerializer does for a collection member, so
    /// the items use the prefix instead of each redeclaring the default namespace.
    @inline(__always)
    private func addItem(to parent: Int32, name: String, namespace: Int32, index: Int32) -> Int32 {
        if namespace != nodes[Int(parent)].namespace, nodes[Int(parent)].declare < 0 {
            nodes[Int(parent)].declare = namespace
        }
        return addChild(parent, name: name, namespace: namespace, index: index)
    }

    /// Writes a dictionary as `KeyValueOf{Key}{Value}` items with `Key` and `Value` members,
    /// all in the Arrays namespace (reference §6), ordered by the key's text (Swift
    /// dictionaries have no order; .NET writes insertion order).
    func encodeDictionary(
        _ dictionary: any EncodableDictionaryMarker, key: EncodingTypeInfo, value: EncodingTypeInfo, into node: Int32
    ) throws {
        nodes[Int(node)].content = .children
        let itemName = "KeyValueOf" + key.name + value.name
        var items: [Int32] = []
        try dictionary.forEachPair { key, value in
            let item = addChild(node, name: itemName, namespace: arraysID, index: Int32(items.count))
            nodes[Int(item)].content = .children
            try encodeMember(key, into: addChild(item, name: "Key", namespace: arraysID))
            try encodeMember(value, into: addChild(item, name: "Value", namespace: arraysID))
            items.append(item)
        }
        func keyText(_ item: Int32) -> ArraySlice<UInt8> {
            let keyNode = nodes[Int(nodes[Int(item)].firstChild)]
            return keyNode.content == .text ? text[Int(keyNode.textStart)..<Int(keyNode.textEnd)] : []
        }
        items.sort { keyText($0).lexicographicallyPrecedes(keyText($1)) }
        for (position, item) in items.enumerated() {
            nodes[Int(item)].index = Int32(position)
            nodes[Int(item)].nextSibling = position + 1 < items.count ? items[position + 1] : -1
        }
        nodes[Int(node)].firstChild = items.first ?? -1
        nodes[Int(node)].lastChild = items.last ?? -1
    }

    // MARK: Escaping

    /// Appends `value` escaped as XML element text: `&amp;`, `&lt;`, `&gt;`, and carriage
    /// return as `&#xD;` (a raw one would be read back as a line feed, XML 1.0 §2.11).
    /// Returns the UTF-8 offset of the first character XML 1.0 forbids, or `nil`.
    static func appendEscapedText(_ value: String, to out: inout [UInt8]) -> Int? {
        var value = value
        value.makeContiguousUTF8()
        let bytes = value.utf8.span
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x78, 0x44, 0x3B])  // &#xD;
            case 0x09, 0x0A: out.append(byte)
            case 0x00..<0x20:
                // As ASP.NET Web API's writer (CheckCharacters = false) and XmlDictionaryWriter
                // write them, and .NET (and this package's decoder) read them back: `&#x1;`.
                out.append(contentsOf: [0x26, 0x23, 0x78])
                out.append(contentsOf: String(byte, radix: 16, uppercase: true).utf8)
                out.append(0x3B)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                out.append(contentsOf: (bytes[index + 2] == 0xBE ? "&#xFFFE;" : "&#xFFFF;").utf8)  // U+FFFE, U+FFFF
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return nil
    }

    /// Appends `value` escaped as an attribute value in double quotes: `&`, `<`, `>`, `"`.
    static func appendEscapedAttribute(_ value: String, to out: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            default: out.append(byte)
            }
        }
    }
}
