import AWConformance
import Foundation

/// The documentation pages the importer tests read: `Docs/Pages/*.txt`, the pages the built-in
/// schemas are made from (outside the test target's folder, so SwiftPM does not ask to declare
/// them as resources).
enum DocPages {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Docs/Pages/`.
    static let directory = repositoryRoot.appendingPathComponent("Docs/Pages")

    /// `Samples/`.
    static let samplesDirectory = repositoryRoot.appendingPathComponent("Samples")

    /// `Sources/AWConformance/Schemas/`, the checked-in schemas.
    static let schemasDirectory = repositoryRoot.appendingPathComponent("Sources/AWConformance/Schemas")

    /// The text of `Docs/Pages/<name>.txt`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    /// The page imported with the default configuration.
    static func schema(_ name: String) throws -> EndpointSchema {
        try DocPageImporter().importPage(text(name))
    }

    /// A page with some text replaced (for variants the real pages do not show); the text must
    /// be on the page, so a variant cannot silently test the unchanged page.
    static func variant(_ name: String, replacing original: String, with replacement: String) throws -> String {
        let text = try text(name)
        guard text.contains(original) else { throw VariantError(page: name, missing: original) }
        return text.replacingOccurrences(of: original, with: replacement)
    }

    /// A variant's text is not on its page.
    struct VariantError: Error, CustomStringConvertible {
        let page: String
        let missing: String
        var description: String { "\(page) has no text \(missing)" }
    }
}
