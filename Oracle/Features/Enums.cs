// Enumerations (issue 12 item 4): [EnumMember] with custom values, [Flags] with a zero member and a
// composite one, and Nullable of both. Mirrored by Tests/OracleTests/Features/EnumsFeature.swift.
using System;
using System.Runtime.Serialization;

namespace AWKit.Oracle.Features
{
    [DataContract(Namespace = "urn:oracle:enums")]
    public enum Status
    {
        [EnumMember] Pending = 0,
        [EnumMember(Value = "Is Confirmed")] Confirmed = 1,
        [EnumMember(Value = "cancelled-by-user")] Cancelled = 7,
        [EnumMember(Value = "Ünïcode & <markup>")] Odd = -3,
    }

    [DataContract(Namespace = "urn:oracle:enums")]
    [Flags]
    public enum Access : long
    {
        [EnumMember] None = 0,
        [EnumMember] Read = 1,
        [EnumMember] Write = 2,
        [EnumMember(Value = "Exec")] Execute = 4,
        [EnumMember] ReadWrite = 3,
        [EnumMember(Value = "High")] High = 1L << 40,
    }

    [DataContract(Namespace = "urn:oracle:enums")]
    [OracleModel("Feature.Enums")]
    public class Enums
    {
        [DataMember] public Status Status;
        [DataMember] public Status? MaybeStatus;
        [DataMember] public Access Access;
        [DataMember] public Access? MaybeAccess;
    }
}
