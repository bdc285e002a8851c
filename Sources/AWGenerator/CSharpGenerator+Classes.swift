import AWSchema

extension CSharpGenerator {
    /// The classes of one type: a base class per member group but the last, then the type.
    func classes(_ structure: ModelPlan.Structure, in group: ModelPlan.Group, into source: inout SwiftSource) {
        let contract = structure.contract
        let byWireName = Dictionary(structure.properties.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        var base: String?
        for (index, memberGroup) in contract.groups.enumerated() {
            let isLast = index == contract.groups.count - 1
            let name = isLast ? structure.swiftName : "\(structure.swiftName)Base\(contract.groups.count > 2 ? String(index + 1) : "")"
            if index > 0 { source.line() }
            if isLast {
                source.comment([
                    structure.role == .response
                        ? "The response of \(structure.pages[0]): the page's `\(structure.apiName)`."
                        : "The page's `aws:\(structure.apiName)`.",
                    contract.fromSample
                        ? "Contract name and namespaces from the page's XML sample."
                        : "Contract assumed (the page shows no XML sample): the type's name in the group's models' namespace.",
                ])
                source.line("[DataContract(Name = \(Self.literal(contract.name)), Namespace = \(Self.literal(contract.namespace)))]")
                source.line("[OracleModel(\(Self.literal("\(group.name).\(structure.swiftName)")))]")
            } else {
                source.comment(["The members of `\(structure.swiftName)` that a base contract in \(memberGroup.namespace) declares."])
                source.line("[DataContract(Name = \(Self.literal(name)), Namespace = \(Self.literal(memberGroup.namespace)))]")
            }
            source.block("public class \(name)\(base.map { " : \($0)" } ?? "")") { source in
                let ordered = memberGroup.members.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
                for wireName in ordered {
                    guard let property = byWireName[wireName] else { continue }
                    member(property, in: group, into: &source)
                }
            }
            base = name
        }
    }

    /// `[DataMember(Name = "X", IsRequired = true)] public int x;`.
    private func member(_ property: ModelPlan.Property, in group: ModelPlan.Group, into source: inout SwiftSource) {
        var attributes = ["DataMember(Name = \(Self.literal(property.wireName))\(property.isOptional ? "" : ", IsRequired = true"))"]
        var type = property.swiftType
        var list = false
        if type.hasPrefix("[") && type.hasSuffix("]") {
            type = String(type.dropFirst().dropLast())
            list = true
        }
        var csharp: String
        var isValue = true
        if let enumeration = group.enums.first(where: { $0.swiftName == type }) {
            let values = enumeration.cases.map { Self.literal($0.value) }.joined(separator: ", ")
            attributes.append("DocumentedValues(\(enumeration.isFlags ? "true" : "false"), \(values))")
            csharp = enumeration.isFlags || enumeration.raw == .int ? "int" : "string"
            isValue = csharp == "int"
        } else {
            switch type {
            case "Int": csharp = "int"
            case "Int64": csharp = "long"
            case "Decimal": csharp = "decimal"
            case "Bool": csharp = "bool"
            case "DateTime": csharp = "System.DateTime"
            case "DateOnly":
                csharp = "System.DateTime"
                attributes.append("DateOnly")
            case "CommaSeparatedIntegers":
                csharp = "string"
                isValue = false
                attributes.append("CommaSeparatedIntegers")
            case "String":
                csharp = "string"
                isValue = false
            default:
                csharp = type
                isValue = false
            }
        }
        if list {
            csharp = "System.Collections.Generic.List<\(csharp)>"
            isValue = false
        }
        if property.isOptional {
            if isValue { csharp += "?" }
        } else if !isValue {
            attributes.append("NotNull")
        }
        source.line("[\(attributes.joined(separator: ", "))] public \(csharp) \(Self.identifier(property.swiftName));")
    }

    /// A C# string literal.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value > 0x7E {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16, uppercase: true)
                        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A Swift property name as a C# identifier: `@` before a C# keyword.
    static func identifier(_ name: String) -> String {
        keywords.contains(name) ? "@" + name : name
    }

    static let keywords: Set<String> = [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ]
}
