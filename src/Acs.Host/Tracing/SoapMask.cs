using System.Text;
using System.Xml;
using System.Xml.Linq;
using Acs.Host.Api;

namespace Acs.Host.Tracing;

/// <summary>
/// Makes a CWMP body safe to store: every element whose name says it is secret (Password, ...) and every
/// ParameterValueStruct Value whose Name is a secret parameter become "********". A body that is not
/// well-formed XML is withheld rather than stored unmasked. DTDs are refused and nothing is resolved.
/// </summary>
public static class SoapMask
{
    private static readonly XmlReaderSettings Reading = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreProcessingInstructions = true,
    };

    public static string Mask(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return "";
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray()), Reading);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            return $"[a body of {body.Length} bytes that is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}); withheld]";
        }

        foreach (var element in document.Descendants().ToList())
        {
            if (!element.HasElements && Secrets.IsSecretName(element.Name.LocalName) && element.Value.Length > 0)
            {
                element.Value = Secrets.Mask;
            }
            else if (element.Name.LocalName == "ParameterValueStruct"
                && Child(element, "Name")?.Value is { } name && Secrets.IsSecretName(name.Trim())
                && Child(element, "Value") is { } value && value.Value.Length > 0)
            {
                value.Value = Secrets.Mask;
            }
        }

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.None }))
        {
            document.Root!.WriteTo(writer);
        }

        return text.ToString();
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
