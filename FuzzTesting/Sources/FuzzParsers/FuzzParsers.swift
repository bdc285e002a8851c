import FuzzProperties

/// libFuzzer's entry point for the `FuzzParsers` target (its properties: `FuzzTarget.parsers`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzTarget.parsers.fuzz(start, count)
}
