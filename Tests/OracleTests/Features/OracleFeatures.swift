import DataContractXML
import Foundation

/// The DataContract features beyond the AdultWork API (issue 12 item 4): hand-written C# classes
/// in `Oracle/Features/` and their hand-written Swift mirrors here. The oracle tests take each
/// as one more argument beside the catalog's models (``OracleModels/all``).
enum OracleFeatures {
    static let featuresNamespace = "http://schemas.datacontract.org/2004/07/Oracle.Features"

    static let all: [OracleModel] = [
        OracleModel(PrimitivesFeature.self, name: "Feature.Primitives"),
        OracleModel(NullablePrimitivesFeature.self, name: "Feature.NullablePrimitives"),
        OracleModel(ContractsFeature.self, name: "Feature.Contracts"),
        OracleModel(EnumsFeature.self, name: "Feature.Enums"),
        OracleModel(CollectionsFeature.self, name: "Feature.Collections"),
        OracleModel(KnownTypesFeature.self, name: "Feature.KnownTypes"),
        OracleModel(ReferencesFeature.self, name: "Feature.References"),
    ]

    /// A contract of one member group, its members the coding keys' names.
    static func contract<Keys: CodingKey & CaseIterable>(_ name: String, namespace: String, _ keys: Keys.Type) -> DataContract {
        DataContract(name: name, namespace: namespace, memberGroups: [.init(namespace: namespace, members: keys.allCases.map(\.stringValue))])
    }
}
