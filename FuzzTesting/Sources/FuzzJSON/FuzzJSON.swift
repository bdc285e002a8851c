import FuzzProperties

/// libFuzzer's entry point for the `FuzzJSON` target (its properties: `FuzzTarget.json`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzTarget.json.fuzz(start, count)
}
