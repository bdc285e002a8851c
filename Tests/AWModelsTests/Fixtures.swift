import Foundation

/// The repository's `Samples/` folder, found from this file's path.
let samplesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples")

/// The bytes of `Samples/<path>`.
func sample(_ path: String) throws -> Data {
    try Data(contentsOf: samplesDirectory.appendingPathComponent(path))
}
