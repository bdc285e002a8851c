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

    /// The configuration at `path`; else `.awkit.json` in `checkedDirectory` (the one folder
    /// `awkit check` was given, e.g. a folder `awkit live --record` wrote) when present; else
    /// `.awkit.json` in the working directory when present; else the defaults.
    ///
    /// - Throws: `ConfigurationError` when the file cannot be read or is invalid.
    static func configuration(path: String?, checkedDirectory: String? = nil) throws -> CheckConfiguration {
        if let path {
            return try CheckConfiguration.load(from: URL(fileURLWithPath: path))
        }
        if let checkedDirectory {
            let file = URL(fileURLWithPath: checkedDirectory).appendingPathComponent(defaultConfigurationFile)
            if FileManager.default.fileExists(atPath: file.path) {
                return try CheckConfiguration.load(from: file)
            }
        }
        if FileManager.default.fileExists(atPath: defaultConfigurationFile) {
            return try CheckConfiguration.load(from: URL(fileURLWithPath: defaultConfigurationFile))
        }
        return CheckConfiguration()
    }
}
