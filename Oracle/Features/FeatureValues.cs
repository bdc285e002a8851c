// Random values and canonical tokens of the .NET types the features use and the API's models do
// not (Generator.cs and Canonical.cs ask here first). Tokens: "i" + code unit for char (and the
// number of an enum), "g" + Guid "D", "p" + TimeSpan ticks, "x" + hex of a byte[], "u" + hex of
// a Uri's UTF-8 OriginalString, "T" + wall-clock ticks + "," + offset minutes for a
// DateTimeOffset, "f" + the 64 bits of a double as hex ("fNaN" for every NaN), "h" + the 32 bits
// of a float ("hNaN").
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

public static class Features
{
    static readonly string[] Uris =
    {
        "http://example.com/", "https://example.com/a/b?c=d&e=f#g", "http://example.com/%20x%C3%BC?q=%26",
        "urn:isbn:0451450523", "mailto:someone@example.com", "relative/path?x=1", "file:///tmp/x.txt",
        "http://[::1]:8080/", "https://user@example.com:8443/p;q", "x",
    };

    static readonly double[] Doubles =
    {
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 1E+20, 1E-05, 1E+15, 1E+16,
        123456789012345.0, 1234567890123456.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon,
        0.1, 1.0 / 3.0, 2.2250738585072014E-308, 0.30000000000000004, 100.0, -1.5,
    };

    static readonly float[] Floats =
    {
        float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0.0f, 0.0f, 1E+20f, 1E-05f, 1E+7f, 1E+8f,
        float.MaxValue, float.MinValue, float.Epsilon, 0.1f, 1.0f / 3.0f, 16777216f, 3.4028235E+38f, -2.5f,
    };

    public static byte[] Bytes(Random random)
    {
        var bytes = new byte[random.Next(4) == 0 ? 0 : random.Next(40)];
        random.NextBytes(bytes);
        return bytes;
    }

    public static object Dictionary(Random random, Type type, Generator generator)
    {
        var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(type);
        int count = random.Next(4);
        // Keys without CR (Web API's writer turns CR into LF: two keys could become one) and
        // distinct by their suffix.
        for (int i = 0; i < count; i++)
            dictionary[generator.AwkwardString().Replace("\r", "") + "#" + i.ToString(CultureInfo.InvariantCulture)] = random.Next(int.MinValue, int.MaxValue);
        return dictionary;
    }

    static long Long(Random random)
    {
        return ((long)random.Next() << 33) ^ ((long)random.Next() << 2) ^ random.Next(4);
    }

    static long Ticks(Random random, long max)
    {
        long ticks = (long)(random.NextDouble() * max);
        // 0 to 7 fraction digits.
        long unit = 1;
        for (int i = random.Next(8); i < 7; i++) unit *= 10;
        return ticks - ticks % unit;
    }

