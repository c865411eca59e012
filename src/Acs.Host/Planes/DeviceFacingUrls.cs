using System.Net;
using Acs.Core.Phones;
using Acs.Host.Api.Files;
using Acs.Host.Startup;
using Microsoft.Extensions.Options;

namespace Acs.Host.Planes;

/// <summary>
/// The addresses devices are given: the CWMP URL (DHCP option 43 / DHCPv6 17), the base of phone profiles
/// (Profile_Rule, options 66/150/159/160, SRV) and of stored files (Download URLs, Upgrade_Rule). Each is
/// its own setting if set, else ACS_PUBLIC_URL (the device plane as devices reach it), else the device
/// plane's listen address with a wildcard replaced by the host name, which start-up warns about.
/// </summary>
public sealed class DeviceFacingUrls(
    IConfiguration settings,
    PlaneListeners planes,
    IOptions<PhoneProvisioningOptions> provisioning,
    IOptions<FileStoreOptions> files)
{
    public const string PublicUrlSetting = "ACS_PUBLIC_URL";

    /// <summary>The CWMP URL, ending in "/".</summary>
    public string AcsUrl => provisioning.Value.AcsUrl ?? WithSlash(Base());

    /// <summary>The base of phone profile URLs, without a trailing "/".</summary>
    public string ProfileBaseUrl => (provisioning.Value.ProfileBaseUrl ?? Base()).TrimEnd('/');

    /// <summary>The base of stored-file URLs, ending in "/".</summary>
    public string FileBaseUrl => WithSlash(files.Value.DeviceBaseUrl is { Length: > 0 } configured ? configured : Base());

    /// <summary>Refuses a malformed ACS_PUBLIC_URL at start rather than handing it to devices.</summary>
    public static void Validate(IConfiguration settings)
    {
        if (settings[PublicUrlSetting] is { Length: > 0 } text
            && (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Query.Length > 0))
        {
            throw new StartupRefusedException($"{PublicUrlSetting}: '{text}' must be an absolute http:// or https:// URL without a query, e.g. https://acs.example.com");
        }
    }

    /// <summary>Logs the URLs in use once the listeners are bound, and warns about those devices elsewhere cannot reach.</summary>
    public void Report(ILogger logger)
    {
        logger.LogInformation("Devices are given: CWMP URL {AcsUrl}, profile base {ProfileBaseUrl}, file base {FileBaseUrl}", AcsUrl, ProfileBaseUrl, FileBaseUrl);
        foreach (var (name, url) in new[] { ("CWMP URL", AcsUrl), ("profile base URL", ProfileBaseUrl), ("file base URL", FileBaseUrl) })
        {
            if (Problem(url) is { } problem)
            {
                logger.LogWarning("The {Name} {Url} {Problem}; set {Setting} to the address devices reach this server at", name, url, problem, PublicUrlSetting);
            }
        }
    }

    private string? Problem(string text)
    {
        var url = new Uri(text);
        var host = url.Host.Trim('[', ']');
        if (host is "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address)))
        {
            return "is a loopback address that no device on the network can reach";
        }

        if (host is "0.0.0.0" or "::" or "*" or "+")
        {
            return "is a wildcard address";
        }

        return settings[PublicUrlSetting] is not { Length: > 0 } && IsWildcard(planes.DeclaredUriOf(Plane.Device)) && host == Dns.GetHostName()
            ? "is the machine's host name, guessed from the wildcard listen address"
            : null;
    }

    private string Base()
    {
        if (settings[PublicUrlSetting] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var listening = planes.UriOf(Plane.Device);
        // Listening on every address: devices need a name that reaches this machine, never 127.0.0.1.
        var url = IsWildcard(planes.DeclaredUriOf(Plane.Device)) ? new UriBuilder(listening) { Host = Dns.GetHostName() }.Uri : listening;
        return url.ToString().TrimEnd('/');
    }

    private static bool IsWildcard(Uri url) => url.Host.Trim('[', ']') is "0.0.0.0" or "::" or "*" or "+";

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
