// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "AWKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DataContractXML", targets: ["DataContractXML"]),
        .library(name: "AWModels", targets: ["AWModels"]),
        .library(name: "AWSchema", targets: ["AWSchema"]),
        .library(name: "AWGenerator", targets: ["AWGenerator"]),
        .library(name: "AWConformance", targets: ["AWConformance"]),
        .library(name: "AWSandbox", targets: ["AWSandbox"]),
        .executable(name: "awkit", targets: ["awkit"]),
        .executable(name: "awkit-generate", targets: ["awkit-generate"]),
        // Generates models from the endpoint schemas in a target's `Schemas/` folder at build time.
        .plugin(name: "AWModelsGeneratorPlugin", targets: ["AWModelsGeneratorPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // `swift package generate-documentation` (the DocC catalogs; checked by .ci/run).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // `awkit export openapi`: the OpenAPI 3.1 and 3.0 document models, encoding and validation.
        // No traits: the default ExternalLoading trait (loading external references) is not needed.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "DataContractXML", dependencies: ["CLibXML2"]),
        .target(name: "AWModels", dependencies: ["DataContractXML"], exclude: ["ModelNames.json"]),
        // The endpoint schema types, read by the generator, the checks and the stand-in.
        .target(name: "AWSchema"),
        // Swift models from endpoint schemas (`awkit generate`, the plugin); needs no checks or HTTP.
        .target(name: "AWGenerator", dependencies: ["AWSchema"]),
        // The generator alone, for the build-tool plugin: builds without the checks, the stand-in
        // or an HTTP client.
        .target(
            name: "AWGenerateCommand",
            dependencies: ["AWGenerator", "AWSchema", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "awkit-generate",
            dependencies: ["AWGenerateCommand", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .plugin(
            name: "AWModelsGeneratorPlugin", capability: .buildTool(), dependencies: ["awkit-generate"]
        ),
        .target(
            name: "AWConformance",
            dependencies: [
                "AWModels",
                "AWSchema",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
            ],
            resources: [.copy("Schemas")]
        ),
        .target(
            name: "AWSandbox",
            dependencies: [
                "AWConformance",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "awkit",
            dependencies: [
                "AWConformance",
                "AWSandbox",
                "AWGenerateCommand",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DataContractXMLTests",
            dependencies: [
                "DataContractXML",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AWModelsTests",
            dependencies: [
                "AWModels",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AWConformanceTests",
            dependencies: [
                "AWConformance",
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "AWGeneratorTests", dependencies: ["AWGenerator", "AWModels"]),
        // The .NET oracle (Oracle/, C# compiled with Mono at test time); skipped without Mono.
        .testTarget(name: "OracleTests", dependencies: ["AWModels", "DataContractXML"]),
        .testTarget(
            name: "AWSandboxTests",
            dependencies: [
                "AWSandbox", "AWConformance",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Replays FuzzTesting's kept corpora through the harnesses' own property code: the
        // `Properties` folder is a symbolic link to FuzzTesting/Sources/FuzzProperties, so the
        // fuzzer-only nested package and this normal build compile the same files.
        .testTarget(
            name: "FuzzCorpusTests",
            dependencies: ["DataContractXML", "AWModels", "AWConformance", "AWSandbox"]
        ),
        .testTarget(
            name: "awkitTests",
            dependencies: ["awkit", "AWSandbox", "AWConformance", .product(name: "Logging", package: "swift-log")]
        ),
    ]
)
