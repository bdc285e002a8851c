extension ModelGenerator {
    /// How the generated declarations are visible.
    public enum Access: String, Hashable, Sendable, CaseIterable {
        /// `public`: for a library target (AWModels itself, a team's models module).
        case `public`
        /// `internal`: for models used only inside the target that generates them.
        case `internal`
    }

    /// How the output is split into files.
    public enum Layout: Hashable, Sendable {
        /// One file per type, grouped by API group (`PhoneChat/ReceivedBooking.swift`), and the
        /// catalog in `<catalog name>.swift`: what `awkit generate` writes.
        case filePerType
        /// Everything in one file of this name: what the build-tool plugin writes, since a build
        /// command must name its outputs before the schemas are read.
        case singleFile(String)
    }

    /// What to generate and how.
    public struct Options: Hashable, Sendable {
        /// The name of the enumeration that lists the endpoints (`GeneratedEndpoints`); also
        /// the catalog file's name. Default `GeneratedEndpoints`.
        public var catalogName: String
        /// The declarations' access level. Default `public`.
        public var access: Access
        /// Type, enumeration and case renames. Default none.
        public var naming: ModelNaming
        /// The command shown in each file's first line (`awkit generate --schemas …`). Default
        /// `awkit generate`.
        public var command: String
        /// How the output is split into files. Default ``Layout/filePerType``.
        public var layout: Layout
        /// The modules each file imports. Default `AWModels` and `Foundation`; AWModels itself
        /// generates with `DataContractXML` and `Foundation`.
        public var imports: [String]

        /// - Parameters:
        ///   - catalogName: the catalog enumeration's name.
        ///   - access: the declarations' access level.
        ///   - naming: renames.
        ///   - command: the command shown in each file's header.
        ///   - layout: how the output is split into files.
        ///   - imports: the modules each file imports.
        public init(
            catalogName: String = "GeneratedEndpoints", access: Access = .public, naming: ModelNaming = ModelNaming(),
            command: String = "awkit generate", layout: Layout = .filePerType, imports: [String] = ["AWModels", "Foundation"]
        ) {
            self.imports = imports
            self.catalogName = catalogName
            self.access = access
            self.naming = naming
            self.command = command
            self.layout = layout
        }
    }
}
