import Foundation

/// Which OAuth scopes each access token has, so that the stand-in answers `403` when a token
/// lacks a scope the endpoint's page names (`EndpointSchema.scopes`), as the API does.
///
/// Without a table (``SandboxOptions/scopes`` `nil`, the default) every token has every scope.
/// A table file is JSON, token → scopes; `"*"` is any token the file does not list:
///
/// ```json
/// { "tok-reader": ["profile_services", "account_credits_history"], "*": [] }
/// ```
public struct SandboxScopeTable: Hashable, Sendable {
    /// The scopes of each listed token.
    public var tokens: [String: Set<String>]
    /// The scopes of a token not in ``tokens``; `nil` means every scope.
    public var otherTokens: Set<String>?

    /// A table; see the properties.
    public init(tokens: [String: Set<String>] = [:], otherTokens: Set<String>? = nil) {
        self.tokens = tokens
        self.otherTokens = otherTokens
    }

    /// The scopes of `needed` that `token` lacks, in the given order (empty when it has them all).
    public func missing(_ needed: [String], token: String) -> [String] {
        guard let granted = tokens[token] ?? otherTokens else { return [] }
        return needed.filter { !granted.contains($0) }
    }

    /// Reads a table file (see the type's documentation).
    ///
    /// - Throws: ``SandboxError`` `sandbox.bad-scopes` when the file cannot be read or is not an
    ///   object of lists of strings; the message never quotes a token.
    public static func load(from url: URL) throws(SandboxError) -> SandboxScopeTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SandboxError(code: .badScopes, message: "the scope table \(url.path) cannot be read")
        }
        let object: [String: [String]]
        do {
            object = try JSONDecoder().decode([String: [String]].self, from: data)
        } catch {
            throw SandboxError(code: .badScopes, message: "the scope table \(url.path) is not a JSON object of token → list of scopes")
        }
        var table = SandboxScopeTable()
        for (token, scopes) in object {
            if token == "*" { table.otherTokens = Set(scopes) } else { table.tokens[token] = Set(scopes) }
        }
        return table
    }
}