    public static bool TryValue(Random random, Type type, bool notNull, out object value)
    {
        value = null;
        if (type == typeof(char))
        {
            // Any UTF-16 code unit but a surrogate (Json.NET cannot carry a lone one through UTF-8).
            int[] edges = { 0, 9, 0xD, 0x20, 'A', 0x7F, 0xFFFD, 0xFFFE, 0xFFFF, 0xD7FF, 0xE000 };
            int code = random.Next(3) == 0 ? edges[random.Next(edges.Length)] : random.Next(0xD800);
            value = (char)code;
        }
        else if (type == typeof(Guid))
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            value = random.Next(10) == 0 ? Guid.Empty : new Guid(bytes);
        }
        else if (type == typeof(TimeSpan))
        {
            switch (random.Next(8))
            {
                case 0: value = TimeSpan.MinValue; break;
                case 1: value = TimeSpan.MaxValue; break;
                case 2: value = TimeSpan.Zero; break;
                case 3: value = new TimeSpan(random.Next(-100, 100)); break;
                case 4: value = new TimeSpan(random.Next(0, 3), random.Next(0, 24), random.Next(0, 60), random.Next(0, 60)); break;
                default: value = new TimeSpan(Ticks(random, long.MaxValue) * (random.Next(2) == 0 ? -1 : 1)); break;
            }
        }
        else if (type == typeof(Uri))
        {
            if (!notNull && random.Next(5) == 0) return true;
            value = new Uri(Uris[random.Next(Uris.Length)], UriKind.RelativeOrAbsolute);
        }
        else if (type == typeof(DateTimeOffset))
        {
            switch (random.Next(10))
            {
                case 0: value = DateTimeOffset.MinValue; break;
                case 1: value = DateTimeOffset.MaxValue; break;
                default:
                    var offset = TimeSpan.FromMinutes(random.Next(-840, 841));
                    long day = TimeSpan.TicksPerDay;
                    value = new DateTimeOffset(day + Ticks(random, DateTime.MaxValue.Ticks - 2 * day), offset);
                    break;
            }
        }
        else if (type == typeof(double))
        {
            if (random.Next(2) == 0) value = Doubles[random.Next(Doubles.Length)];
            else
            {
                double d;
                do d = BitConverter.Int64BitsToDouble(Long(random)); while (double.IsNaN(d) || double.IsInfinity(d));
                value = random.Next(2) == 0 ? d : Math.Round(random.NextDouble() * 1000, random.Next(6));
            }
        }
        else if (type == typeof(float))
        {
            if (random.Next(2) == 0) value = Floats[random.Next(Floats.Length)];
            else
            {
                float f;
                do f = BitConverter.ToSingle(BitConverter.GetBytes(random.Next(int.MinValue, int.MaxValue)), 0); while (float.IsNaN(f) || float.IsInfinity(f));
                value = random.Next(2) == 0 ? f : (float)Math.Round(random.NextDouble() * 1000, random.Next(4));
            }
        }
        else if (type == typeof(ulong))
            value = random.Next(4) == 0 ? (random.Next(2) == 0 ? ulong.MaxValue : ulong.MinValue) : (ulong)Long(random) * 2 + (ulong)random.Next(2);
        else if (type == typeof(uint)) value = random.Next(4) == 0 ? uint.MaxValue : (uint)random.Next() * 2;
        else if (type == typeof(short)) value = (short)random.Next(short.MinValue, short.MaxValue + 1);
        else if (type == typeof(ushort)) value = (ushort)random.Next(0, ushort.MaxValue + 1);
        else if (type == typeof(byte)) value = (byte)random.Next(0, 256);
        else if (type == typeof(sbyte)) value = (sbyte)random.Next(-128, 128);
        else if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            if (Attribute.IsDefined(type, typeof(FlagsAttribute)))
            {
                long sum = 0;
                foreach (var v in values) if (random.Next(3) == 0) sum |= Convert.ToInt64(v, CultureInfo.InvariantCulture);
                value = Enum.ToObject(type, sum);
            }
            else value = values.GetValue(random.Next(values.Length));
        }
        else return false;
        return true;
    }

    /// A Nullable<T> value where T's own generator gives what Json.NET 6.0.8 cannot read back
    /// into a Nullable: a `ulong?` above long.MaxValue ("Error converting value
    /// 16215116410278226385 to type 'System.Nullable`1[System.UInt64]'"; a plain ulong is read).
    public static bool TryNullableValue(Random random, Type type, out object value)
    {
        value = null;
        if (type != typeof(ulong)) return false;
        value = random.Next(4) == 0 ? (ulong)long.MaxValue : (ulong)(Long(random) & long.MaxValue);
        return true;
    }

    public static string Token(object value)
    {
        if (value is char) return "i" + ((int)(char)value).ToString(CultureInfo.InvariantCulture);
        if (value is Guid) return "g" + ((Guid)value).ToString("D");
        if (value is TimeSpan) return "p" + ((TimeSpan)value).Ticks.ToString(CultureInfo.InvariantCulture);
        if (value is byte[]) return "x" + Hex((byte[])value);
        if (value is Uri) return "u" + Hex(Encoding.UTF8.GetBytes(((Uri)value).OriginalString));
        if (value is DateTimeOffset)
        {
            var o = (DateTimeOffset)value;
            return "T" + o.DateTime.Ticks.ToString(CultureInfo.InvariantCulture) + "," + ((int)o.Offset.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        }
        if (value is double)
        {
            var d = (double)value;
            return double.IsNaN(d) ? "fNaN" : "f" + BitConverter.DoubleToInt64Bits(d).ToString("x16");
        }
        if (value is float)
        {
            var f = (float)value;
            return float.IsNaN(f) ? "hNaN" : "h" + BitConverter.ToInt32(BitConverter.GetBytes(f), 0).ToString("x8");
        }
        if (value is Enum) return "i" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return null;
    }

    static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) builder.Append(b.ToString("x2"));
        return builder.ToString();
    }
}
