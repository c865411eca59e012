namespace Acs.Cwmp;

/// <summary>The xsi:type tokens CWMP values carry, normalised to the "xsd:" spelling we send.</summary>
public static class XsdTypes
{
    public const string String = "xsd:string";
    public const string Int = "xsd:int";
    public const string UnsignedInt = "xsd:unsignedInt";
    public const string Long = "xsd:long";
    public const string UnsignedLong = "xsd:unsignedLong";
    public const string Boolean = "xsd:boolean";
    public const string DateTime = "xsd:dateTime";
    public const string Base64 = "xsd:base64Binary";
    public const string HexBinary = "xsd:hexBinary";

    private static readonly string[] Known = [String, Int, UnsignedInt, Long, UnsignedLong, Boolean, DateTime, Base64, HexBinary];

    /// <summary>
    /// Maps whatever a device wrote (no prefix, another prefix, other letter case, base64Binary) to one of
    /// the constants above; anything unrecognised becomes <see cref="String"/>.
    /// </summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return String;
        }

        var local = raw.AsSpan().Trim();
        var colon = local.IndexOf(':');
        if (colon >= 0)
        {
            local = local[(colon + 1)..];
        }

        if (local.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            return Base64;
        }

        foreach (var known in Known)
        {
            if (local.Equals(known.AsSpan(4), StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return String;
    }
}
