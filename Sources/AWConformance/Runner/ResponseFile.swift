import AWModels
import Foundation

/// A saved response to check: its path, endpoint and format.
public struct ResponseFile: Hashable, Sendable {
    /// The path as given or found (reports show it as is).
    public var path: String
    /// `Group/Operation`.
    public var endpoint: String
    public var format: ResponseFormat

    public init(path: String, endpoint: String, format: ResponseFormat) {
        self.path = path
        self.endpoint = endpoint
        self.format = format
    }

    /// The endpoint a saved response's path names: `Group/Operation` from a
    /// `…/Group/Operation/response.json` (or `.xml`) path, or `nil` for any other path.
    public static func endpoint(fromPath path: String) -> String? {
        let components = path.split(separator: "/").map(String.init)
        guard components.count >= 3, let name = components.last,
            name == "response.json" || name == "response.xml"
        else { return nil }
        return components[components.count - 3] + "/" + components[components.count - 2]
    }

    /// The responses under `directory` in the `Group/Endpoint/response.{json,xml}` layout,
    /// sorted by path. `directory` may be the folder that holds the groups (`Samples`), one
    /// group, or one endpoint's folder; symbolic links are followed.
    ///
    /// - Throws: ``ResponseFileError`` when the directory cannot be listed.
    public static func discover(in directory: String) throws(ResponseFileError) -> [ResponseFile] {
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ResponseFileError(path: directory, message: "cannot be listed")
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var found: [ResponseFile] = []
        for case let url as URL in enumerator {
            let resolved = url.resolvingSymlinksInPath().path
            // The endpoint comes from the real path, so an endpoint folder given directly works.
            guard let endpoint = endpoint(fromPath: resolved) else { continue }
            let relative = String(resolved.dropFirst(root.path.count).drop { $0 == "/" })
            found.append(
                ResponseFile(
                    path: prefix + relative, endpoint: endpoint, format: resolved.hasSuffix(".json") ? .json : .xml))
        }
        return found.sorted { $0.path < $1.path }
    }

    /// One file given on the command line: its endpoint is `endpoint` or, when `nil`, read from
    /// a `…/Group/Endpoint/response.{json,xml}` path; its format from the extension (`.json`,
    /// `.xml`) or the first character; JSON when neither tells (the JSON syntax check then
    /// reports the first character).
    ///
    /// - Throws: ``ResponseFileError`` when no endpoint is given or found in the path.
    public static func single(_ path: String, endpoint: String?, data: Data) throws(ResponseFileError) -> ResponseFile {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let endpoint = endpoint ?? Self.endpoint(fromPath: resolved) else {
            throw ResponseFileError(
                path: path, message: "needs --endpoint Group/Operation (it is not a Group/Endpoint/response.json or .xml)")
        }
        let format: ResponseFormat
        if path.hasSuffix(".json") {
            format = .json
        } else if path.hasSuffix(".xml") {
            format = .xml
        } else {
            // Neither XML nor JSON (or empty): checked as JSON, whose syntax finding then names
            // the first character, and `awkit check` exits 1 as `awkit decode` does.
            format = (try? ResponseFormat.sniff(data)) ?? .json
        }
        return ResponseFile(path: path, endpoint: endpoint, format: format)
    }
}

/// A path that cannot be checked: missing, unreadable, or of unknown endpoint or format.
/// `awkit check` exits 2 on it.
public struct ResponseFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable code: `input.unreadable`.
    public let code = "input.unreadable"
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
