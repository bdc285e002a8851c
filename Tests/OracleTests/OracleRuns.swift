import Foundation
import Testing

/// The records the oracle writes for each model, generated once per test run and shared by the
/// tests of both directions.
///
/// Seeded and reproducible: `AWKIT_ORACLE_SEED` (default ``defaultSeed``) and
/// `AWKIT_ORACLE_COUNT` (default 10,000 records per model) choose them; a failure prints the seed.
actor OracleRuns {
    static let shared = OracleRuns()
    static let defaultSeed = 20_261_202

    static var seed: Int { ProcessInfo.processInfo.environment["AWKIT_ORACLE_SEED"].flatMap { Int($0) } ?? defaultSeed }
    static var count: Int { ProcessInfo.processInfo.environment["AWKIT_ORACLE_COUNT"].flatMap { Int($0) } ?? 10_000 }

    /// Where one model's files are.
    struct Run: Sendable {
        let model: String
        let folder: URL
        let seed: Int
        let count: Int

        func url(_ suffix: String) -> URL { folder.appendingPathComponent("\(model).\(suffix)") }
        func documents(_ writer: OracleWriter) throws -> [[UInt8]] {
            try Framing.documents(in: Data(contentsOf: url("\(writer).docs")))
        }
        /// What .NET reads back from each document the writer wrote.
        func readBack(_ writer: OracleWriter) throws -> [Result<[String: String], OracleFailure>] {
            Framing.values(in: try Data(contentsOf: url("\(writer).values")))
        }
        /// The values the oracle wrote.
        func written() throws -> [Result<[String: String], OracleFailure>] {
            Framing.values(in: try Data(contentsOf: url("written.values")))
        }
    }

    private var runs: [String: Task<Run, any Error>] = [:]

    func run(_ model: OracleModel) async throws -> Run {
        if let task = runs[model.name] { return try await task.value }
        let name = model.name
        let seed = Self.seed
        let count = Self.count
        let task = Task<Run, any Error> {
            let folder = OracleProgram.scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try await OracleProgram.oracle(["write", name, "\(seed)", "\(count)", folder.path])
            return Run(model: name, folder: folder, seed: seed, count: count)
        }
        runs[name] = task
        return try await task.value
    }
}

/// One record on which AWKit and .NET disagree.
struct Mismatch {
    let index: Int
    let document: [UInt8]
    let problem: String

    /// The report of a test: how many records failed, and the shortest failing document in full
    /// with what each side read.
    static func report(_ mismatches: [Mismatch], run: OracleRuns.Run, what: String) -> Comment? {
        guard let shortest = mismatches.min(by: { $0.document.count < $1.document.count }) else { return nil }
        let text = String(decoding: shortest.document, as: UTF8.self).unicodeScalars
            .map { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F ? $0.escaped(asASCII: true) : String($0) }.joined()
        return Comment(
            rawValue: """
                \(what): \(mismatches.count) of \(run.count) records differ (model \(run.model), seed \(run.seed); \
                rerun with AWKIT_ORACLE_SEED=\(run.seed)). Shortest failing document, record \(shortest.index) \
                (\(shortest.document.count) bytes):
                \(text)
                \(Self.escaped(shortest.problem))
                """)
    }

    /// Control characters shown escaped (a U+0000 would cut the test output short).
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F ? $0.escaped(asASCII: true) : String($0) }.joined()
    }

    /// The differing paths, one per line, with both values.
    static func describe(_ differences: [(path: String, expected: String?, actual: String?)], expected: String, actual: String) -> String {
        differences.map {
            "  \($0.path): \(expected) \(CanonicalValues.readable($0.expected)), \(actual) \(CanonicalValues.readable($0.actual))"
        }.joined(separator: "\n")
    }
}
