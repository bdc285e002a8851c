// Renders a record's values as "Path=token" pairs (see Oracle.cs for the tokens), walking its
// [DataMember]s by reflection, base contracts included, so that a new model needs no code here.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;

public static class Canonical
{
    public sealed class Member
    {
        public string Name;
        public Type Type;
        public bool NotNull;
        public DocumentedValuesAttribute Values;
        public bool DateOnly;
        public bool CommaSeparatedIntegers;
        public Func<object, object> Get;
        public Action<object, object> Set;
    }

    /// The [DataMember]s of a contract type, base contracts' first (the order does not matter
    /// to the comparison, which is by path).
    static readonly Dictionary<Type, List<Member>> Cache = new Dictionary<Type, List<Member>>();

    public static List<Member> Members(Type type)
    {
        lock (Cache)
        {
            List<Member> cached;
            if (!Cache.TryGetValue(type, out cached)) Cache[type] = cached = Reflect(type);
            return cached;
        }
    }

    static List<Member> Reflect(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t != null && t != typeof(object); t = t.BaseType) chain.Insert(0, t);
        var members = new List<Member>();
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var t in chain)
        {
            foreach (var field in t.GetFields(flags))
            {
                var dm = (DataMemberAttribute)Attribute.GetCustomAttribute(field, typeof(DataMemberAttribute));
                if (dm == null) continue;
                var f = field;
                members.Add(new Member
                {
                    Name = dm.Name ?? f.Name, Type = f.FieldType,
                    NotNull = Attribute.IsDefined(f, typeof(NotNullAttribute)),
                    Values = (DocumentedValuesAttribute)Attribute.GetCustomAttribute(f, typeof(DocumentedValuesAttribute)),
                    DateOnly = Attribute.IsDefined(f, typeof(DateOnlyAttribute)),
                    CommaSeparatedIntegers = Attribute.IsDefined(f, typeof(CommaSeparatedIntegersAttribute)),
                    Get = o => f.GetValue(o), Set = (o, v) => f.SetValue(o, v),
                });
            }
            foreach (var property in t.GetProperties(flags))
            {
                var dm = (DataMemberAttribute)Attribute.GetCustomAttribute(property, typeof(DataMemberAttribute));
                if (dm == null) continue;
                var p = property;
                members.Add(new Member
                {
                    Name = dm.Name ?? p.Name, Type = p.PropertyType,
                    NotNull = Attribute.IsDefined(p, typeof(NotNullAttribute)),
                    Values = (DocumentedValuesAttribute)Attribute.GetCustomAttribute(p, typeof(DocumentedValuesAttribute)),
                    DateOnly = Attribute.IsDefined(p, typeof(DateOnlyAttribute)),
                    CommaSeparatedIntegers = Attribute.IsDefined(p, typeof(CommaSeparatedIntegersAttribute)),
                    Get = o => p.GetValue(o, null), Set = (o, v) => p.SetValue(o, v, null),
                });
            }
        }
        return members;
    }

    public static string Render(object record)
    {
        var pairs = new List<string>();
        Render(record, "", pairs);
        return string.Join("\t", pairs);
    }

    static void Render(object record, string prefix, List<string> pairs)
    {
        foreach (var member in Members(record.GetType()))
        {
            var path = prefix + member.Name;
            var value = member.Get(record);
            var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
            RenderValue(value, type, path, pairs);
        }
    }

    static void RenderValue(object value, Type type, string path, List<string> pairs)
    {
        if (value == null) { pairs.Add(path + "=~"); return; }
        if (value is byte[] || value is Uri || type.IsEnum) { pairs.Add(path + "=" + Token(value)); return; }
        if (Attribute.IsDefined(type, typeof(DataContractAttribute)))
        {
            pairs.Add(path + "=o");
            Render(value, path + ".", pairs);
            return;
        }
        var dictionary = value as System.Collections.IDictionary;
        if (dictionary != null)
        {
            // Entries by key, ordinal: Path.<i>.Key and Path.<i>.Value.
            var keys = dictionary.Keys.Cast<object>().OrderBy(k => (string)k, StringComparer.Ordinal).ToList();
            var valueType = type.GetGenericArguments()[1];
            pairs.Add(path + "=n" + keys.Count.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < keys.Count; i++)
            {
                var entry = path + "." + i.ToString(CultureInfo.InvariantCulture);
                pairs.Add(entry + "=o");
                pairs.Add(entry + ".Key=" + Token(keys[i]));
                RenderValue(dictionary[keys[i]], Nullable.GetUnderlyingType(valueType) ?? valueType, entry + ".Value", pairs);
            }
            return;
        }
        var list = value as System.Collections.IList;
        if (list != null && !(value is string))
        {
            var element = ElementType(type);
            element = Nullable.GetUnderlyingType(element) ?? element;
            pairs.Add(path + "=n" + list.Count.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < list.Count; i++) RenderValue(list[i], element, path + "." + i.ToString(CultureInfo.InvariantCulture), pairs);
            return;
        }
        pairs.Add(path + "=" + Token(value));
    }

    /// The item type of an array or a list (List<T>, a [CollectionDataContract] class), or
    /// null for any other type (byte[] is a value, not a list).
    public static Type ElementType(Type type)
    {
        if (type == typeof(byte[]) || type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        foreach (var i in type.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>)) return i.GetGenericArguments()[0];
        return null;
    }

    public static string Token(object value)
    {
        string feature = Features.Token(value);
        if (feature != null) return feature;
        if (value is string) return "s" + Hex(Encoding.UTF8.GetBytes((string)value));
        if (value is bool) return (bool)value ? "b1" : "b0";
        if (value is int || value is long || value is short || value is sbyte || value is byte || value is uint || value is ulong || value is ushort)
            return "i" + Convert.ToString(value, CultureInfo.InvariantCulture);
        if (value is decimal) return "d" + ((decimal)value).ToString(CultureInfo.InvariantCulture);
        if (value is DateTime)
        {
            var date = (DateTime)value;
            string kind = date.Kind == DateTimeKind.Utc ? "Z"
                : date.Kind == DateTimeKind.Local ? "L" + (int)TimeZoneInfo.Local.GetUtcOffset(date).TotalMinutes
                : "U";
            return "t" + date.Ticks.ToString(CultureInfo.InvariantCulture) + "," + kind;
        }
        throw new NotSupportedException("no canonical token for " + value.GetType());
    }

    static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) builder.Append(b.ToString("x2"));
        return builder.ToString();
    }
}
