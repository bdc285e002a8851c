import Foundation

/// A folder of documentation pages (`Docs/Pages/*.txt`) imported at once: what `awkit import-docs
/// --all` writes and what the test that keeps the built-in schemas current compares with.
///
/// Each page becomes `Group_Operation.json` (`EndpointSchema.fileName`); its samples become
/// `Group/Operation/response.json`, `response.xml` and `request.json` in the Samples layout
/// (`EndpointSchema.sampleFiles`), byte for byte as the page prints them.
public struct DocPageFolder: Sendable {
    /// One page's outcome.
    public struct Page: Sendable {
        /// The page's file name (`PhoneChat_GetSettings.txt`).
        public let file: String
        /// Its schema, or why the page was refused.
        public let result: Result<EndpointSchema, DocPageImportError>
    }

    /// The pages in file-name order.
    public let pages: [Page]

    /// Imports every `*.txt` file directly inside `directory` (hidden files skipped).
    ///
    /// - Throws: `SchemaLoadingError` `schema.unreadable` when the folder or a page cannot be
    ///   read. A page that is not a documentation page is not thrown: it is a failed ``Page``.
    public init(directory: URL, importer: DocPageImporter = DocPageImporter()) throws(SchemaLoadingError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw SchemaLoadingError(code: .unreadable, path: directory.path, message: "not a readable folder")
        }
        var pages: [Page] = []
        for name in names.sorted() where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else {
                throw SchemaLoadingError(code: .unreadable, path: url.path, message: "cannot be read")
            }
            pages.append(Page(file: name, result: Result { () throws(DocPageImportError) in try importer.importPage(contentsOf: data) }))
        }
        self.pages = pages
    }

    /// The schemas of the pages that imported.
    public var schemas: [EndpointSchema] {
        pages.compactMap { try? $0.result.get() }
    }
}

extension EndpointSchema {
    /// The schema's file name: `Group_Operation.json`.
    public var fileName: String {
        endpoint.replacingOccurrences(of: "/", with: "_") + ".json"
    }

    /// The page's samples as files of the Samples layout, by path relative to the Samples folder
    /// (`PhoneChat/AcceptReceivedBooking/response.json`), with their exact text (no line break
    /// is added at the end; the pages print none).
    public var sampleFiles: [(path: String, text: String)] {
        var files: [(String, String)] = []
        if let requestJSONSample { files.append(("\(endpoint)/request.json", requestJSONSample)) }
        if let responseJSONSample { files.append(("\(endpoint)/response.json", responseJSONSample)) }
        if let responseXMLSample { files.append(("\(endpoint)/response.xml", responseXMLSample)) }
        return files
    }
}
