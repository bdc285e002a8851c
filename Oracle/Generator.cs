// Random records, seeded: every [DataMember] by its type, with the awkward values the API's
// writers must carry (strings of control characters, CR, CRLF, "]]>", U+2028, non-BMP; DateTime
// of every kind with 0 to 7 fraction digits, MinValue, MaxValue; decimals of every scale up to 28
// and both extremes; null and empty).
using System;
using System.Runtime.Serialization;
using System.Text;

/// A record whose values its own class chooses (a feature whose members need a shape the
/// per-type generator cannot give: known types, shared references).
public interface IGeneratedRecord
{
    void Fill(Generator generator, Random random);
}

public sealed class Generator
{
    readonly Random random;
    public Generator(Random random) { this.random = random; }

    static readonly string[] Pieces =
    {
        "", " ", "  ", "\t", "\r", "\n", "\r\n", "\n\r", "]]>", "]]", "<", ">", "&", "\"", "'", "&amp;", "&#x1;",
        "\u2028", "\u2029", "\u0085", "\u00A0", "\uFEFF", "\U0001F600", "\U00010000", "\U0010FFFD", "ü", "日本",
        "\u0001", "\u000B", "\u000C", "\u0000", "\u001F", "\u0008", "\uFFFE", "\uFFFF", "\u007F", "\u0080",
        "BookingUser Needs to Confirm", "+44 7700 900123", "live:someone.42", "x",
    };

    public object Record(Type type)
    {
        var record = Activator.CreateInstance(type);
        var custom = record as IGeneratedRecord;
        if (custom != null) { custom.Fill(this, random); return record; }
        foreach (var member in Canonical.Members(type))
            member.Set(record, Value(member.Type, member.NotNull, member));
        return record;
    }

