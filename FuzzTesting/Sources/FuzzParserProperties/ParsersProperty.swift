#if canImport(FuzzProperties)
import FuzzProperties
#endif
/// Target 6, `FuzzParsers`: every other parser of untrusted text. The first byte picks one
/// (modulo 7); the rest is its input:
/// 0. the documentation-page importer (``ImporterProperty``);
/// 1. and 2. the `awkit live` plan loader, JSON and YAML (``PlanProperty``);
/// 3. `DateTime` and 4. every strict lexical form (``LexicalFormProperty``);
/// 5. the secret redactor (``RedactorProperty``);
/// 6. the stand-in's request validation (``RequestValidationProperty``).
public enum ParsersProperty: FuzzProperty {
    public static let name = "FuzzParsers"

    public static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        var input = FuzzInput(bytes)
        let choice = input.byte() % 7
        switch choice {
        case 0: try ImporterProperty.check(input.rest())
        case 1, 2: try PlanProperty.check(input.rest(), yaml: choice == 2)
        case 3: try LexicalFormProperty.checkDateTime(input.rest())
        case 4: try LexicalFormProperty.check(&input)
        case 5: try RedactorProperty.check(&input)
        default: try RequestValidationProperty.check(&input)
        }
    }
}
