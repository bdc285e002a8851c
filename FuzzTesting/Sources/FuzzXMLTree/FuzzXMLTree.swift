import FuzzProperties

/// libFuzzer's entry point for the `FuzzXMLTree` target (its properties: `FuzzTarget.xmlTree`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzTarget.xmlTree.fuzz(start, count)
}
