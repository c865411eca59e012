using System.Text;
using Acs.Cwmp;

namespace Acs.Cwmp.Tests.Fixtures;

public static class Envelopes
{
    public static CwmpReadResult Read(string xml, string? charset = null) => CwmpReader.Read(Encoding.UTF8.GetBytes(xml), charset);

    public static CwmpEnvelope ReadOk(string xml, string? charset = null)
    {
        var result = Read(xml, charset);
        Assert.True(result.Success, $"{result.Rejection}: {result.Detail}");
        return result.Envelope!;
    }

    public static T ReadBody<T>(string xml) where T : CwmpMessage => Assert.IsType<T>(ReadOk(xml).Body);

    public static string WriteText(CwmpEnvelope envelope) => Encoding.UTF8.GetString(CwmpWriter.Write(envelope));

    // Wraps a body in an envelope with the conventional prefixes, as most devices send it.
    public static string Soap(string body, string cwmp = CwmpNamespaces.Cwmp10, string header = "") =>
        $"""
        <soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="{cwmp}">
        <soap-env:Header>{header}</soap-env:Header>
        <soap-env:Body>{body}</soap-env:Body>
        </soap-env:Envelope>
        """;
}
