// swift-tools-version:6.1
// A team's own models package, as the README's "Models for your own pages" steps make it: the
// schema of a page AWKit does not ship (Sources/BlogModels/Schemas, from `awkit import-docs`),
// turned into Swift by AWKit's build-tool plugin at build time. Tests/awkitTests builds it from a
// copy that points at the repository; built in place, the path below is the repository too.
import PackageDescription

let package = Package(
    name: "ModelsPlugin",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "AWKit", path: "../../..")],
    targets: [
        .target(
            name: "BlogModels",
            dependencies: [.product(name: "AWModels", package: "AWKit")],
            swiftSettings: [.unsafeFlags(["-warnings-as-errors"])],
            plugins: [.plugin(name: "AWModelsGeneratorPlugin", package: "AWKit")]
        ),
        .executableTarget(
            name: "BlogDecode",
            dependencies: ["BlogModels", .product(name: "AWModels", package: "AWKit")]
        ),
    ]
)
