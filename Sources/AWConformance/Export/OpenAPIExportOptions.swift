import Foundation

/// How ``OpenAPIExporter`` writes the catalog as an OpenAPI document.
///
/// ```swift
/// var options = OpenAPIExportOptions()
/// options.version = .v3_0
/// options.format = OpenAPIExportOptions.Format(path: "aw.yaml")   // .yaml
/// ```
public struct OpenAPIExportOptions: Hashable, Sendable {
    /// The OpenAPI Specification version the document is written in.
    public enum Version: String, CaseIterable, Hashable, Sendable {
        /// OpenAPI 3.0 (`openapi: 3.0.3`): nullability as `nullable: true`, security requirements of
        /// the bearer scheme without scopes (3.0 allows none there; they stay in `x-awkit-scopes`).
        case v3_0 = "3.0"
        /// OpenAPI 3.1 (`openapi: 3.1.0`, JSON Schema 2020-12): nullability as a `null` type,
        /// the documented scopes in the bearer scheme's security requirements.
        case v3_1 = "3.1"

        /// The exact version string the document's `openapi` field carries.
        public var specificationVersion: String {
            switch self {
            case .v3_0: "3.0.3"
            case .v3_1: "3.1.0"
            }
        }
    }

    /// The text format of the document.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// Pretty-printed JSON, keys sorted, slashes unescaped, a final line break.
        case json
        /// YAML 1.1 as Yams writes it, keys sorted.
        case yaml

        /// YAML for a path ending in `.yaml` or `.yml` (any case), JSON for any other path.
        public init(path: String) {
            let lower = path.lowercased()
            self = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .json
        }
    }

    /// The OpenAPI version; default ``Version/v3_1``.
    public var version: Version = .v3_1
    /// The text format; default ``Format/json``.
    public var format: Format = .json
    /// The server the document names; default `https://api-sandbox.adultwork.com`, the host of
    /// every sample URL on the documentation pages.
    public var serverURL: URL = URL(string: "https://api-sandbox.adultwork.com")!
    /// The document's `info.title`; default `AdultWork.com REST API v1`.
    public var title: String = "AdultWork.com REST API v1"
    /// The document's `info.version` (the API's version, not the document's); default `v1`.
    public var apiVersion: String = "v1"

    /// The defaults: OpenAPI 3.1, JSON, the sandbox server.
    public init() {}
}
