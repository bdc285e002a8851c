extension EncodingSession {
    /// The id of the metadata of `type`, made on first use (reference/datacontract-format.md
    /// §1 names, §5 collections, §6 dictionaries).
    func typeInfo(_ type: Any.Type) -> Int32 {
        if let id = typeIDs[ObjectIdentifier(type)] { return id }
        let info = makeTypeInfo(type)
        let id = Int32(typeInfos.count)
        typeInfos.append(info)
        typeIDs[ObjectIdentifier(type)] = id
        return id
    }

    private func makeTypeInfo(_ type: Any.Type) -> EncodingTypeInfo {
        if let described = type as? DataContractDescribing.Type {
            let contract = described.dataContract
            let info = EncodingTypeInfo(kind: .contract, name: contract.name, namespace: intern(contract.namespace))
            info.isReference = contract.isReference
            if !Self.isNCName(contract.name) {
                info.invalidName = "the contract name \"\(contract.name)\" of \(type) is not an XML element name"
            }
            // `memberOrder` is group by group, each group sorted: walk it alongside the groups.
            let order = contract.memberOrder
            var rank = 0
            for (groupIndex, group) in contract.memberGroups.enumerated() {
                let namespace = intern(group.namespace)
                for member in order[rank..<(rank + group.members.count)] {
                    if info.invalidName == nil, !Self.isNCName(member) {
                        info.invalidName = "the member name \"\(member)\" of \(type) is not an XML element name"
                    }
                    info.slots[member] = (Int32(groupIndex), namespace, Int32(rank))
                    rank += 1
                }
            }
            if let last = contract.memberGroups.last {
                info.ownGroup = Int32(contract.memberGroups.count - 1)
                info.ownNamespace = intern(last.namespace)
            }
            return info
        }
        if let collection = type as? DataContractCollectionDescribing.Type {
            let contract = collection.collectionContract
            let info = EncodingTypeInfo(kind: .other, name: contract.name, namespace: intern(contract.namespace))
            info.itemName = contract.itemName
            for name in [contract.name, contract.itemName] where !Self.isNCName(name) {
                info.invalidName = "the collection contract name \"\(name)\" of \(type) is not an XML element name"
            }
            return info
        }
        if let primitive = PrimitiveSchemaName.lookup(type) {
            return EncodingTypeInfo(kind: .primitive(primitive.tag), name: primitive.name, namespace: arraysID)
        }
        if let optional = type as? EncodableOptionalMarker.Type {
            let wrapped = typeInfos[Int(typeInfo(optional.wrappedType))]
            return EncodingTypeInfo(kind: .optional(wrapped), name: wrapped.name, namespace: wrapped.namespace)
        }
        if let collection = type as? EncodableCollectionMarker.Type {
            let item = typeInfos[Int(typeInfo(collection.itemType))]
            let namespace = itemNamespace(item)
            return EncodingTypeInfo(kind: .collection(item: item), name: "ArrayOf" + item.name, namespace: namespace)
        }
        if let dictionary = type as? EncodableDictionaryMarker.Type {
            let key = typeInfos[Int(typeInfo(dictionary.keyType))]
            let value = typeInfos[Int(typeInfo(dictionary.valueType))]
            return EncodingTypeInfo(
                kind: .dictionary(key: key, value: value), name: "ArrayOfKeyValueOf" + key.name + value.name,
                namespace: arraysID)
        }
        return EncodingTypeInfo(kind: .other, name: Self.contractName(of: type), namespace: defaultID)
    }

    /// The namespace a collection of `item` is in: the Arrays namespace for primitives, the
    /// System namespace for `Optional` primitives that are .NET value types (`List<int?>` is
    /// `<a:int>` items in `http://schemas.datacontract.org/2004/07/System`: `Nullable<T>`'s
    /// namespace, as the oracle showed), else the item's contract namespace.
    func itemNamespace(_ item: EncodingTypeInfo) -> Int32 {
        if case .optional = item.kind, case .primitive(let tag) = item.unwrapped.kind {
            switch tag {
            case .string, .data, .url: return arraysID   // .NET reference types: no Nullable<T>
            default: return intern("http://schemas.datacontract.org/2004/07/System")
            }
        }
        if case .primitive = item.unwrapped.kind { return arraysID }
        return item.unwrapped.namespace
    }

    /// A Swift type's name as a contract name: `Box<Int>` → `BoxOfInt`, `Pair<A, B>` →
    /// `PairOfAB` (DataContractSerializer's generic names, without its namespace hash).
    static func contractName(of type: Any.Type) -> String {
        var name = ""
        for character in String(describing: type) {
            switch character {
            case "<": name += "Of"
            case ">", " ", ",", "(", ")", ":", "[", "]": break
            default: name.append(character)
            }
        }
        return name
    }
}
