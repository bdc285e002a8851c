import FuzzParserProperties

/// libFuzzer's entry point for the `FuzzParsers` target; its properties are `ParsersProperty`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    ParsersProperty.fuzz(start, count)
}
