import AWModels
import Foundation

/// Reads an API documentation page's text and returns what it promises as an `EndpointSchema`.
///
/// The page format is the text of the AdultWork.com REST API v1 documentation pages, as saved in
/// the project's `shared/docs/` (the seed page is `PhoneChat_AcceptReceivedBooking.txt`). The
/// importer reads:
/// - the title (first line after the navigation menu), and the endpoint from the
///   `POST /v1/Group/Operation` line (id `Group/Operation`, method, path);
/// - the group-manager path from a `GET /v1/Groups/…` line ("(See Group manager)"), or else from
///   the "GET as Group manager" sample URL, and the "Group manager" table's parameters (`UserID`);
/// - the scopes under "Scopes", and how parameters are passed from the "Request Information"
///   prose ("query string" or "request body");
/// - the property tables under "Request", "Prerequisites", "Group manager" and "Response", plus a
///   table right after a lone `aws:Name` line, which documents that nested type;
/// - required: "Required." in a description (prose); properties of response and type tables
///   (table: documented means expected present); else `false` (default);
/// - nullable: "This will be null if…", "can be null"… (prose); a `null` in the JSON sample the
///   prose does not allow (sample, with a note); else `false` (default);
/// - enum values: "This can be A, B, C or D", "… 1 if …, 2 if …, or 3 if …" (prose);
/// - nested `aws:` types without a table: inferred from the JSON response sample
///   (`inferred: true`, every fact from the sample);
/// - the JSON and XML response samples' text as published. The JSON sample is parsed with
///   `JSONTree.parse(_:)`; the XML sample is read leniently for the root element's name and
///   namespace and each member's namespace (`EndpointSchema.xml`,
///   `PropertySchema.xmlNamespace`), see `learnXMLSample`.
///
/// ## Reading a table row
///
/// A row is `Name type words Description…` with single spaces and no column separator:
/// - The name is ASCII letters, digits and `_`, and not a sentence opener ("This", "The",
///   "Note", "A" …), so "Note: This will be null if…" or "This will be null…" on the next line
///   continues the row above instead of starting one.
/// - The type is matched against the known spellings, longest first: `array of`/`Array of` +
///   element, `aws:Name`, `aws: Name` (stray space, noted), `string of comma-separated integers`,
///   `big integer`, `datetime`, `integer`, `decimal`, `boolean`, `string`, `date`.
/// - A description starts with a word whose first character is an uppercase letter, a digit, a
///   quote or `(` ("The", "Required.", "True", "A", "One"). So when the text after a known
///   spelling starts with a lowercase word, the type goes on to the first such word
///   (`string or null The …` → unknown `string or null`); when no known spelling matches, the
///   type is the first word after the name plus the lowercase words after it
///   (`list of strings The …`). An unknown spelling is kept as
///   `DocumentedType.unknown(_:)` and noted, never dropped. (If a lowercase text after a known
///   spelling has no description word at all, it is taken as the description.)
/// - Any other non-blank line continues the description above (joined with a line break); before
///   the first row it is a remark ("This operation does not accept any parameters."). A blank
///   line, a section heading or the next table header ends the table.
///
/// What a page lacks or gets wrong (no response table, no sample, an unknown type spelling, an
/// invalid JSON sample, a sample that disagrees with a table) becomes a line in
/// `EndpointSchema.notes`; the output is the same for the same page text.
///
/// ```swift
/// let schema = try DocPageImporter().importPage(pageText)
/// schema.endpoint                       // "PhoneChat/AcceptReceivedBooking"
/// schema.response?.property(named: "Status")?.enumValues?.value
///                                       // ["Pending", "Accepted", "Rejected", "Confirmed", "Cancelled"]
/// ```
public struct DocPageImporter: Sendable {
    /// What the importer may learn from samples; defaults as `awkit import-docs` uses them.
    public var configuration: Configuration

