using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Acs.Cwmp.Tests.Fixtures;

// Compiled official schemas, one set per CWMP minor version, plus an envelope validator.
public static class CwmpSchemas
{
    private static readonly ConcurrentDictionary<int, XmlSchemaSet> Sets = new();

    public static XmlSchemaSet For(int minorVersion) => Sets.GetOrAdd(minorVersion, Compile);

    // The namespace an envelope must use to be valid against cwmp-1-N.xsd: 1.3 and 1.4 stay in cwmp-1-2.
    public static string NamespaceFor(int minorVersion) => minorVersion switch
    {
        0 => CwmpNamespaces.Cwmp10,
        1 => CwmpNamespaces.Cwmp11,
        _ => CwmpNamespaces.Cwmp12,
    };

    public static IReadOnlyList<string> Validate(byte[] envelope, int minorVersion)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = For(minorVersion),
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(envelope), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Compile(int minorVersion)
    {
        var errors = new List<string>();
        var set = new XmlSchemaSet { XmlResolver = new OfflineSchemaResolver() };
        set.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        var path = BbfData.File($"cwmp-1-{minorVersion}.xsd");
        var document = XDocument.Load(path);
        MergeRedefines(document);
        using (var reader = XmlReader.Create(new StringReader(document.ToString()),
                   new XmlReaderSettings { XmlResolver = new OfflineSchemaResolver() }, new Uri(path).AbsoluteUri))
        {
            set.Add(null, reader);
        }

        set.Compile();
        Assert.True(set.Count > 0, $"cwmp-1-{minorVersion}.xsd gave no schema.");
        Assert.True(errors.Count == 0, $"cwmp-1-{minorVersion}.xsd did not compile: {string.Join("; ", errors)}");
        return set;
    }

    // cwmp-1-4.xsd redefines three types of cwmp-1-3.xsd in three separate xs:redefine elements;
    // System.Xml honours only the first redefine of a document, so they are merged into one here.
    private static void MergeRedefines(XDocument document)
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var redefines = document.Root!.Elements(xs + "redefine").ToList();
        for (var i = 1; i < redefines.Count; i++)
        {
            if ((string?)redefines[i].Attribute("schemaLocation") == (string?)redefines[0].Attribute("schemaLocation"))
            {
                redefines[0].Add(redefines[i].Elements());
                redefines[i].Remove();
            }
        }
    }
}
