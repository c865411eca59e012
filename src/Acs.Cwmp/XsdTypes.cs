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

    /// <summary>The types a value can be sent with, in the spelling we send.</summary>
    public static IReadOnlyList<string> All => Known;

    /// <summary>
    /// Maps whatever a device wrote (no prefix, another prefix, other letter case, base64Binary) to one of
    /// the constants above; anything unrecognised becomes <see cref="String"/>.
    /// </summary>
    public static string Normalize(string? raw) => TryNormalize(raw, out var type) ? type : String;

    /// <summary>Like <see cref="Normalize"/>, but false for a type that is none of <see cref="All"/>.</summary>
    public static bool TryNormalize(string? raw, out string type)
    {
        type = String;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return true;
        }

        var local = raw.AsSpan().Trim();
        var colon = local.IndexOf(':');
        if (colon >= 0)
        {
            local = local[(colon + 1)..];
        }

        if (local.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            type = Base64;
            return true;
        }

        foreach (var known in Known)
        {
            if (local.Equals(known.AsSpan(4), StringComparison.OrdinalIgnoreCase))
            {
                type = known;
                return true;
            }
        }

        return false;
    }
}