    /// - Parameter configuration: default ``Configuration/init(inferTypesFromSamples:nullableFromSamples:)``
    ///   with its defaults.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Imports a page from its bytes (UTF-8; a BOM is skipped).
    ///
    /// - Throws: ``DocPageImportError`` `import.not-text` for bytes that are not UTF-8 or hold
    ///   NUL or other binary control bytes, else as ``importPage(_:)``.
    public func importPage(contentsOf data: Data) throws(DocPageImportError) -> EndpointSchema {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DocPageImportError(code: .notText, message: "the page is not UTF-8 text")
        }
        return try importPage(text)
    }

    /// Imports a page from its text.
    ///
    /// - Throws: ``DocPageImportError``: `import.empty` for an empty or blank page,
    ///   `import.not-text` for text holding NUL or other binary control characters,
    ///   `import.navigation-only` for a page with nothing but the site's menu,
    ///   `import.missing-endpoint` when no `METHOD /v1/…` line names the endpoint, and
    ///   `import.invalid-endpoint` when its path gives no safe `Group/Operation` identifier.
    ///   Nothing else throws: what the page lacks becomes a note.
    public func importPage(_ text: String) throws(DocPageImportError) -> EndpointSchema {
        try Self.refuseNonPages(text)
        let page = DocPage(text: text)
        var notes: [String] = []

        // Endpoint, method, paths.
        let endpointLines = Self.endpointLines(of: page)
        guard let main = endpointLines.first(where: { !$0.isGroupManager }) else {
            if page.isNavigationOnly {
                throw DocPageImportError(
                    code: .navigationOnly,
                    message: "the page holds only the navigation menu (\"API Methods\", \"Account ...\"): copy the whole page, from its title to its last sample")
            }
            throw DocPageImportError(
                code: .missingEndpoint,
                message: "no endpoint line such as \"POST /v1/PhoneChat/AcceptReceivedBooking\" on the page")
        }
        let endpoint = Self.canonicalEndpointID(forPath: main.path, menuGroups: page.menuGroups)
        guard Self.isSafeEndpointID(endpoint) else {
            throw DocPageImportError(
                code: .invalidEndpoint,
                message: "line \(main.line): the path \(main.path) does not name an endpoint as /v1/Group/Operation (letters, digits and _ only)")
        }
        for other in endpointLines where !other.isGroupManager && other.line != main.line
            && (other.method, other.path) != (main.method, main.path) {
            notes.append("line \(other.line): another endpoint line `\(other.method) \(other.path)` ignored")
        }
        let title = page.title ?? {
            notes.append("the page has no title")
            return ""
        }()
        var groupManagerPath = endpointLines.first(where: \.isGroupManager)?.path
        if groupManagerPath == nil, let fromSample = Self.groupManagerPathFromSamples(of: page) {
            groupManagerPath = fromSample.path
            notes.append("line \(fromSample.line): group-manager path taken from the \"as Group manager\" sample URL")
        }

        // Tables.
        let tables = Self.tables(of: page)
        let requestTables = tables.filter { !$0.labelIsTypeName && $0.label == "Request" }
        func table(_ label: String) -> PropertyTable? {
            let matching = tables.filter { !$0.labelIsTypeName && $0.label == label }
            for extra in matching.dropFirst() {
                notes.append("line \(extra.headerLine): a second \(label) table ignored")
            }
            return matching.first
        }
        let prerequisitesTable = table("Prerequisites")
        let groupManagerTable = table("Group manager")
        let responseTable = table("Response")
        for other in tables where !other.labelIsTypeName
            && !["Request", "Prerequisites", "Group manager", "Response"].contains(other.label) {
            notes.append("line \(other.headerLine): a property table under \"\(other.label)\" ignored")
        }
        let (request, requestVariants) = Self.request(from: requestTables, notes: &notes)
        let prerequisites = prerequisitesTable.map { Self.properties(of: $0, documentedMeansPresent: false, notes: &notes) } ?? []
        let groupManagerParameters = groupManagerTable.map {
            Self.properties(of: $0, documentedMeansPresent: false, notes: &notes)
        } ?? []
        if groupManagerPath != nil, groupManagerTable == nil {
            notes.append("the page has a group-manager path but no Group manager parameter table")
        } else if groupManagerPath == nil, groupManagerTable != nil {
            notes.append("the page has a Group manager parameter table but no group-manager path")
        }
        var documentedTypes: [String: TypeSchema] = [:]
        for typeTable in tables where typeTable.labelIsTypeName {
            if documentedTypes[typeTable.label] != nil {
                notes.append("line \(typeTable.headerLine): aws:\(typeTable.label) is documented twice; the second table ignored")
                continue
            }
            documentedTypes[typeTable.label] = TypeSchema(
                name: typeTable.label, inferred: false,
                properties: Self.properties(of: typeTable, documentedMeansPresent: true, notes: &notes))
        }

        // Scopes, authentication and parameter passing.
        let scopes = Self.scopes(of: page)
        let authentication = Self.authentication(of: page, notes: &notes)
        // API-key operations need no user scope.
        if scopes.isEmpty, authentication.value != .apiKey { notes.append("the page lists no scope") }
        var passingNotes: [String] = []
        let parameterPassing = Self.parameterPassing(of: page, notes: &passingNotes)
        // An operation without parameters need not say how they pass.
        if !(request.isEmpty && groupManagerParameters.isEmpty) { notes += passingNotes }
        let requestSample = Self.requestSample(of: page)
        var requestSampleRoot: JSONTree.Node?
        if let requestSample {
            let read = LenientJSONSample(requestSample.text, firstLine: requestSample.line)
            requestSampleRoot = read.root
            for problem in read.problems {
                notes.append("line \(problem.line): the JSON request sample: \(problem.message)")
            }
        }

        // Response samples.
        let samples = Self.responseSamples(of: page)
        var sampleRoot: JSONTree.Node?
        if let json = samples.json {
            let read = LenientJSONSample(json, firstLine: samples.jsonLine ?? 1)
            sampleRoot = read.root
            for problem in read.problems {
                notes.append("line \(problem.line): the JSON response sample is not valid JSON: \(problem.message)")
            }
            if sampleRoot == nil { notes.append("the JSON response sample cannot be read; not used for facts") }
        } else {
            notes.append("the page has no JSON response sample")
        }
        if samples.xml == nil { notes.append("the page has no XML response sample") }

        // The response root and its types.
        let operation = String(endpoint.split(separator: "/").last ?? "Response")
        var types: [String: TypeSchema] = [:]
        let root = responseRoot(
            page: page, table: responseTable, documentedTypes: documentedTypes, sampleRoot: sampleRoot,
            operation: operation, types: &types, notes: &notes)
        var response = root.response

        // Nested aws: types, breadth-first from the request and the response.
        // The request's types are learnt from the JSON request sample, the response's from the
        // JSON response sample.
        let requestSampleName = "JSON request sample"
        let responseSampleName = "JSON response sample"
        var pending: [(properties: [PropertySchema], objects: [[JSONTree.Member]], path: String, sample: String)] = [
            (request, requestSampleRoot.map(Self.objects(in:)) ?? [], "", requestSampleName),
            (groupManagerParameters, [], "", requestSampleName),
            (response?.properties ?? [], root.responseObjects, "", responseSampleName),
        ]
        while !pending.isEmpty {
            let (properties, objects, path, sample) = pending.removeFirst()
            let valuesByName = Self.values(byName: objects)
            for property in properties {
                guard case let .object(name) = property.type.value.objectElement, types[name] == nil else { continue }
                let memberPath = path.isEmpty ? property.name : "\(path).\(property.name)"
                let nested = (valuesByName[property.name] ?? []).flatMap { Self.objects(in: $0) }
                if var documented = documentedTypes[name] {
                    applySample(to: &documented.properties, objects: nested, path: memberPath, sample: sample, notes: &notes)
                    types[name] = documented
                    pending.append((documented.properties, nested, memberPath, sample))
                } else if !configuration.inferTypesFromSamples {
                    notes.append("aws:\(name) (`\(memberPath)`) is not documented on the page; not inferred (configuration)")
                } else if nested.isEmpty {
                    types[name] = TypeSchema(name: name, inferred: false, properties: [], propertiesUnknown: true)
                    notes.append("aws:\(name) (`\(memberPath)`) is not documented on the page, and no \(sample) shows it to infer it from; its properties are unknown")
                } else {
                    types[name] = inferType(named: name, from: nested, types: &types, notes: &notes)
                    notes.append("aws:\(name) (`\(memberPath)`) is not documented on the page; its properties are inferred from the \(sample)")
                }
            }
        }
        for (name, documented) in documentedTypes where types[name] == nil && response?.name != name {
            types[name] = documented
            notes.append("aws:\(name) is documented on the page but no property refers to it")
        }

        var xml: EndpointSchema.XMLSample?
        if let xmlText = samples.xml {
            xml = learnXMLSample(
                xmlText, firstLine: samples.xmlLine ?? 1, shape: root.shape?.value, response: &response, types: &types,
                notes: &notes)
        }

        return EndpointSchema(
            endpoint: endpoint, title: title, method: main.method, path: main.path,
            groupManagerPath: groupManagerPath, groupManagerParameters: groupManagerParameters,
            scopes: scopes, parameterPassing: parameterPassing, authentication: authentication,
            request: request, requestVariants: requestVariants, requestJSONSample: requestSample?.text,
            prerequisites: prerequisites, responseShape: root.shape, response: response, types: types,
            responseJSONSample: samples.json, responseXMLSample: samples.xml, xml: xml, notes: notes)
    }

    /// Refuses what is not a page's text at all: nothing but white space, or binary bytes (NUL
    /// or C0 control characters other than tab, line feed, carriage return and form feed).
    static func refuseNonPages(_ text: String) throws(DocPageImportError) {
        var printable = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20, value != 0x09, value != 0x0A, value != 0x0D, value != 0x0C {
                throw DocPageImportError(
                    code: .notText,
                    message: "the page holds binary bytes (U+\(String(format: "%04X", value))), not documentation text")
            }
            if !printable, !scalar.properties.isWhitespace { printable = true }
        }
        if !printable {
            throw DocPageImportError(code: .empty, message: "the page is empty: copy the documentation page's text into it")
        }
    }

    /// The request properties from the "Request" tables: one table, or several forms under
    /// sub-headings (`Top views`, `Top ratings`), whose properties are merged (first form first;
    /// a property in several forms once, its enum values the union) and kept per form.
    static func request(from tables: [PropertyTable], notes: inout [String]) -> ([PropertySchema], [EndpointSchema.RequestVariant]?) {
        guard let first = tables.first else {
            notes.append("the page has no Request property table")
            return ([], nil)
        }
        if tables.count == 1 || tables.contains(where: { $0.variant == nil }) {
            for extra in tables.dropFirst() {
                notes.append("line \(extra.headerLine): a second Request table ignored")
            }
            return (properties(of: first, documentedMeansPresent: false, notes: &notes), nil)
        }
        var variants: [EndpointSchema.RequestVariant] = []
        var merged: [PropertySchema] = []
        for table in tables {
            let properties = properties(of: table, documentedMeansPresent: false, notes: &notes)
            variants.append(EndpointSchema.RequestVariant(name: table.variant ?? "", properties: properties))
            for property in properties {
                if let index = merged.firstIndex(where: { $0.name == property.name }) {
                    if let values = property.enumValues?.value, let known = merged[index].enumValues?.value {
                        merged[index].enumValues = Fact(known + values.filter { !known.contains($0) }, from: .prose)
                    }
                    if merged[index].type != property.type {
                        notes.append("line \(table.headerLine): `\(property.name)` is \(property.type.value) in \"\(table.variant ?? "")\" but \(merged[index].type.value) in an earlier form")
                    }
                    if merged[index].required != property.required { merged[index].required = Fact(false, from: .prose) }
                } else {
                    merged.append(property)
                }
            }
        }
        notes.append("the Request section documents \(variants.count) forms (\(variants.map(\.name).joined(separator: ", "))); request holds every property of any form")
        return (merged, variants)
    }
}

extension DocumentedType {
    /// `aws:X` for `aws:X` and `array of aws:X`; the type itself otherwise.
    var objectElement: DocumentedType {
        if case .array(let element) = self { return element.objectElement }
        return self
    }

    /// The element type of `array of X`, or `nil`.
    var arrayElement: DocumentedType? {
        if case .array(let element) = self { return element }
        return nil
    }
}
