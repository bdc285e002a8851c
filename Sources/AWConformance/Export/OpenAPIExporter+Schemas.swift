import AWSchema
import Foundation
import OpenAPIKit

/// JSON Schemas of documented types and properties, with their OpenAPI `xml` objects and the
/// `x-awkit-` extensions that say where each fact came from.
extension OpenAPIExporter {
    /// The `xsi:` namespace of DataContract's `i:nil="true"`.
    static let xmlSchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"
    /// The namespace of DataContract's primitive root elements (`<int>`, `<decimal>`).
    static let serializationNamespace = "http://schemas.microsoft.com/2003/10/Serialization/"
    /// The namespace of the items of DataContract's primitive lists (`<ArrayOfint>`).
    static let arraysNamespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

    /// The .NET DateTime lexical form Json.NET and DataContractSerializer write and read:
    /// `yyyy-MM-ddTHH:mm:ss`, 1–7 fraction digits, then nothing (Unspecified), `Z` or `±hh:mm`.
    static let dateTimePattern = #"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})?$"#
    /// A documented `date`: a bare `yyyy-MM-dd`, or a DateTime at midnight.
    static let datePattern = #"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T00:00:00(\.0{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})?)?$"#
    /// The bound of a .NET `decimal`: 2⁹⁶, exactly a `Double`; the largest decimal is 2⁹⁶ − 1,
    /// so the range is exclusive (a `Double` near the bound is 2⁴³ away from it, so no number a
    /// JSON tool writes falls between the two).
    static let decimalBound: Double = 0x1p96
    /// `string of comma-separated integers` (`1,2,3`, or empty), each a 32-bit integer (the API's
    /// `integer`) as the models (`CommaSeparatedIntegers`), the stand-in and `awkit check` read it
    /// (leading zeros allowed).
    static let commaSeparatedIntegersPattern: String = {
        let item = "(?:-0*\(digitsPattern(upTo: "2147483648"))|0*\(digitsPattern(upTo: "2147483647")))"
        return "^(?:\(item)(?:,\(item))*)?$"
    }()

    /// A pattern of the decimal numbers 0 … `bound` (its digits, no leading zero): the shorter
    /// numbers, then per digit of `bound` the numbers that share its prefix and are smaller there.
    static func digitsPattern(upTo bound: String) -> String {
        let digits = Array(bound)
        var alternatives = ["[0-9]{1,\(digits.count - 1)}"]
        for index in digits.indices {
            let digit = digits[index].wholeNumberValue!
            let low = index == 0 ? 1 : 0
            guard digit > low else { continue }
            let rest = digits.count - index - 1
            alternatives.append(String(digits[..<index]) + "[\(low)-\(digit - 1)]" + (rest > 0 ? "[0-9]{\(rest)}" : ""))
        }
        alternatives.append(bound)
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }

    /// Where a property schema is used.
    struct PropertyUse {
        /// Whether the schema also describes DataContract XML (a response), so it carries `xml`
        /// objects; `false` for requests, which are JSON or a query string only.
        var forXML: Bool
    }

