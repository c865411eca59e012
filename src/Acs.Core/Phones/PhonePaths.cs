using System.Text.RegularExpressions;
using Acs.Provisioning.Profiles;

namespace Acs.Core.Phones;

// The per-device profile lives at /phones/{mac}.xml and reports go to /phones/{mac}/report.
public static partial class PhonePaths
{
    public const string Prefix = "phones";

    public static string ProfileBase(string baseUrl) => $"{baseUrl.TrimEnd('/')}/{Prefix}";

    public static string Profile(string baseUrl, MacAddress mac) => $"{ProfileBase(baseUrl)}/{mac}.xml";

    public static bool TryParseProfile(string relativePath, out MacAddress mac)
    {
        mac = default;
        var match = ProfileFile().Match(relativePath);
        return match.Success && MacAddress.TryParse(match.Groups["mac"].Value, out mac);
    }

    [GeneratedRegex("^phones/(?<mac>[0-9A-Fa-f]{12})\\.xml$", RegexOptions.CultureInvariant)]
    private static partial Regex ProfileFile();
}
