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

    /// The responses under `directory` in the `Group/Endpoint/response.{json,xml}` layout,
    /// sorted by path.
    ///
    /// - Throws: ``ResponseFileError`` when the directory cannot be listed.
    public static func discover(in directory: String) throws(ResponseFileError) -> [ResponseFile] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ResponseFileError(path: directory, message: "cannot be listed")
        }
        var found: [ResponseFile] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            guard name == "response.json" || name == "response.xml" else { continue }
            let relative = url.path.dropFirst(root.path.count).split(separator: "/").map(String.init)
            guard relative.count >= 3 else { continue }
            let endpoint = relative[relative.count - 3] + "/" + relative[relative.count - 2]
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + relative.joined(separator: "/")
            found.append(ResponseFile(path: path, endpoint: endpoint, format: name.hasSuffix(".json") ? .json : .xml))
        }
        return found.sorted { $0.path < $1.path }
    }

    /// One file given on the command line: its endpoint is `endpoint` or, when `nil`, read from
    /// a `…/Group/Endpoint/file` path; its format from the extension (`.json`, `.xml`) or the
    /// first character.
    ///
    /// - Throws: ``ResponseFileError`` when no endpoint is given or found in the path, or the
    ///   format cannot be told.
    public static func single(_ path: String, endpoint: String?, data: Data) throws(ResponseFileError) -> ResponseFile {
        let components = path.split(separator: "/").map(String.init)
        guard let endpoint = endpoint ?? (components.count >= 3
            ? components[components.count - 3] + "/" + components[components.count - 2] : nil)
        else {
            throw ResponseFileError(path: path, message: "needs --endpoint Group/Operation (it is not in a Group/Endpoint/ folder)")
        }
        let format: ResponseFormat
        if path.hasSuffix(".json") {
            format = .json
        } else if path.hasSuffix(".xml") {
            format = .xml
        } else {
            do { format = try ResponseFormat.sniff(data) } catch {
                throw ResponseFileError(path: path, message: error.message)
            }
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
