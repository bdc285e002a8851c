// Collections (issue 12 item 4): lists and arrays of primitives and contracts, List<int?>,
// [CollectionDataContract(Name, Namespace, ItemName)], Dictionary<string, int>, and nested
// generic contract names (Wrapper<List<int>> is "WrapperOfArrayOfintuHEDJ7Dj").
// Mirrored by Tests/OracleTests/Features/CollectionsFeature.swift.
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace AWKit.Oracle.Features
{
    [CollectionDataContract(Name = "Tags", Namespace = "urn:oracle:tags", ItemName = "Tag")]
    public class TagList : List<string> { }

    [DataContract(Namespace = "urn:oracle:items")]
    public class Item
    {
        [DataMember] public int Number;
        [DataMember] public string Text;
    }

    [DataContract(Namespace = "urn:oracle:generic")]
    public class Wrapper<T>
    {
        [DataMember] public T Value;
    }

    [DataContract(Namespace = "urn:oracle:collections")]
    [OracleModel("Feature.Collections")]
    public class Collections
    {
        [DataMember] public List<string> Strings;
        [DataMember] public int[] Ints;
        [DataMember] public List<int?> MaybeInts;
        [DataMember] public List<Item> Items;
        [DataMember] public Item[] ItemArray;
        [DataMember] public TagList Tags;
        [DataMember] public Dictionary<string, int> Counts;
        [DataMember] public List<Wrapper<List<int>>> Wrapped;
        [DataMember] public Wrapper<Wrapper<string>> Nested;
    }
}
