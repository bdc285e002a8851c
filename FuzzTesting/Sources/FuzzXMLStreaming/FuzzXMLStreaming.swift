import FuzzProperties

/// libFuzzer's entry point for the `FuzzXMLStreaming` target; its properties are `XMLStreamingProperty`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    XMLStreamingProperty.fuzz(start, count)
}
