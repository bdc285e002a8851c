// The test oracle: .NET's own DataContractSerializer (Mono's copy of the reference source) and
// Json.NET, driven by AWKit's tests (Tests/OracleTests). Compiled at test time with mcs; no
// binary is committed.
//
//   oracle.exe write <Model> <seed> <count> <outdir>
//       Random records of <Model> (an [OracleModel] name), each written as one document by
//       three writers: web (XmlWriter.Create as ASP.NET Web API sets it up), dict
//       (XmlDictionaryWriter.CreateTextWriter) and json (Json.NET at Web API's defaults).
//       Files: <Model>.<writer>.docs (framed documents), <Model>.<writer>.values (per document,
//       what .NET itself reads back from those bytes), <Model>.written.values (what was written).
//   oracle.exe read <Model> <writer> <in.docs> <outprefix>
//       Reads each framed document with .NET (DCS ReadObject, Json.NET DeserializeObject) and
//       writes <outprefix>.values (what it read) and <outprefix>.docs (the value written again by
//       the same writer), plus <outprefix>.c14n (exclusive C14N of each input document and of
//       the rewrite, for XML writers).
//
// Framing: each document is "<byte count>\n<bytes>\n". A values file has one line per document:
// tab-separated "Path=token", tokens: "~" null, "s" + hex of the UTF-8 bytes for a string,
// "i" integer, "d" decimal (invariant, scale kept), "b0"/"b1", "t" + ticks + "," + U|Z|L[offset
// minutes] for a DateTime, "o" for a nested object (its members follow as Path.Member), "n" + count
// for a list (its items follow as Path.0, Path.1 …); or "!" + an error message when the document
// could not be read.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using System.Xml;

[AttributeUsage(AttributeTargets.Class)]
public sealed class OracleModelAttribute : Attribute
{
    public readonly string Name;
    public OracleModelAttribute(string name) { Name = name; }
}

/// The Swift model's property is not optional: never generate null.
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class NotNullAttribute : Attribute { }

/// An enumeration's documented wire values (a Swift open enumeration or, with flags, an
/// OptionSet): the generator mostly picks one of them (for flags, a sum), sometimes another value.
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class DocumentedValuesAttribute : Attribute
{
    public readonly bool Flags;
    public readonly string[] Values;
    public DocumentedValuesAttribute(bool flags, params string[] values) { Flags = flags; Values = values; }
}

/// The API's `date`: a DateTime at midnight, kind Unspecified (Swift: DateOnly).
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class DateOnlyAttribute : Attribute { }

/// The API's `string of comma-separated integers` (Swift: CommaSeparatedIntegers), written as
/// the numbers joined by "," without spaces.
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class CommaSeparatedIntegersAttribute : Attribute { }

public static class Oracle
{
    static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

    public static int Main(string[] args)
    {
        try
        {
            if (args.Length == 5 && args[0] == "write")
            {
                Write(ModelType(args[1]), args[1], int.Parse(args[2]), int.Parse(args[3]), args[4]);
                return 0;
            }
            if (args.Length == 5 && args[0] == "read")
            {
                Read(ModelType(args[1]), args[2], args[3], args[4]);
                return 0;
            }
            Console.Error.WriteLine("usage: oracle.exe write <Model> <seed> <count> <outdir> | read <Model> <web|dict|json> <in.docs> <outprefix>");
            return 2;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("oracle: " + e);
            return 1;
        }
    }

    static Type ModelType(string name)
    {
        foreach (var type in typeof(Oracle).Assembly.GetTypes())
        {
            var attribute = (OracleModelAttribute)Attribute.GetCustomAttribute(type, typeof(OracleModelAttribute));
            if (attribute != null && attribute.Name == name) return type;
        }
        throw new ArgumentException("no [OracleModel(\"" + name + "\")] class");
    }

    static readonly string[] Writers = { "web", "dict", "json" };

    static void Write(Type type, string name, int seed, int count, string outdir)
    {
        var random = new Random(seed);
        var generator = new Generator(random);
        var docs = Writers.ToDictionary(w => w, w => new FramedWriter(Path.Combine(outdir, name + "." + w + ".docs")));
        var values = Writers.ToDictionary(w => w, w => new StreamWriter(Path.Combine(outdir, name + "." + w + ".values"), false, Utf8));
        using (var written = new StreamWriter(Path.Combine(outdir, name + ".written.values"), false, Utf8))
        {
            for (int i = 0; i < count; i++)
            {
                object record = generator.Record(type);
                written.Write(Canonical.Render(record) + "\n");
                foreach (var writer in Writers)
                {
                    byte[] bytes = Serialize(type, record, writer);
                    docs[writer].Write(bytes);
                    values[writer].Write(ReadBack(type, bytes, writer) + "\n");
                }
            }
        }
        foreach (var d in docs.Values) d.Dispose();
        foreach (var v in values.Values) v.Dispose();
    }

    static void Read(Type type, string writer, string input, string outprefix)
    {
        using (var values = new StreamWriter(outprefix + ".values", false, Utf8))
        using (var again = new FramedWriter(outprefix + ".docs"))
        using (var c14n = writer == "json" ? null : new FramedWriter(outprefix + ".c14n"))
        {
            foreach (var bytes in FramedReader.Read(input))
            {
                object record;
                try
                {
                    record = Deserialize(type, bytes, writer);
                }
                catch (Exception e)
                {
                    values.Write("!" + Describe(e) + "\n");
                    again.Write(new byte[0]);
                    if (c14n != null) { c14n.Write(new byte[0]); c14n.Write(new byte[0]); }
                    continue;
                }
                if (record == null)
                {
                    values.Write("!the document reads as null\n");
                    again.Write(new byte[0]);
                    if (c14n != null) { c14n.Write(new byte[0]); c14n.Write(new byte[0]); }
                    continue;
                }
                values.Write(Canonical.Render(record) + "\n");
                byte[] rewritten = Serialize(type, record, writer);
                again.Write(rewritten);
                if (c14n != null)
                {
                    c14n.Write(Canonicalizer.ExclusiveC14N(bytes));
                    c14n.Write(Canonicalizer.ExclusiveC14N(rewritten));
                }
            }
        }
    }

