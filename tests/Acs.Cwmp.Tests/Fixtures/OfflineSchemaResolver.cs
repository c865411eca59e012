using System.Xml;

namespace Acs.Cwmp.Tests.Fixtures;

// The CWMP schemas import SOAP by URL and include each other by URL. This resolver answers those
// from local files and refuses everything else, so validation never touches the network.
public sealed class OfflineSchemaResolver : XmlResolver
{
    private const string BbfBase = "http://www.broadband-forum.org/cwmp/";

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        var uri = absoluteUri.AbsoluteUri;
        string path;
        if (uri == CwmpNamespaces.SoapEnvelope)
        {
            path = Path.Combine(AppContext.BaseDirectory, "Schemas", "soap-envelope.xsd");
        }
        else if (uri == CwmpNamespaces.SoapEncoding)
        {
            path = Path.Combine(AppContext.BaseDirectory, "Schemas", "soap-encoding.xsd");
        }
        else if (uri.StartsWith(BbfBase, StringComparison.Ordinal))
        {
            path = BbfData.File(uri[BbfBase.Length..]);
        }
        else if (absoluteUri.IsFile)
        {
            path = absoluteUri.LocalPath;
        }
        else
        {
            throw new XmlException($"Refusing to fetch {uri}: schema resolution is offline.");
        }

        return File.OpenRead(path);
    }
}
