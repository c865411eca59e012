namespace Acs.Cwmp;

/// <summary>The namespace URIs a CWMP envelope uses, and how the CWMP version maps onto them.</summary>
public static class CwmpNamespaces
{
    public const string SoapEnvelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string SoapEncoding = "http://schemas.xmlsoap.org/soap/encoding/";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Xsd1999 = "http://www.w3.org/1999/XMLSchema";
    public const string Xsi1999 = "http://www.w3.org/1999/XMLSchema-instance";

    public const string Cwmp10 = "urn:dslforum-org:cwmp-1-0";
    public const string Cwmp11 = "urn:dslforum-org:cwmp-1-1";
    public const string Cwmp12 = "urn:dslforum-org:cwmp-1-2";
    public const string Cwmp13 = "urn:dslforum-org:cwmp-1-3";
    public const string Cwmp14 = "urn:dslforum-org:cwmp-1-4";

    private const string CwmpPrefix = "urn:dslforum-org:cwmp-1-";

    /// <summary>True for any <c>urn:dslforum-org:cwmp-1-N</c>, including versions newer than 1-4.</summary>
    public static bool IsCwmp(string? uri) =>
        uri is not null
        && uri.StartsWith(CwmpPrefix, StringComparison.Ordinal)
        && uri.Length > CwmpPrefix.Length
        && uri.AsSpan(CwmpPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsXsi(string? uri) => uri is Xsi or Xsi1999;

    public static bool IsXsd(string? uri) => uri is Xsd or Xsd1999;

    /// <summary>The minor version a namespace names (<c>cwmp-1-2</c> gives 2).</summary>
    public static int MinorVersion(string uri) =>
        IsCwmp(uri) ? int.Parse(uri.AsSpan(CwmpPrefix.Length), System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>The namespace URI to use for a negotiated version such as "1.4": 1.3 and 1.4 keep cwmp-1-2 as the schemas do.</summary>
    public static string ForVersion(string version) => version switch
    {
        "1.0" => Cwmp10,
        "1.1" => Cwmp11,
        _ => Cwmp12,
    };
}
