extension DocPageImporter {
    /// What the importer may learn from a page's samples besides its tables and prose.
    ///
    /// The defaults (`Configuration()`) are what `awkit import-docs` uses and what the checked-in
    /// schemas were made with.
    public struct Configuration: Hashable, Sendable {
        /// Whether an `aws:` type the page names but does not document in a table gets its
        /// properties inferred from the JSON response sample (marked `inferred: true`, every fact
        /// with source `sample`). Default `true`. When `false`, such a type is left out of
        /// `EndpointSchema.types` and a note says so.
        public var inferTypesFromSamples: Bool
        /// Whether a property the JSON response sample shows as `null`, while the prose does not
        /// call it nullable, becomes nullable with source `sample` (and a note). Default `true`.
        /// When `false` the property keeps `nullable: false` (source `default`) and only the note
        /// is written.
        public var nullableFromSamples: Bool

        /// - Parameters:
        ///   - inferTypesFromSamples: default `true`; see ``inferTypesFromSamples``.
        ///   - nullableFromSamples: default `true`; see ``nullableFromSamples``.
        public init(inferTypesFromSamples: Bool = true, nullableFromSamples: Bool = true) {
            self.inferTypesFromSamples = inferTypesFromSamples
            self.nullableFromSamples = nullableFromSamples
        }
    }
}
