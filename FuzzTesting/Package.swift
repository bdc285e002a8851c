// swift-tools-version:6.1
// libFuzzer targets for AWKit, kept out of the library's dependency graph: `swift build` and
// `swift test` of the root package never see this manifest. Build and run from this folder:
//
//     ./run FuzzXMLDocument 60
//
// Each executable is one libFuzzer target (`LLVMFuzzerTestOneInput`); the properties it checks
// live in `FuzzProperties` and `FuzzParserProperties`, which the root package's
// `FuzzCorpusTests` compile as well (symbolic links), so the corpus replay in `swift test` runs
// exactly the harness code.
import PackageDescription

let fuzzTargets = [
    "FuzzXMLDocument", "FuzzXMLStreaming", "FuzzJSON", "FuzzXMLTree", "FuzzRoundTrip", "FuzzParsers",
]

let package = Package(
    name: "AWKitFuzzTesting",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "AWKit", path: ".."),
    ],
    targets: [
        // Targets 1-5: the XML and JSON decoding layer only (a small build).
        .target(
            name: "FuzzProperties",
            dependencies: [
                .product(name: "DataContractXML", package: "AWKit"),
                .product(name: "AWModels", package: "AWKit"),
            ],
            path: "Sources/FuzzProperties"
        ),
        // Target 6: the importer, plan loader, lexical forms, redactor and the stand-in's
        // request validation (pulls in AWConformance and AWSandbox: SwiftNIO, Hummingbird).
        .target(
            name: "FuzzParserProperties",
            dependencies: [
                "FuzzProperties",
                .product(name: "DataContractXML", package: "AWKit"),
                .product(name: "AWModels", package: "AWKit"),
                .product(name: "AWConformance", package: "AWKit"),
                .product(name: "AWSandbox", package: "AWKit"),
            ],
            path: "Sources/FuzzParserProperties"
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [name == "FuzzParsers" ? "FuzzParserProperties" : "FuzzProperties"],
            path: "Sources/\(name)",
            // libFuzzer supplies `main`; the file holds only `LLVMFuzzerTestOneInput`.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
