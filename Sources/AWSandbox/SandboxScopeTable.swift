import Foundation

/// The credentials the stand-in knows, for testing authentication as the API does: which access
/// tokens exist and which OAuth scopes each has, and which API keys exist. With a table, a token
/// or API key it does not know gets `401`, and a token that lacks a scope the endpoint's page
/// names (`EndpointSchema.scopes`) gets `403`.
///
/// Without a table (``SandboxOptions/scopes`` `nil`, the default) any token and any API key is
/// accepted, with every scope. A table file is JSON, token → scopes; `"*"` as a key is any token
/// the file does not list (without it, such a token is unknown: `401`), and `"*"` in a list is
/// every scope:
///
/// ```json
/// { "tok-reader": ["profile_services", "account_credits_history"], "tok-admin": ["*"], "*": [] }
/// ```
///
/// To list API keys as well, put the tokens under `"tokens"` and the keys under `"apiKeys"`;
/// without `"apiKeys"` any API key is accepted:
///
/// ```json
/// { "tokens": { "tok-admin": ["*"] }, "apiKeys": ["key-1"] }
/// ```
public struct SandboxScopeTable: Hashable, Sendable {
    /// The scope that stands for every scope in a token's list: `*`.
    public static let everyScope = "*"

    /// The scopes of each listed token (``everyScope`` for all of them).
    public var tokens: [String: Set<String>]
    /// The scopes of a token not in ``tokens``; `nil` (the default) means such a token is unknown
    /// and gets `401`.
    public var otherTokens: Set<String>?
    /// The API keys that exist; `nil` (the default) means any non-empty key is accepted.
    public var apiKeys: Set<String>?

    /// A table; see the properties.
    public init(tokens: [String: Set<String>] = [:], otherTokens: Set<String>? = nil, apiKeys: Set<String>? = nil) {
        self.tokens = tokens
        self.otherTokens = otherTokens
        self.apiKeys = apiKeys
    }

    /// Whether the table knows `token` (listed, or `"*"` is there for the others).
    public func knows(token: String) -> Bool {
        tokens[token] != nil || otherTokens != nil
    }

    /// Whether the table accepts `apiKey`.
    public func knows(apiKey: String) -> Bool {
        apiKeys?.contains(apiKey) ?? !apiKey.isEmpty
    }

    /// The scopes of `needed` that `token` lacks, in the given order (empty when it has them all;
    /// all of them for a token the table does not know).
    public func missing(_ needed: [String], token: String) -> [String] {
        guard let granted = tokens[token] ?? otherTokens else { return needed }
        if granted.contains(Self.everyScope) { return [] }
        return needed.filter { !granted.contains($0) }
    }
}
