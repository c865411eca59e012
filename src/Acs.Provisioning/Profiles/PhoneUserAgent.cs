using System.Text.RegularExpressions;

namespace Acs.Provisioning.Profiles;

// "Cisco-CP-8851-3PCC/12.0.1 (00562b043615)". Cisco calls the parenthesised value a serial number,
// deployed servers treat 12 hex digits there as the MAC; anything else is kept as Identifier.
public sealed partial record PhoneUserAgent(string ProductName, string Model, string FirmwareVersion, MacAddress? Mac, string? Identifier)
{
    public string ProductSeries => ProductName[3..];

    public static bool TryParse(string? userAgent, out PhoneUserAgent parsed)
    {
        parsed = new PhoneUserAgent(string.Empty, string.Empty, string.Empty, null, null);
        if (userAgent is null)
        {
            return false;
        }

        var match = CiscoMpp().Match(userAgent.Trim());
        if (!match.Success)
        {
            return false;
        }

        var identifier = match.Groups["id"].Success ? match.Groups["id"].Value.Trim() : null;
        MacAddress? mac = MacAddress.TryParse(identifier, out var m) ? m : null;
        parsed = new PhoneUserAgent(match.Groups["pn"].Value, match.Groups["model"].Value, match.Groups["ver"].Value, mac, identifier);
        return true;
    }

    [GeneratedRegex("^Cisco-(?<pn>CP-(?<model>[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*?)-3PCC)/(?<ver>[^\\s()]+)(?:\\s*\\((?<id>[^)]*)\\))?", RegexOptions.CultureInvariant)]
    private static partial Regex CiscoMpp();
}
