import FuzzProperties

/// libFuzzer's entry point for the `FuzzXMLStreaming` target (its properties: `FuzzTarget.xmlStreaming`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzTarget.xmlStreaming.fuzz(start, count)
}
