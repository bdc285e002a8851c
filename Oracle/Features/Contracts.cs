// Contract shapes beyond the API's (issue 12 item 4): a base class two levels up in other
// namespaces, [DataContract(Name, Namespace)], [DataMember(Order, IsRequired, EmitDefaultValue)].
// Mirrored by Tests/OracleTests/Features/ContractsFeature.swift.
using System;
using System.Runtime.Serialization;

namespace AWKit.Oracle.Features.Base
{
    [DataContract(Name = "Entity", Namespace = "urn:oracle:base")]
    public class EntityBase
    {
        [DataMember(IsRequired = true)] public long Id;
        [DataMember(Order = 1)] public string zLast;
        [DataMember] public string Created;
    }

    [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/Oracle.Features.Middle")]
    public class Audited : EntityBase
    {
        [DataMember(Name = "By")] public string ChangedBy;
        [DataMember(EmitDefaultValue = false)] public int Revision;
    }
}

namespace AWKit.Oracle.Features
{
    // Own members: without Order first (ordinal: "ID" < "Id" < "id"), then Order 0, then 2 with a
    // tie broken by name, Order 5 last; EmitDefaultValue = false on a string, an int, a bool and
    // a Nullable; IsRequired on others.
    [DataContract(Name = "Renamed.Contract", Namespace = "urn:oracle:contracts")]
    [OracleModel("Feature.Contracts")]
    public class Contracts : AWKit.Oracle.Features.Base.Audited
    {
        [DataMember] public string id;
        [DataMember] public string ID;
        [DataMember(Name = "Id2")] public int Ident;
        [DataMember(Order = 5, IsRequired = true)] public int First;
        [DataMember(Order = 2)] public string B;
        [DataMember(Order = 2)] public string A;
        [DataMember(Order = 0, EmitDefaultValue = false)] public string Optional;
        [DataMember(Order = 0, EmitDefaultValue = false)] public int Count;
        [DataMember(EmitDefaultValue = false)] public bool Flag;
        [DataMember(EmitDefaultValue = false)] public double? Maybe;
        [DataMember(IsRequired = true), NotNull] public string Required;
    }
}
