import Foundation

/// Marks `Optional`, whose `init(from:)` handles an `i:nil` element itself.
protocol OptionalMarker {}
extension Optional: OptionalMarker {}

/// Decodes a type from DataContract `KeyValueOf…` items (reference/datacontract-format.md §6).
///
/// Under ``DataContractDecoder/Options/strictNamespaces`` the `Key` and `Value` elements must be
/// in the namespace of their `KeyValueOf…` item: the collection contract's namespace, which is
/// `http://schemas.microsoft.com/2003/10/Serialization/Arrays` for every plain `Dictionary`
/// (§5–6: items and their Key/Value are in the collection's namespace).
protocol KeyValueListDecodable {
    static func decodeKeyValueItems(_ context: DecodingContext, _ element: Int32) throws -> Self
}

extension Dictionary: KeyValueListDecodable where Key: Decodable, Value: Decodable {
    static func decodeKeyValueItems(_ context: DecodingContext, _ element: Int32) throws -> Self {
        try context.checkContainer(element, as: Self.self)
        context.unkeyedParents.insert(element)
        var result: [Key: Value] = [:]
        var item = context.elements[Int(element)].firstChild
        while item >= 0 {
            let resolved = try context.resolve(item)
            try context.countDecoded(item)
            if try context.isNil(resolved) {
                throw DecodingError.valueNotFound(
                    (Key, Value).self,
                    DecodingError.Context(
                        codingPath: context.path(item),
                        debugDescription: "\(context.position(item)) a dictionary item has i:nil=\"true\""))
            }
            let keyElement = context.child(of: resolved, named: NameTable.keyName)
            let valueElement = context.child(of: resolved, named: NameTable.valueName)
            guard keyElement >= 0 else {
                throw DecodingError.keyNotFound(
                    DataContractCodingKey(stringValue: "Key"),
                    DecodingError.Context(
                        codingPath: context.path(item),
                        debugDescription: "\(context.position(item)) a dictionary item has no <Key> element"))
            }
            let key = try context.decode(Key.self, keyElement)
            guard valueElement >= 0 else {
                throw DecodingError.keyNotFound(
                    DataContractCodingKey(stringValue: "Value"),
                    DecodingError.Context(
                        codingPath: context.path(item),
                        debugDescription: "\(context.position(item)) a dictionary item has no <Value> element"))
            }
            if context.strictNamespaces {
                try context.checkKeyValueNamespace(keyElement, item: resolved)
                try context.checkKeyValueNamespace(valueElement, item: resolved)
            }
            let value = try context.decode(Value.self, valueElement)
            if context.checksUnknownElements {
                context.visited[Int(keyElement)] = true
                context.visited[Int(valueElement)] = true
            }
            guard result.updateValue(value, forKey: key) == nil else {
                throw context.corrupted(item, "repeats the dictionary key \(key)")
            }
            item = context.elements[Int(item)].nextSibling
        }
        return result
    }
}

extension DecodingContext {
    /// Checks that a dictionary item's `Key` or `Value` element is in the item's namespace.
    func checkKeyValueNamespace(_ index: Int32, item: Int32) throws {
        let expected = elements[Int(item)].namespace
        let actual = elements[Int(index)].namespace
        guard actual != expected else { return }
        throw corrupted(
            .namespaceMismatch, index,
            "is in namespace \"\(names.string(actual))\"; the Key and Value of a dictionary item belong in the item's namespace \"\(names.string(expected))\"")
    }

    // MARK: nil and references

    /// Follows `z:Ref` to the element with the matching `z:Id`.
    ///
    /// - Throws: `DecodingError.dataCorrupted` (``DataContractXMLError/Code/invalidReference``)
    ///   when no such element was read (in a streamed list, references reach only within one
    ///   item).
    @inline(__always)
    func resolve(_ index: Int32) throws -> Int32 {
        guard elements[Int(index)].flags & ElementRecord.hasReference != 0 else { return index }
        return try resolveReference(index)
    }

    private func resolveReference(_ index: Int32) throws -> Int32 {
        let reference = extras[Int(elements[Int(index)].extras)].reference ?? ""
        guard let target = ids[reference] else {
            throw corrupted(
                .invalidReference, index,
                "has z:Ref=\"\(reference)\" but no element with z:Id=\"\(reference)\" was read before it (in a streamed list, references reach only within one item)")
        }
        return target
    }

    /// Whether element `index` (already resolved) is nil: `i:nil` true and no `z:Ref`.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for an `i:nil` value that is not an xs:boolean,
    ///   or an `i:nil="true"` element with content.
    @inline(__always)
    func isNil(_ index: Int32) throws -> Bool {
        let record = elements[Int(index)]
        guard record.flags & (ElementRecord.isNil | ElementRecord.invalidNil) != 0 else { return false }
        return try checkNil(index)
    }

