import FuzzProperties

/// libFuzzer's entry point for the `FuzzXMLDocument` target (its properties: `FuzzTarget.xmlDocument`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzTarget.xmlDocument.fuzz(start, count)
}
