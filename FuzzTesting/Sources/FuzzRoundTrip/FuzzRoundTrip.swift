import FuzzProperties

/// libFuzzer's entry point for the `FuzzRoundTrip` target; its properties are `RoundTripProperty`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    RoundTripProperty.fuzz(start, count)
}
