import FuzzProperties

/// libFuzzer's entry point for the `FuzzRoundTrip` target (its properties: `FuzzTarget.roundTrip`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzTarget.roundTrip.fuzz(start, count)
}