    private func checkNil(_ index: Int32) throws -> Bool {
        let record = elements[Int(index)]
        if record.flags & ElementRecord.invalidNil != 0 {
            let text = extras[Int(record.extras)].invalidNilText ?? ""
            throw corrupted(.invalidNil, index, "has i:nil=\"\(text)\", which is not an xs:boolean (true, false, 1 or 0)")
        }
        if record.flags & ElementRecord.hasReference != 0 { return false }
        if record.firstChild >= 0 || record.textCount > 0 || record.flags & ElementRecord.mixedContent != 0 {
            throw corrupted(.nilWithContent, index, "has i:nil=\"true\" but also content; a nil element must be empty")
        }
        return true
    }

    /// Throws `valueNotFound` when element `index` is nil.
    @inline(__always)
    func requireValue<T>(_ index: Int32, _ type: T.Type) throws {
        if try isNil(index) {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: path(index),
                    debugDescription: "\(position(index)) has i:nil=\"true\" but \(type) is not optional"))
        }
    }

    /// Checks that element `index` can be read as a keyed or unkeyed container: not nil, no
    /// text other than white space, no mixed content.
    func checkContainer<T>(_ index: Int32, as type: T.Type) throws {
        try requireValue(index, type)
        let record = elements[Int(index)]
        if record.flags & ElementRecord.mixedContent != 0 {
            throw corrupted(.mixedContent, index, "has text next to its child elements; expected only elements for \(type)")
        }
        if record.firstChild < 0, record.textCount > 0,
            !text[record.textStart..<record.textStart + record.textCount].allSatisfy(LexicalForm.isXMLWhitespace)
        {
            throw DecodingError.typeMismatch(
                type,
                DecodingError.Context(
                    codingPath: path(index),
                    debugDescription: "\(position(index)) has text; expected child elements for \(type)"))
        }
    }

    // MARK: Text

    /// Checks element `index` holds a value (not nil, no child elements) for `type`.
    @inline(__always)
    private func textRecord<T>(_ index: Int32, _ type: T.Type) throws -> ElementRecord {
        let record = elements[Int(index)]
        if record.flags & (ElementRecord.isNil | ElementRecord.invalidNil) != 0 {
            try requireValue(index, type)
        }
        if record.firstChild >= 0 || record.flags & ElementRecord.mixedContent != 0 {
            throw DecodingError.typeMismatch(
                type,
                DecodingError.Context(
                    codingPath: path(index),
                    debugDescription: "\(position(index)) has child elements; expected text for \(type)"))
        }
        return record
    }

    func decodeString(_ element: Int32) throws -> String {
        let index = try resolve(element)
        try countDecoded(element)
        let record = try textRecord(index, String.self)
        return String(decoding: text[record.textStart..<record.textStart + record.textCount], as: UTF8.self)
    }

    /// Runs `parse` on the element's text without surrounding XML white space (XML Schema's
    /// `whiteSpace="collapse"`), turning a ``LexicalFormError`` into `dataCorrupted`.
    @inline(__always)
    func parseTrimmed<T>(
        _ element: Int32, _ type: T.Type, _ parse: (Span<UInt8>) throws(LexicalFormError) -> T
    ) throws -> T {
        let index = try resolve(element)
        try countDecoded(element)
        let record = try textRecord(index, type)
        let bytes = text
        let all = bytes.span.extracting(record.textStart..<record.textStart + record.textCount)
        let trimmed = all.extracting(LexicalForm.rangeTrimmingXMLWhitespace(all))
        let result: Result<T, LexicalFormError>
        do throws(LexicalFormError) {
            result = .success(try parse(trimmed))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let value): return value
        case .failure(let error): throw corrupted(index, error.description, underlying: error)
        }
    }

    func decodeInteger<T: FixedWidthInteger>(_ element: Int32, _ type: T.Type) throws -> T {
        try parseTrimmed(element, type) { (span) throws(LexicalFormError) in try LexicalForm.integer(span, as: T.self) }
    }

    func decodeBool(_ element: Int32) throws -> Bool {
        try parseTrimmed(element, Bool.self) { (span) throws(LexicalFormError) in try LexicalForm.boolean(span) }
    }

    func decodeDouble(_ element: Int32) throws -> Double {
        try parseTrimmed(element, Double.self) { (span) throws(LexicalFormError) in try LexicalForm.double(span) }
    }

    func decodeFloat(_ element: Int32) throws -> Float {
        try parseTrimmed(element, Float.self) { (span) throws(LexicalFormError) in try LexicalForm.float(span) }
    }

    func decodeDecimal(_ element: Int32) throws -> Decimal {
        try parseTrimmed(element, Decimal.self) { (span) throws(LexicalFormError) in try LexicalForm.decimal(span) }
    }

    func decodeDateTime(_ element: Int32) throws -> DateTime {
        try parseTrimmed(element, DateTime.self) { (span) throws(LexicalFormError) in try DateTime(utf8: span) }
    }

    func decodeDate(_ element: Int32) throws -> Date {
        let value = try decodeDateTime(element)
        if let date = value.date { return date }
        if let zone = session.options.timeZone { return value.date(in: zone) }
        throw corrupted(
            try resolve(element),
            "\"\(value)\" has no Z or offset, so it is a wall-clock time, not an instant: decode it as DateTime, or set DataContractDecoder.Options.timeZone to read it as a Date")
    }

    func decodeUUID(_ element: Int32) throws -> UUID {
        try parseTrimmed(element, UUID.self) { (span) throws(LexicalFormError) in try LexicalForm.uuid(span) }
    }

    func decodeData(_ element: Int32) throws -> Data {
        try parseTrimmed(element, Data.self) { (span) throws(LexicalFormError) in try LexicalForm.base64(span) }
    }

    func decodeURL(_ element: Int32) throws -> URL {
        let index = try resolve(element)
        try countDecoded(element)
        let record = try textRecord(index, URL.self)
        let bytes = text
        let range = LexicalForm.rangeTrimmingXMLWhitespace(
            bytes.span.extracting(record.textStart..<record.textStart + record.textCount))
        let string = String(decoding: text[(record.textStart + range.lowerBound)..<(record.textStart + range.upperBound)], as: UTF8.self)
        guard !string.isEmpty, let url = URL(string: string) else {
            throw corrupted(
                index, "\"\(string)\" is not a valid URL",
                underlying: LexicalFormError(code: .malformed, typeName: "anyURI", text: string, reason: "not a URL"))
        }
        return url
    }

    // MARK: Any Decodable

    /// Decodes element `element` as `T`: the primitive and Foundation types from their lexical
    /// forms, dictionaries from `KeyValueOf…` items, anything else through its `init(from:)`.
    ///
    /// The kind of `T` comes from the session's per-type table (``DecodingSession/typeKind(_:)``),
    /// one lookup instead of type comparisons and protocol casts per value.
    func decode<T: Decodable>(_ type: T.Type, _ element: Int32) throws -> T {
        if T.self == String.self { return try decodeString(element) as! T }
        let kind = session.typeKind(type)
        switch kind.value {
        case .composite:
            return try decodeComposite(type, element, kind.flags) { index in
                if kind.memberTable >= 0, let value = decodeMemberwise(T.self, index, kind.memberTable) {
                    return value
                }
                return try T(from: ElementDecoder(context: self, element: index))
            }
        case .string: return try decodeString(element) as! T
        case .dateTime: return try decodeDateTime(element) as! T
        case .decimal: return try decodeDecimal(element) as! T
        case .int: return try decodeInteger(element, Int.self) as! T
        case .bool: return try decodeBool(element) as! T
        case .double: return try decodeDouble(element) as! T
        case .date: return try decodeDate(element) as! T
        case .uuid: return try decodeUUID(element) as! T
        case .data: return try decodeData(element) as! T
        case .url: return try decodeURL(element) as! T
        case .float: return try decodeFloat(element) as! T
        case .int64: return try decodeInteger(element, Int64.self) as! T
        case .int32: return try decodeInteger(element, Int32.self) as! T
        case .int16: return try decodeInteger(element, Int16.self) as! T
        case .int8: return try decodeInteger(element, Int8.self) as! T
        case .uint: return try decodeInteger(element, UInt.self) as! T
        case .uint64: return try decodeInteger(element, UInt64.self) as! T
        case .uint32: return try decodeInteger(element, UInt32.self) as! T
        case .uint16: return try decodeInteger(element, UInt16.self) as! T
        case .uint8: return try decodeInteger(element, UInt8.self) as! T
        }
    }

    /// Decodes element `element` as a composite `T`: follows `z:Ref` (refusing cycles), counts
    /// the decode, refuses `i:nil` for a non-optional `T`, reads dictionaries from their items,
    /// and otherwise calls `body` with the resolved element; then, under
    /// ``DataContractDecoder/UnknownElementPolicy/error``, checks that every child was asked for.
    @inline(__always)
    private func decodeComposite<T: Decodable>(
        _ type: T.Type, _ element: Int32, _ flags: UInt8, _ body: (Int32) throws -> T
    ) throws -> T {
        let reference = elements[Int(element)].flags & ElementRecord.hasReference != 0
        let index = try resolve(element)
        let isOptional = flags & TypeKind.optional != 0
        // `Optional<X>` decodes its element again as `X`: count it once, there.
        if !isOptional { try countDecoded(element) }
        if reference {
            guard activeReferences.insert(index).inserted else {
                throw corrupted(
                    .invalidReference, element,
                    "has a z:Ref that leads back to an element still being decoded; a reference cycle cannot be represented by value types")
            }
        }
        defer { if reference { activeReferences.remove(index) } }
        if try isNil(index), !isOptional {
            try requireValue(index, type)
        }
        if flags & TypeKind.keyValueList != 0, let dictionary = T.self as? KeyValueListDecodable.Type {
            return try dictionary.decodeKeyValueItems(self, index) as! T
        }
        if strictNamespaces, flags & TypeKind.described != 0, let described = T.self as? DataContractDescribing.Type {
            contracts[index] = described.dataContract
        }
        let value = try body(index)
        if checksUnknownElements, keyedParents.contains(index) {
            var child = elements[Int(index)].firstChild
            while child >= 0 {
                if !visited[Int(child)] {
                    throw corrupted(
                        .unknownElement, child,
                        "is not a member of \(T.self) (in namespace \"\(names.string(elements[Int(child)].namespace))\"); unknown elements are errors under UnknownElementPolicy.error")
                }
                child = elements[Int(child)].nextSibling
            }
        }
        return value
    }

    /// Reads element `element` as a value whose type's `init(from:)` reads one raw value from a
    /// single-value container (through `read`, on the resolved element): the checks and decode
    /// counts of ``decode(_:_:)`` for such a type, which is neither optional, nor a dictionary,
    /// nor read through a keyed container. Any error only makes the memberwise path fall back.
    @inline(__always)
    func decodeRawValue<Raw>(_ element: Int32, _ read: (DecodingContext, Int32) throws -> Raw) throws -> Raw {
        let reference = elements[Int(element)].flags & ElementRecord.hasReference != 0
        let index = try resolve(element)
        try countDecoded(element)
        if reference {
            guard activeReferences.insert(index).inserted else { throw DataContractMemberReader.Surprise() }
        }
        defer { if reference { activeReferences.remove(index) } }
        if try isNil(index) { throw DataContractMemberReader.Surprise() }
        return try read(self, index)
    }

    /// Reads element `index` through `T`'s ``DataContractMemberwiseDecodable`` initializer;
    /// `nil` on any surprise or error, after undoing the decode counts, so the caller decodes it
    /// through `init(from:)` (which gives the value or the error).
    private func decodeMemberwise<T>(_ type: T.Type, _ index: Int32, _ tableIndex: Int32) -> T? {
        let table = session.memberTables[Int(tableIndex)]
        guard table.fallbacksInARow < MemberTable.fallbackLimit else { return nil }
        let record = elements[Int(index)]
        // What `checkContainer` refuses (text instead of, or next to, the child elements) falls
        // back, and so does an element with no children (the generic path says what is missing).
        guard record.firstChild >= 0, record.flags & ElementRecord.mixedContent == 0 else {
            table.fallbacksInARow += 1
            return nil
        }
        let counted = decodedCount
        var reader = DataContractMemberReader(context: self, element: index, table: table)
        if let value = try? Self.read(table.type, as: T.self, &reader), reader.isAtEnd() {
            table.fallbacksInARow = 0
            table.successes += 1
            return value
        }
        decodedCount = counted
        table.fallbacksInARow += 1
        return nil
    }

    /// Calls `type`'s memberwise initializer (opening the existential metatype) and casts the
    /// value to `T`, which is `M`, without boxing it in an existential.
    private static func read<M: DataContractMemberwiseDecodable, T>(
        _ type: M.Type, as _: T.Type, _ reader: inout DataContractMemberReader
    ) throws -> T? {
        try M(dataContractMembers: &reader) as? T
    }

    /// Decodes the document's root element (index 0) as `T`; under strict namespaces, checks the
    /// root's name and namespace against `T`'s contract.
    func decodeRoot<T: Decodable>(_ type: T.Type) throws -> T {
        if strictNamespaces, let described = T.self as? DataContractDescribing.Type {
            try checkItemContract(0, described.dataContract, checkName: true)
        }
        return try decode(type, 0)
    }

    /// Checks that element `index` has the contract's namespace (and name, when asked).
    func checkItemContract(_ index: Int32, _ contract: DataContract, checkName: Bool) throws {
        let record = elements[Int(index)]
        let namespace = names.string(record.namespace)
        let name = names.string(record.name)
        if namespace != contract.namespace || (checkName && name != contract.name) {
            throw corrupted(
                .namespaceMismatch, index,
                "is {\(namespace)}\(name); the contract expects {\(contract.namespace)}\(checkName ? contract.name : name)")
        }
    }
}
