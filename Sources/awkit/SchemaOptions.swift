import AWConformance
import Foundation

/// Loading what `awkit check` (and the other checking commands) need besides the responses:
/// the schemas and the severity configuration.
enum SchemaOptions {
    /// The default configuration file, read from the working directory when present.
    static let defaultConfigurationFile = ".awkit.json"

    /// The built-in schemas plus those in `extraDirectory` (which win for the same endpoint).
    ///
    /// - Throws: `SchemaLoadingError` when a schema file cannot be read or is invalid.
    static func load(extraDirectory: String?) throws -> [String: EndpointSchema] {
        var catalog = try SchemaCatalog.builtIn()
        if let extraDirectory {
            try catalog.add(contentsOf: URL(fileURLWithPath: extraDirectory))
        }
        return catalog.schemas
    }

    /// The configuration at `path`, or `.awkit.json` in the working directory when present, or
    /// the defaults.
    ///
    /// - Throws: `ConfigurationError` when the file cannot be read or is invalid.
    static func configuration(path: String?) throws -> CheckConfiguration {
        if let path {
            return try CheckConfiguration.load(from: URL(fileURLWithPath: path))
        }
        if FileManager.default.fileExists(atPath: defaultConfigurationFile) {
            return try CheckConfiguration.load(from: URL(fileURLWithPath: defaultConfigurationFile))
        }
        return CheckConfiguration()
    }
}
