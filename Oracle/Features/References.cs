// Object references (issue 12 item 4): a [DataContract(IsReference = true)] class, each record
// holding a few such objects more than once: in two members, twice in one list, as another
// object's Friend, and nil. DataContractSerializer writes the first occurrence with z:Id="iN"
// (numbered in document order) and later ones as <X z:Ref="iN" />; Json.NET writes "$id": "N"
// and {"$ref": "N"}. Mirrored by Tests/OracleTests/Features/ReferencesFeature.swift.
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace AWKit.Oracle.Features
{
    [DataContract(IsReference = true, Namespace = "urn:oracle:people")]
    public class Person
    {
        [DataMember] public string Name;
        [DataMember] public decimal Amount;
        [DataMember] public Person Friend;
    }

    [DataContract(Namespace = "urn:oracle:references")]
    [OracleModel("Feature.References")]
    public class References : IGeneratedRecord
    {
        [DataMember] public Person First;
        [DataMember] public Person Second;
        [DataMember] public List<Person> People;
        [DataMember] public Person[] Array;

        public void Fill(Generator generator, Random random)
        {
            // A pool of 1 to 4 people, a Friend only among the earlier ones (no cycles: Swift
            // values cannot hold one); every member picks from it, so values are shared often.
            var pool = new List<Person>();
            for (int i = random.Next(1, 5); i > 0; i--)
            {
                var person = new Person
                {
                    Name = random.Next(6) == 0 ? null : generator.AwkwardString(),
                    Amount = generator.AwkwardDecimal(),
                    Friend = pool.Count > 0 && random.Next(2) == 0 ? pool[random.Next(pool.Count)] : null,
                };
                pool.Add(person);
            }
            Func<Person> pick = () => random.Next(5) == 0 ? null : pool[random.Next(pool.Count)];
            First = pick();
            Second = random.Next(3) == 0 ? First : pick();
            if (random.Next(5) != 0)
            {
                People = new List<Person>();
                for (int i = random.Next(5); i > 0; i--) People.Add(pick());
            }
            if (random.Next(4) != 0)
            {
                Array = new Person[random.Next(4)];
                for (int i = 0; i < Array.Length; i++) Array[i] = pick();
            }
        }
    }
}
