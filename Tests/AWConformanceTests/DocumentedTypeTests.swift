import AWConformance
import Testing

@Suite("Type-column spellings of the API's docs")
struct DocumentedTypeTests {
    @Test("every spelling seen in the docs is read", arguments: [
        ("integer", DocumentedType.integer),
        ("big integer", .bigInteger),
        ("decimal", .decimal),
        ("string", .string),
        ("date", .date),
        ("datetime", .datetime),
        ("boolean", .boolean),
        ("aws:PhoneChatBookingUser", .object("PhoneChatBookingUser")),
        ("aws: DirectChatSettings", .object("DirectChatSettings")),
        ("Array of aws:PhoneChatMethod", .array(.object("PhoneChatMethod"))),
        ("array of aws:PhoneChatMethod", .array(.object("PhoneChatMethod"))),
        ("string of comma-separated integers", .commaSeparatedIntegers),
    ])
    func spellings(text: String, type: DocumentedType) {
        #expect(DocumentedType(documented: text) == type)
    }

    @Test("an unknown spelling is kept as written")
    func unknown() {
        let type = DocumentedType(documented: "list of strings")
        #expect(type == .unknown("list of strings"))
        #expect(type.isUnknown)
        #expect(type.description == "list of strings")
    }

    @Test("canonical spellings read back to the same type")
    func canonical() {
        for type in [DocumentedType.bigInteger, .array(.object("X")), .commaSeparatedIntegers, .object("Y")] {
            #expect(DocumentedType(documented: type.description) == type)
        }
    }
}
