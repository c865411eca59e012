using System.Net;

namespace Acs.Host.Tftp;

/// <summary>
/// ACS_TFTP_PORT (default 6969; 69 where the process may bind it; 0 picks a free port) and
/// ACS_TFTP_ENABLED (default true). The listener binds the device plane's address when that is an IP.
/// </summary>
public sealed record TftpSettings(bool Enabled, IPAddress Address, int Port)
{
    public const int DefaultPort = 6969;

    // How long a block waits for its ACK before it is sent again (unless the client asked for "timeout"), and how often.
    public static readonly TimeSpan RetransmitAfter = TimeSpan.FromSeconds(2);
    public const int MaxRetransmissions = 5;

    public static TftpSettings From(IConfiguration settings, Uri deviceUrl)
    {
        var enabled = !string.Equals(settings["ACS_TFTP_ENABLED"], "false", StringComparison.OrdinalIgnoreCase);
        var port = int.TryParse(settings["ACS_TFTP_PORT"], out var p) && p is >= 0 and <= 65535 ? p : DefaultPort;
        var address = IPAddress.TryParse(deviceUrl.Host.Trim('[', ']'), out var ip) ? ip : IPAddress.Any;
        return new TftpSettings(enabled, address, port);
    }
}
