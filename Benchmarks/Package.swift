// swift-tools-version:6.1
// Benchmarks for AWKit, kept out of the library's dependency graph: `swift build` and
// `swift test` of the root package never see this manifest. Run from this folder:
//
//     swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
    name: "AWKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "AWKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Comparison only: the Codable XML decoder a Swift developer would otherwise pick.
        .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
    ],
    targets: [
        .target(
            name: "BenchmarkInputs",
            dependencies: [
                .product(name: "AWModels", package: "AWKit"),
                .product(name: "DataContractXML", package: "AWKit"),
                // The catalog rows: the built-in schemas and the stand-in's made-up answers.
                .product(name: "AWConformance", package: "AWKit"),
                .product(name: "AWSandbox", package: "AWKit"),
            ],
            path: "Sources/BenchmarkInputs"
        ),
        .executableTarget(
            name: "Decoding",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "AWModels", package: "AWKit"),
                .product(name: "DataContractXML", package: "AWKit"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ],
            path: "Benchmarks/Decoding",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // A plain release executable: times or profiles one path (valgrind's callgrind), and checks
        // what each decoder gets right (`ProfileDriver check`). Not a benchmark.
        .executableTarget(
            name: "ProfileDriver",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "AWModels", package: "AWKit"),
                .product(name: "DataContractXML", package: "AWKit"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ],
            path: "Sources/ProfileDriver"
        ),
    ]
)
