// Polymorphism through known types (issue 12 item 4): a member and list items declared as the
// base class Animal hold a Dog (same namespace) or a Cat (another namespace), written with
// i:type. Json.NET at Web API's defaults (TypeNameHandling.None) writes no type: it reads every
// such value back as an Animal. Mirrored by Tests/OracleTests/Features/KnownTypesFeature.swift.
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace AWKit.Oracle.Features
{
    [DataContract(Namespace = "urn:oracle:animals")]
    [KnownType(typeof(Dog))]
    [KnownType(typeof(Cat))]
    public class Animal
    {
        [DataMember] public string Name;
    }

    [DataContract(Namespace = "urn:oracle:animals")]
    public class Dog : Animal
    {
        [DataMember] public int Barks;
    }

    [DataContract(Namespace = "urn:oracle:cats")]
    public class Cat : Animal
    {
        [DataMember] public bool Indoor;
    }

    [DataContract(Namespace = "urn:oracle:owners")]
    [OracleModel("Feature.KnownTypes")]
    public class Owner : IGeneratedRecord
    {
        [DataMember] public Animal Pet;
        [DataMember] public List<Animal> Pets;

        static Animal Any(Generator generator, Random random)
        {
            switch (random.Next(4))
            {
                case 0: return null;
                case 1: return new Dog { Name = generator.AwkwardString(), Barks = random.Next(int.MinValue, int.MaxValue) };
                case 2: return new Cat { Name = generator.AwkwardString(), Indoor = random.Next(2) == 0 };
                default: return new Animal { Name = random.Next(5) == 0 ? null : generator.AwkwardString() };
            }
        }

        public void Fill(Generator generator, Random random)
        {
            Pet = Any(generator, random);
            if (random.Next(5) == 0) return;
            Pets = new List<Animal>();
            for (int i = random.Next(4); i > 0; i--)
            {
                var animal = Any(generator, random);
                Pets.Add(animal ?? new Animal());
            }
        }
    }
}
