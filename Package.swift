// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "AWKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DataContractXML", targets: ["DataContractXML"]),
        .library(name: "AWModels", targets: ["AWModels"]),
        .library(name: "AWConformance", targets: ["AWConformance"]),
        .library(name: "AWSandbox", targets: ["AWSandbox"]),
        .executable(name: "awkit", targets: ["awkit"]),
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
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "DataContractXML", dependencies: ["CLibXML2"]),
        .target(name: "AWModels", dependencies: ["DataContractXML"]),
        .target(
            name: "AWConformance",
            dependencies: [
                "AWModels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
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
            ]
        ),
        .executableTarget(
            name: "awkit",
            dependencies: [
                "AWConformance",
                "AWSandbox",
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
        .testTarget(name: "AWConformanceTests", dependencies: ["AWConformance"]),
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
