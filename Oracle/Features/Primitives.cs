// DataContract features beyond the AdultWork API (issue 12 item 4), written by hand: the .NET
// types a WCF or Web API service uses that the API's models do not, each member non-null.
// Mirrored by Tests/OracleTests/Features/PrimitivesFeature.swift.
using System;
using System.Runtime.Serialization;

namespace AWKit.Oracle.Features
{
    [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/Oracle.Features")]
    [OracleModel("Feature.Primitives")]
    public class Primitives
    {
        [DataMember] public char Char;
        [DataMember] public Guid Guid;
        [DataMember] public TimeSpan TimeSpan;
        [DataMember, NotNull] public byte[] Bytes;
        [DataMember, NotNull] public Uri Uri;
        [DataMember] public DateTimeOffset DateTimeOffset;
        [DataMember] public double Double;
        [DataMember] public float Float;
        [DataMember] public long Long;
        [DataMember] public ulong ULong;
        [DataMember] public uint UInt;
        [DataMember] public short Short;
        [DataMember] public ushort UShort;
        [DataMember] public byte Byte;
        [DataMember] public sbyte SByte;
    }

    // The same types as Nullable<T> (and the reference types null), each null a quarter of the time.
    [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/Oracle.Features")]
    [OracleModel("Feature.NullablePrimitives")]
    public class NullablePrimitives
    {
        [DataMember] public char? Char;
        [DataMember] public Guid? Guid;
        [DataMember] public TimeSpan? TimeSpan;
        [DataMember] public byte[] Bytes;
        [DataMember] public Uri Uri;
        [DataMember] public DateTimeOffset? DateTimeOffset;
        [DataMember] public double? Double;
        [DataMember] public float? Float;
        [DataMember] public long? Long;
        [DataMember] public ulong? ULong;
        [DataMember] public decimal? Decimal;
        [DataMember] public DateTime? DateTime;
        [DataMember] public bool? Bool;
    }
}