    /// The JSON Schema of one property: its documented type, required and nullable flags, enum
    /// values (bit flags not restricted), default, the pattern of its documented format, its
    /// XML element's namespace, and the `x-awkit-` extensions.
    func propertySchema(_ property: PropertySchema, endpoint: EndpointSchema, use: PropertyUse, visiting: [String]) -> JSONSchema {
        let type = property.type.value
        // A request member takes null where Json.NET can set it (a reference type, or nullable).
        let nullable = (use.forXML ? property.nullable.value : property.acceptsJSONNullInRequest) && !Self.isAny(type)
        var facts = Facts()
        facts.description = property.description.isEmpty ? nil : property.description
        facts.nullable = nullable
        facts.required = property.required.value

        var extensions: [String: AnyCodable] = [:]
        var sources: [String: String] = [
            "type": property.type.source.rawValue,
            "required": property.required.source.rawValue,
            "nullable": property.nullable.source.rawValue,
        ]
        extensions["x-awkit-documented-type"] = AnyCodable(type.description)
        if let condition = property.condition { extensions["x-awkit-condition"] = AnyCodable(condition) }

        if let values = property.enumValues {
            sources["enum"] = values.source.rawValue
            if property.enumIsFlags == true {
                // Bit flags add up: any sum is valid, so the values are documented, not enforced.
                extensions["x-awkit-flag-values"] = AnyCodable(values.value)
                let list = values.value.joined(separator: ", ")
                facts.description = [facts.description, "Bit flags: any sum of \(list)."].compactMap { $0 }.joined(separator: "\n\n")
            } else if let allowed = Self.enumValues(values.value, type: type) {
                facts.allowedValues = allowed + (nullable ? [AnyCodable(nil as (any Sendable)?)] : [])
            } else {
                extensions["x-awkit-enum-values"] = AnyCodable(values.value)
            }
        }
        if let defaultValue = property.defaultValue {
            sources["default"] = defaultValue.source.rawValue
            if let value = Self.typedValue(defaultValue.value, type: type) {
                facts.defaultValue = value
            } else {
                extensions["x-awkit-default"] = AnyCodable(defaultValue.value)
            }
        }
        if let format = property.format {
            sources["format"] = format.source.rawValue
            extensions["x-awkit-format"] = AnyCodable(format.value)
            facts.pattern = Self.pattern(forDocumentedFormat: format.value)
        }
        if use.forXML {
            if let namespace = property.xmlNamespace {
                sources["xmlNamespace"] = namespace.source.rawValue
                if let url = URL(string: namespace.value) {
                    facts.xml = OpenAPI.XML(namespace: url)
                } else {
                    extensions["x-awkit-xml-namespace"] = AnyCodable(namespace.value)
                }
            }
            if nullable {
                // DataContract writes a null member as an empty element with i:nil="true".
                extensions["x-awkit-xml-nil"] = AnyCodable(true)
            }
        }
        extensions["x-awkit-source"] = AnyCodable(sources)

        let schema = valueSchema(type, facts: facts, endpoint: endpoint, use: use, visiting: visiting, memberName: property.name)
        return schema.with(vendorExtensions: schema.vendorExtensions.merging(extensions) { first, _ in first })
    }

    /// The facts a schema carries besides its type.
    struct Facts {
        var description: String?
        var required = true
        var nullable = false
        var allowedValues: [AnyCodable]?
        var defaultValue: AnyCodable?
        var pattern: String?
        var xml: OpenAPI.XML?
    }

    /// The schema of a value of a documented type.
    func valueSchema(
        _ type: DocumentedType, facts: Facts, endpoint: EndpointSchema, use: PropertyUse, visiting: [String],
        memberName: String? = nil
    ) -> JSONSchema {
        let f = facts
        switch type {
        case .integer, .bigInteger:
            return .integer(
                format: type == .integer ? .int32 : .int64, required: f.required, nullable: f.nullable,
                description: f.description, allowedValues: f.allowedValues, defaultValue: f.defaultValue, xml: f.xml)
        case .decimal:
            return .number(
                format: .other("decimal"), required: f.required, nullable: f.nullable, description: f.description,
                maximum: (Self.decimalBound, exclusive: true), minimum: (-Self.decimalBound, exclusive: true),
                allowedValues: f.allowedValues, defaultValue: f.defaultValue, xml: f.xml)
        case .boolean:
            return .boolean(
                required: f.required, nullable: f.nullable, description: f.description,
                allowedValues: f.allowedValues, defaultValue: f.defaultValue, xml: f.xml)
        case .string, .date, .datetime, .commaSeparatedIntegers:
            let pattern = f.pattern ?? Self.lexicalPattern(type)
            return .string(
                required: f.required, nullable: f.nullable, description: f.description, pattern: pattern,
                allowedValues: f.allowedValues, defaultValue: f.defaultValue, xml: f.xml)
        case .object(let name):
            guard let object = endpoint.objectType(named: name), !visiting.contains(name) else {
                let why = visiting.contains(name)
                    ? "aws:\(name) contains itself; its properties are described where it first appears."
                    : "aws:\(name): the page does not show its properties."
                return .object(
                    required: f.required, nullable: f.nullable,
                    description: [f.description, why].compactMap { $0 }.joined(separator: "\n\n"), xml: f.xml
                ).with(vendorExtensions: ["x-awkit-type": AnyCodable("aws:\(name)"), "x-awkit-properties-unknown": AnyCodable(true)])
            }
            return objectSchema(object, facts: f, endpoint: endpoint, use: use, visiting: visiting)
        case .array(let element):
            var items = Facts()
            if use.forXML, case .object(let name) = element {
                // DataContract names each item element by the item's contract name, which the page
                // calls aws:Name; the member element wraps them.
                items.xml = OpenAPI.XML(name: endpoint.objectType(named: name)?.name ?? name)
            } else if use.forXML, let primitive = Self.primitiveContractName(element) {
                items.xml = OpenAPI.XML(name: primitive, namespace: URL(string: Self.arraysNamespace))
            }
            // In a request, Json.NET puts a null item into a list of a reference type.
            if !use.forXML, case .object = element { items.nullable = true }
            if !use.forXML, element == .string { items.nullable = true }
            let wrapper = use.forXML
                ? OpenAPI.XML(name: memberName, namespace: f.xml?.namespace, wrapped: true)
                : nil
            return .array(
                required: f.required, nullable: f.nullable, description: f.description,
                items: valueSchema(element, facts: items, endpoint: endpoint, use: use, visiting: visiting), xml: wrapper)
        case .unknown(let text):
            // Not understood, so not restricted: any JSON value.
            return .fragment(
                required: f.required,
                description: [f.description, "The page's type `\(text)` is not one AWKit understands; any value is accepted."]
                    .compactMap { $0 }.joined(separator: "\n\n"),
                xml: f.xml)
        }
    }

