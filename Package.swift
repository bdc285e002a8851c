// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "AWKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DataContractXML", targets: ["DataContractXML"]),
        .library(name: "AWModels", targets: ["AWModels"]),
        .library(name: "AWConformance", targets: ["AWConformance"]),
        .executable(name: "awkit", targets: ["awkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "DataContractXML", dependencies: ["CLibXML2"]),
        .target(name: "AWModels", dependencies: ["DataContractXML"]),
        .target(name: "AWConformance", dependencies: ["AWModels"], resources: [.copy("Schemas")]),
        .executableTarget(
            name: "awkit",
            dependencies: [
                "AWConformance",
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
        .testTarget(name: "awkitTests", dependencies: ["awkit"]),
    ]
)
