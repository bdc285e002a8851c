import Foundation

/// Reading a table file (the format is on ``SandboxScopeTable``).
extension SandboxScopeTable {
    /// Reads a table file.
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-scopes` when the file cannot be read or is not one
    ///   of the two forms (token → list of scopes, or `tokens` and `apiKeys`); the message names
    ///   what is wrong but never quotes a token or key.
    public static func load(from url: URL) throws(SandboxError) -> SandboxScopeTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SandboxError(code: .badScopes, message: "the scope table \(url.path) cannot be read")
        }
        let shape = "is not a JSON object of token → list of scopes, or of \"tokens\" (that object) and \"apiKeys\" (a list of strings)"
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw SandboxError(code: .badScopes, message: "the scope table \(url.path) \(shape)")
        }
        var table = SandboxScopeTable()
        var tokens = object
        if let nested = object["tokens"] as? [String: Any] {
            tokens = nested
            let extra = object.keys.filter { $0 != "tokens" && $0 != "apiKeys" }
            guard extra.isEmpty else {
                throw SandboxError(code: .badScopes, message: "the scope table \(url.path) \(shape): it has \(extra.count) other member(s)")
            }
            if let keys = object["apiKeys"] {
                guard let keys = keys as? [String], !keys.contains(where: \.isEmpty) else {
                    throw SandboxError(code: .badScopes, message: "the scope table \(url.path) \(shape): \"apiKeys\" is not a list of non-empty strings")
                }
                table.apiKeys = Set(keys)
            }
        }
        for (token, scopes) in tokens {
            guard let scopes = scopes as? [String], !token.isEmpty else {
                throw SandboxError(code: .badScopes, message: "the scope table \(url.path) \(shape)")
            }
            if token == "*" { table.otherTokens = Set(scopes) } else { table.tokens[token] = Set(scopes) }
        }
        return table
    }
}