    /// An object type's schema: its properties in documentation order (an OpenAPI `required` list
    /// of those the page says are present), the DataContract member order when a sample shows it.
    func objectSchema(_ object: TypeSchema, facts: Facts, endpoint: EndpointSchema, use: PropertyUse, visiting: [String]) -> JSONSchema {
        var properties = OrderedDictionary<String, JSONSchema>()
        for property in object.properties where properties[property.name] == nil {
            properties[property.name] = propertySchema(property, endpoint: endpoint, use: use, visiting: visiting + [object.name])
        }
        var extensions: [String: AnyCodable] = ["x-awkit-type": AnyCodable("aws:\(object.name)")]
        if object.inferred {
            extensions["x-awkit-inferred"] = AnyCodable(true)
        }
        if object.propertiesUnknown == true {
            extensions["x-awkit-properties-unknown"] = AnyCodable(true)
        }
        if use.forXML, let order = object.xmlMemberOrder {
            extensions["x-awkit-xml-member-order"] = AnyCodable(order)
        }
        var description = facts.description
        if object.inferred {
            description = [description, "aws:\(object.name) is not documented on the page; its properties are inferred from a sample."]
                .compactMap { $0 }.joined(separator: "\n\n")
        }
        return JSONSchema.object(
            required: facts.required, nullable: facts.nullable, description: description, properties: properties,
            xml: facts.xml
        ).with(vendorExtensions: extensions)
    }

    /// Whether a schema of this type accepts any value (so a `nullable` flag adds nothing).
    static func isAny(_ type: DocumentedType) -> Bool {
        if case .unknown = type { return true }
        return false
    }

    /// The pattern of a type's lexical form on the wire, or `nil` for free text.
    static func lexicalPattern(_ type: DocumentedType) -> String? {
        switch type {
        case .datetime: dateTimePattern
        case .date: datePattern
        case .commaSeparatedIntegers: commaSeparatedIntegersPattern
        default: nil
        }
    }

    /// The documented enum values as JSON values of the property's type (`"1"` → `1` for an
    /// integer), or `nil` when one of them is not of the type.
    static func enumValues(_ values: [String], type: DocumentedType) -> [AnyCodable]? {
        var typed: [AnyCodable] = []
        for value in values {
            guard let value = typedValue(value, type: type) else { return nil }
            typed.append(value)
        }
        return typed
    }

    /// A documented value (`50`, `false`, `date-desc`) as a JSON value of the type, or `nil` when
    /// its text is not of the type.
    static func typedValue(_ text: String, type: DocumentedType) -> AnyCodable? {
        switch type {
        case .integer: Int32(text).map { AnyCodable(Int($0)) }
        case .bigInteger: Int64(text).map { AnyCodable($0) }
        case .boolean: text == "true" ? AnyCodable(true) : text == "false" ? AnyCodable(false) : nil
        case .string, .date, .datetime, .commaSeparatedIntegers: AnyCodable(text)
        case .decimal, .object, .array, .unknown: nil
        }
    }

    /// The element name DataContract gives a value of this type in a list: the primitive's
    /// contract name (`int`), the page's name of an `aws:` type, `ArrayOf…` for a nested list, the
    /// spelling itself for an unknown type.
    static func contractName(_ type: DocumentedType) -> String {
        switch type {
        case .object(let name): name
        case .array(let element): "ArrayOf" + contractName(element)
        case .unknown(let text): text
        default: primitiveContractName(type) ?? type.description
        }
    }

    /// DataContract's contract name of a primitive (`int`, `decimal`, `dateTime`), or `nil` for
    /// an object, array or unknown type.
    static func primitiveContractName(_ type: DocumentedType) -> String? {
        switch type {
        case .integer: "int"
        case .bigInteger: "long"
        case .decimal: "decimal"
        case .boolean: "boolean"
        case .string, .commaSeparatedIntegers: "string"
        case .date, .datetime: "dateTime"
        case .object, .array, .unknown: nil
        }
    }
}