    object Value(Type type, bool notNull, Canonical.Member member)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying != null)
        {
            if (random.Next(4) == 0) return null;
            object nullable;
            return Features.TryNullableValue(random, underlying, out nullable) ? nullable : Value(underlying, true, member);
        }
        if (member != null && member.Values != null && random.Next(4) != 0)
        {
            if (!notNull && type == typeof(string) && random.Next(5) == 0) return null;
            return Documented(member.Values, type);
        }
        if (member != null && member.CommaSeparatedIntegers) return !notNull && random.Next(5) == 0 ? null : CommaSeparated();
        if (member != null && member.DateOnly)
            return new DateTime((long)(random.NextDouble() * (DateTime.MaxValue.Ticks / TimeSpan.TicksPerDay)) * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);
        if (type == typeof(byte[])) return !notNull && random.Next(5) == 0 ? null : Features.Bytes(random);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Generic.Dictionary<,>))
            return !notNull && random.Next(5) == 0 ? null : Features.Dictionary(random, type, this);
        var itemType = Canonical.ElementType(type);
        if (itemType != null)
        {
            if (!notNull && random.Next(5) == 0) return null;
            int count = random.Next(4);
            if (type.IsArray)
            {
                var array = Array.CreateInstance(itemType, count);
                for (int i = 0; i < count; i++) array.SetValue(Value(itemType, true, null), i);
                return array;
            }
            var list = (System.Collections.IList)Activator.CreateInstance(type);
            for (int i = 0; i < count; i++) list.Add(Value(itemType, !IsNullable(itemType), null));
            return list;
        }
        object feature;
        if (Features.TryValue(random, type, notNull, out feature)) return feature;
        if (type == typeof(string)) return !notNull && random.Next(5) == 0 ? null : String();
        if (type == typeof(int)) return Int();
        if (type == typeof(long)) return random.Next(8) == 0 ? (random.Next(2) == 0 ? long.MinValue : long.MaxValue) : ((long)random.Next() << 32) ^ random.Next() * (random.Next(2) == 0 ? -1L : 1L);
        if (type == typeof(bool)) return random.Next(2) == 0;
        if (type == typeof(decimal)) return Decimal();
        if (type == typeof(DateTime)) return Date();
        if (Attribute.IsDefined(type, typeof(DataContractAttribute))) return !notNull && random.Next(5) == 0 ? null : Record(type);
        throw new NotSupportedException("no generator for " + type);
    }

    static bool IsNullable(Type type) { return Nullable.GetUnderlyingType(type) != null; }

    /// A string of the awkward pieces, for the features' generators.
    public string AwkwardString() { return String(); }

    /// A decimal of any scale up to 28, the extremes among them, for the features' generators.
    public decimal AwkwardDecimal() { return Decimal(); }

    /// One documented value (for flags: a sum of some of them), as the member's type.
    object Documented(DocumentedValuesAttribute values, Type type)
    {
        if (values.Flags)
        {
            int sum = 0;
            foreach (var v in values.Values) if (random.Next(2) == 0) sum |= int.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
            return sum;
        }
        var text = values.Values[random.Next(values.Values.Length)];
        if (type == typeof(int)) return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return text;
    }

    /// 0 to 4 integers of 32 bits joined by "," (the empty string for none).
    string CommaSeparated()
    {
        int count = random.Next(5);
        var parts = new string[count];
        for (int i = 0; i < count; i++) parts[i] = Int().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(",", parts);
    }

    int Int()
    {
        switch (random.Next(8))
        {
            case 0: return int.MinValue;
            case 1: return int.MaxValue;
            case 2: return 0;
            case 3: return random.Next(100);
            default: return random.Next(int.MinValue, int.MaxValue);
        }
    }

    string String()
    {
        if (random.Next(10) == 0) return "";
        var builder = new StringBuilder();
        int count = 1 + random.Next(5);
        for (int i = 0; i < count; i++)
        {
            if (random.Next(3) == 0) builder.Append((char)('a' + random.Next(26)), 1 + random.Next(6));
            else builder.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return builder.ToString();
    }

    decimal Decimal()
    {
        switch (random.Next(12))
        {
            case 0: return decimal.MaxValue;
            case 1: return decimal.MinValue;
            case 2: return new decimal(0, 0, 0, random.Next(2) == 0, (byte)random.Next(29));
            case 3: return new decimal(8) + new decimal(0, 0, 0, false, 4);   // 8.0000, as the API writes credits
            default:
                // Every scale 0...28 with a random 96-bit (or shorter) mantissa.
                int lo = random.Next(int.MinValue, int.MaxValue);
                int mid = random.Next(3) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue);
                int hi = random.Next(3) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue);
                return new decimal(lo, mid, hi, random.Next(2) == 0, (byte)random.Next(29));
        }
    }

    DateTime Date()
    {
        var kind = (DateTimeKind)random.Next(3);
        switch (random.Next(10))
        {
            case 0: return DateTime.SpecifyKind(DateTime.MinValue, kind);
            case 1: return DateTime.SpecifyKind(DateTime.MaxValue, kind);
            default:
                long seconds = (long)(random.NextDouble() * (DateTime.MaxValue.Ticks / TimeSpan.TicksPerSecond));
                // 0 to 7 fraction digits: a fraction of `digits` digits, the last one not zero.
                int digits = random.Next(8);
                long fraction = 0;
                if (digits > 0)
                {
                    long unit = 1;
                    for (int i = digits; i < 7; i++) unit *= 10;
                    long top = 1;
                    for (int i = 0; i < digits; i++) top *= 10;
                    long value = random.Next((int)Math.Min(top, int.MaxValue));
                    if (value % 10 == 0) value += 1 + random.Next(9);
                    if (value >= top) value = top - 1;
                    fraction = value * unit;
                }
                var date = new DateTime(seconds * TimeSpan.TicksPerSecond + fraction, kind);
                // A Local time in a daylight-saving gap or overlap does not survive .NET's own
                // round trip (02:20 in Lord Howe's gap is written +10:30 and read back 02:50+11:00,
                // the same instant): such a value is written as Unspecified instead.
                if (kind == DateTimeKind.Local && (TimeZoneInfo.Local.IsInvalidTime(date) || TimeZoneInfo.Local.IsAmbiguousTime(date)))
                    date = DateTime.SpecifyKind(date, DateTimeKind.Unspecified);
                return date;
        }
    }
}
