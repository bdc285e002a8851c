import FuzzProperties

/// libFuzzer's entry point for the `FuzzJSON` target; its properties are `JSONProperty`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    JSONProperty.fuzz(start, count)
}
