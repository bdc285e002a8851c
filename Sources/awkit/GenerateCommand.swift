import AWGenerateCommand
import ArgumentParser

/// `awkit generate`: Swift models from endpoint schemas.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift models (types, requests, the endpoint catalog) from endpoint schemas.",
        discussion: """
            Writes one file per type, grouped by API group and named after the type's qualified \
            name (OUT/PhoneChat/PhoneChat.ReceivedBooking.swift: a Swift module cannot hold two \
            files of one name), and OUT/<catalog>.swift listing every endpoint. The output is deterministic and compiles \
            in a package that depends on the AWModels product. Earlier generated files that are \
            no longer produced are removed; files without the generated header are left alone.

            --language csharp writes instead the .NET mirrors of the object types for the oracle \
            tests (OUT/PhoneChat/PhoneChat.ReceivedBooking.cs: [DataContract]/[DataMember] classes), \
            from the same plan: awkit generate --language csharp --schemas Sources/AWConformance/Schemas \
            --naming Sources/AWModels/ModelNames.json -o Oracle/Models/Generated

            Example: awkit import-docs page.txt -o Schemas && awkit generate --schemas Schemas -o Sources/MyModels

            Exit codes: 0 written; 1 an invalid schema or naming file; 2 a usage or I/O error.
            """
    )

    @OptionGroup var options: GenerateOptions

    func run() throws {
        try options.run(commandName: "awkit generate")
    }
}
