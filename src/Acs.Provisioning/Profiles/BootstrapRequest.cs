using System.Text.RegularExpressions;

namespace Acs.Provisioning.Profiles;

// The two files a factory-fresh MPP phone asks for: "/{series}.xml" (its default Profile_Rule,
// /$PSN.xml) and "/Cisco/{productName}/{mac}.cfg" (the second tail it appends to a DHCP-given server).
public sealed partial record BootstrapRequest(string ProductSeries, string? ProductName, MacAddress? Mac)
{
    public static string SeriesPath(string productSeries) => $"/{productSeries}.xml";

    public static string DevicePath(string productName, MacAddress mac) => $"/Cisco/{productName}/{mac}.cfg";

    // TFTP requests come with a leading '/', HTTP ones too; both forms are accepted.
    public static bool TryParse(string path, out BootstrapRequest request)
    {
        request = new BootstrapRequest(string.Empty, null, null);
        var relative = path.TrimStart('/');
        var series = SeriesFile().Match(relative);
        if (series.Success)
        {
            request = new BootstrapRequest(series.Groups["series"].Value, null, null);
            return true;
        }

        var device = DeviceFile().Match(relative);
        if (device.Success && MacAddress.TryParse(device.Groups["mac"].Value, out var mac))
        {
            var productName = device.Groups["pn"].Value;
            request = new BootstrapRequest(productName[3..], productName, mac);
            return true;
        }

        return false;
    }

    [GeneratedRegex("^(?<series>[0-9]{4}[0-9A-Za-z]*(?:-[0-9A-Za-z]+)*-3PCC)\\.xml$", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesFile();

    [GeneratedRegex("^Cisco/(?<pn>CP-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*-3PCC)/(?<mac>[0-9A-Fa-f]{12})\\.cfg$", RegexOptions.CultureInvariant)]
    private static partial Regex DeviceFile();
}