    static string ReadBack(Type type, byte[] bytes, string writer)
    {
        try
        {
            var record = Deserialize(type, bytes, writer);
            return record == null ? "!the document reads as null" : Canonical.Render(record);
        }
        catch (Exception e) { return "!" + Describe(e); }
    }

    static string Describe(Exception e)
    {
        while (e.InnerException != null && e is TargetInvocationException) e = e.InnerException;
        return (e.GetType().Name + ": " + e.Message).Replace("\t", " ").Replace("\n", " ").Replace("\r", " ");
    }

    // MARK: The three writers and their readers

    static readonly Dictionary<Type, DataContractSerializer> Serializers = new Dictionary<Type, DataContractSerializer>();

    static DataContractSerializer SerializerFor(Type type)
    {
        lock (Serializers)
        {
            DataContractSerializer serializer;
            if (!Serializers.TryGetValue(type, out serializer)) Serializers[type] = serializer = new DataContractSerializer(type);
            return serializer;
        }
    }

    public static byte[] Serialize(Type type, object record, string writer)
    {
        var stream = new MemoryStream();
        switch (writer)
        {
            case "web":
                // ASP.NET Web API's XmlMediaTypeFormatter: OmitXmlDeclaration, CheckCharacters off,
                // UTF-8 without BOM; the server is Windows, so new lines are written as CRLF.
                var settings = new XmlWriterSettings
                {
                    OmitXmlDeclaration = true, CheckCharacters = false, Encoding = Utf8, CloseOutput = false,
                    NewLineChars = "\r\n",
                };
                using (var xml = XmlWriter.Create(stream, settings)) SerializerFor(type).WriteObject(xml, record);
                break;
            case "dict":
                using (var xml = XmlDictionaryWriter.CreateTextWriter(stream, Utf8, false))
                    SerializerFor(type).WriteObject(xml, record);
                break;
            case "json":
                var text = Newtonsoft.Json.JsonConvert.SerializeObject(record, JsonSettings());
                var bytes = Utf8.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                break;
            default:
                throw new ArgumentException("unknown writer " + writer);
        }
        return stream.ToArray();
    }

    public static object Deserialize(Type type, byte[] bytes, string writer)
    {
        if (writer == "json")
            return Newtonsoft.Json.JsonConvert.DeserializeObject(Utf8.GetString(bytes), type, JsonSettings());
        // ReadObject(Stream) reads through XmlDictionaryReader.CreateTextReader, as Web API's
        // clients (HttpClient's ReadAsAsync, WCF) do.
        return SerializerFor(type).ReadObject(new MemoryStream(bytes));
    }

    /// Web API's BaseJsonMediaTypeFormatter.CreateDefaultSerializerSettings: missing members
    /// ignored, no type names, everything else Json.NET's defaults.
    static readonly Newtonsoft.Json.JsonSerializerSettings Settings = MakeJsonSettings();
    static Newtonsoft.Json.JsonSerializerSettings JsonSettings() { return Settings; }
    static Newtonsoft.Json.JsonSerializerSettings MakeJsonSettings()
    {
        return new Newtonsoft.Json.JsonSerializerSettings
        {
            MissingMemberHandling = Newtonsoft.Json.MissingMemberHandling.Ignore,
            TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None,
        };
    }
}

sealed class FramedWriter : IDisposable
{
    readonly Stream stream;
    public FramedWriter(string path) { stream = File.Create(path); }
    public void Write(byte[] bytes)
    {
        var head = Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.Write(head, 0, head.Length);
        stream.Write(bytes, 0, bytes.Length);
        stream.WriteByte((byte)'\n');
    }
    public void Dispose() { stream.Dispose(); }
}

static class FramedReader
{
    public static IEnumerable<byte[]> Read(string path)
    {
        var all = File.ReadAllBytes(path);
        int p = 0;
        while (p < all.Length)
        {
            int newline = Array.IndexOf(all, (byte)'\n', p);
            int length = int.Parse(Encoding.ASCII.GetString(all, p, newline - p), CultureInfo.InvariantCulture);
            var bytes = new byte[length];
            Array.Copy(all, newline + 1, bytes, 0, length);
            p = newline + 1 + length + 1;
            yield return bytes;
        }
    }
}

static class Canonicalizer
{
    /// Exclusive XML canonicalization (System.Security's XmlDsigExcC14NTransform), read the way
    /// DataContractSerializer reads (no DTD, whitespace kept).
    public static byte[] ExclusiveC14N(byte[] bytes)
    {
        try
        {
            var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
            var settings = new XmlReaderSettings { CheckCharacters = false, DtdProcessing = DtdProcessing.Prohibit };
            using (var reader = XmlReader.Create(new MemoryStream(bytes), settings)) document.Load(reader);
            var transform = new System.Security.Cryptography.Xml.XmlDsigExcC14NTransform();
            transform.LoadInput(document);
            var output = (Stream)transform.GetOutput(typeof(Stream));
            var copy = new MemoryStream();
            output.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e)
        {
            return Encoding.UTF8.GetBytes("!" + e.GetType().Name + ": " + e.Message);
        }
    }
}
