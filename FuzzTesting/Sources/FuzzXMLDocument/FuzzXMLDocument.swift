import FuzzProperties

/// libFuzzer's entry point for the `FuzzXMLDocument` target; its properties are `XMLDocumentProperty`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    XMLDocumentProperty.fuzz(start, count)
}
