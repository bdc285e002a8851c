import FuzzProperties

/// libFuzzer's entry point for the `FuzzXMLTree` target; its properties are `XMLTreeProperty`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    XMLTreeProperty.fuzz(start, count)
}
