import AWGenerator
import AWSchema
import Foundation
import Testing

/// `awkit generate --language csharp`: the .NET mirrors the oracle tests compile with Mono.
@Suite struct CSharpGeneratorTests {
    /// The command that refreshes the checked-in C# mirrors, as Oracle/README.md gives it.
    static let refreshCommand =
        "swift run awkit generate --language csharp --schemas Sources/AWConformance/Schemas --naming Sources/AWModels/ModelNames.json -o Oracle/Models/Generated"

    /// `Oracle/Models/Generated` is what the generator makes of the built-in schemas today.
    @Test func theCheckedInMirrorsAreCurrent() throws {
        let root = SchemaFixtures.repository
        let schemas = try ModelGenerator.loadSchemas(
            files: [], directories: [root.appendingPathComponent("Sources/AWConformance/Schemas")])
        let naming = try ModelNaming.load(root.appendingPathComponent("Sources/AWModels/ModelNames.json"))
        let options = ModelGenerator.Options(naming: naming, command: String(Self.refreshCommand.dropFirst("swift run ".count)))
        let files = try CSharpGenerator(options: options).generate(schemas)
        let directory = root.appendingPathComponent("Oracle/Models/Generated")
        let stale = "the generated C# mirrors are stale; refresh them with: \(Self.refreshCommand)"
        #expect(ModelGenerator.generatedFiles(in: directory, fileExtension: "cs") == files.map(\.path), Comment(rawValue: stale))
        for file in files {
            let checkedIn = try? String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8)
            #expect(checkedIn == file.contents, Comment(rawValue: "\(file.path): \(stale)"))
        }
    }

    /// The page's facts as .NET declares them: contract name and namespace from the XML sample,
    /// a base class for the members another namespace declares, `IsRequired` and `[NotNull]` where
    /// the Swift property is not optional, nullable value types where it is, documented values.
    @Test func aContractWithABaseClassAndEveryKindOfMember() throws {
        let root = SchemaFixtures.repository
        let schemas = try ModelGenerator.loadSchemas(
            files: [], directories: [root.appendingPathComponent("Sources/AWConformance/Schemas")])
        let naming = try ModelNaming.load(root.appendingPathComponent("Sources/AWModels/ModelNames.json"))
        let files = try CSharpGenerator(options: ModelGenerator.Options(naming: naming)).generate(schemas)
        let user = try #require(files.first { $0.path == "PhoneChat/PhoneChat.BookingUser.cs" }).contents
        #expect(user.contains(#"[DataContract(Name = "BookingUserBase", Namespace = "http://schemas.datacontract.org/2004/07/API.Models.Profile")]"#))
        #expect(user.contains(#"[DataContract(Name = "PhoneChatBookingUser", Namespace = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings")]"#))
        #expect(user.contains("public class BookingUser : BookingUserBase {"))
        #expect(user.contains(#"[DataMember(Name = "Nickname", IsRequired = true), NotNull] public string nickname;"#))
        #expect(user.contains(#"[DataMember(Name = "SkypeName")] public string skypeName;"#))
        let booking = try #require(files.first { $0.path == "PhoneChat/PhoneChat.ReceivedBooking.cs" }).contents
        #expect(booking.contains(#"[DataMember(Name = "AcceptedDate")] public System.DateTime? acceptedDate;"#))
        #expect(booking.contains(#"[DataMember(Name = "Method", IsRequired = true), DocumentedValues(false, "1", "2", "3")] public int method;"#))
        #expect(booking.contains(#"[OracleModel("PhoneChat.ReceivedBooking")]"#))
        // Members in the order DataContractSerializer writes them: ordinal, uppercase first.
        let members = booking.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "Name = \"") else { return nil }
            let rest = line[start.upperBound...]
            return String(rest.prefix { $0 != "\"" })
        }.filter { $0 != "ReceivedBooking" }
        #expect(members == members.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        #expect(members.first == "AcceptBy")
    }

    @Test func aListMemberAndADateAndCommaSeparatedIntegers() throws {
        let schema = SchemaFixtures.objectEndpoint(properties: [
            SchemaFixtures.property("Day", "date"), SchemaFixtures.property("IDs", "string of comma-separated integers"),
            SchemaFixtures.property("Big", "big integer"),
        ])
        let file = try #require(try CSharpGenerator().generate([schema]).first).contents
        #expect(file.contains(#"[DataMember(Name = "Day", IsRequired = true), DateOnly] public System.DateTime day;"#))
        #expect(file.contains(#"[DataMember(Name = "IDs", IsRequired = true), CommaSeparatedIntegers, NotNull] public string ids;"#))
        #expect(file.contains(#"[DataMember(Name = "Big", IsRequired = true)] public long big;"#))
        #expect(file.hasPrefix("// Generated by `awkit generate` (C#)"))
    }
}
