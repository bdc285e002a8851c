import DataContractXML
import Foundation

/// The mirror of Oracle/Features/KnownTypes.cs `Animal`.
struct AnimalFeature: Codable, Sendable, DataContractDescribing {
    var name: String?
    enum CodingKeys: String, CodingKey, CaseIterable { case name = "Name" }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
    }
    static let dataContract = OracleFeatures.contract("Animal", namespace: KnownTypesFeature.animals, CodingKeys.self)
}

/// `Dog : Animal`, in the base's namespace.
struct DogFeature: Codable, Sendable, DataContractDescribing {
    var name: String?
    var barks: Int
    enum CodingKeys: String, CodingKey { case name = "Name", barks = "Barks" }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(barks, forKey: .barks)
    }
    static let dataContract = DataContract(
        name: "Dog", namespace: KnownTypesFeature.animals,
        memberGroups: [.init(namespace: KnownTypesFeature.animals, members: ["Name"]), .init(namespace: KnownTypesFeature.animals, members: ["Barks"])])
}

/// `Cat : Animal`, in another namespace.
struct CatFeature: Codable, Sendable, DataContractDescribing {
    var name: String?
    var indoor: Bool
    enum CodingKeys: String, CodingKey { case name = "Name", indoor = "Indoor" }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(indoor, forKey: .indoor)
    }
    static let dataContract = DataContract(
        name: "Cat", namespace: "urn:oracle:cats",
        memberGroups: [.init(namespace: KnownTypesFeature.animals, members: ["Name"]), .init(namespace: "urn:oracle:cats", members: ["Indoor"])])
}

/// A value declared as `Animal`: the type `i:type` names picks the case when reading
/// (`Decoder.dataContractType`), `Encoder.encodeKnownType(_:)` writes it.
enum PetFeature: Codable, Sendable, DataContractDescribing {
    case animal(AnimalFeature), dog(DogFeature), cat(CatFeature)

    static let dataContract = AnimalFeature.dataContract

    init(from decoder: any Decoder) throws {
        switch decoder.dataContractType {
        case QualifiedName(namespace: DogFeature.dataContract.namespace, localName: "Dog"): self = .dog(try DogFeature(from: decoder))
        case QualifiedName(namespace: CatFeature.dataContract.namespace, localName: "Cat"): self = .cat(try CatFeature(from: decoder))
        default: self = .animal(try AnimalFeature(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .animal(let animal): try animal.encode(to: encoder)
        case .dog(let dog): try encoder.encodeKnownType(dog)
        case .cat(let cat): try encoder.encodeKnownType(cat)
        }
    }
}

/// The mirror of `Owner`.
struct KnownTypesFeature: Codable, Sendable, DataContractDescribing {
    static let animals = "urn:oracle:animals"
    var pet: PetFeature?
    var pets: [PetFeature]?
    enum CodingKeys: String, CodingKey, CaseIterable { case pet = "Pet", pets = "Pets" }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pet, forKey: .pet)
        try c.encode(pets, forKey: .pets)
    }
    static let dataContract = OracleFeatures.contract("Owner", namespace: "urn:oracle:owners", CodingKeys.self)
}
