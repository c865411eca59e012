using System.Globalization;
using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>Decides whether a value written by the ACS fits a parameter's type (faults 9006 and 9007).</summary>
public static class XsdValueCheck
{
    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// A value sent as xsd:string is checked against the parameter's own type, because many ACSs type
    /// everything as string; any other xsi:type that differs from the parameter's is a type fault.
    /// </summary>
    public static uint? Fault(string parameterType, string sentType, string value)
    {
        var sent = XsdTypes.Normalize(sentType);
        if (sent != XsdTypes.String && sent != parameterType)
        {
            return FaultCodes.InvalidParameterType;
        }

        return Fits(parameterType, value) ? null : FaultCodes.InvalidParameterValue;
    }

    public static bool Fits(string type, string value)
    {
        var text = value.Trim();
        return type switch
        {
            XsdTypes.Boolean => text is "true" or "false" or "1" or "0",
            XsdTypes.Int => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            XsdTypes.UnsignedInt => uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            XsdTypes.Long => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            XsdTypes.UnsignedLong => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            XsdTypes.DateTime => text == CwmpTime.UnknownTime || CwmpTime.Parse(text) is not null,
            XsdTypes.Base64 => text.Length % 4 == 0 && Convert.TryFromBase64String(text, new byte[text.Length], out _),
            XsdTypes.HexBinary => text.Length % 2 == 0 && text.AsSpan().IndexOfAnyExcept(HexDigits) < 0,
            _ => true,
        };
    }

    /// <summary>Booleans are stored in the canonical spelling so reads are predictable.</summary>
    public static string Canonical(string type, string value) => type switch
    {
        XsdTypes.Boolean => value.Trim() is "true" or "1" ? "true" : "false",
        XsdTypes.String => value,
        _ => value.Trim(),
    };
}
