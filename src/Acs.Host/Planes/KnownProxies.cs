using System.Net;
using Acs.Host.Startup;
using Microsoft.AspNetCore.HttpOverrides;

namespace Acs.Host.Planes;

/// <summary>
/// Behind a TLS-terminating proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the
/// addresses or CIDR ranges of Acs:ForwardedHeaders:KnownProxies, so a device's recorded address is the
/// client's and never the proxy's, and nobody else can claim another address with a header.
/// </summary>
public static class KnownProxies
{
    public const string Setting = "Acs:ForwardedHeaders:KnownProxies";

    public static void UseKnownProxies(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection(Setting).Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        // The defaults trust loopback; only what the operator listed is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.Select(p => p.Trim()))
        {
            if (IPAddress.TryParse(proxy, out var address))
            {
                options.KnownProxies.Add(address);
                if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                {
                    options.KnownProxies.Add(address.MapToIPv6());
                }
            }
            else if (System.Net.IPNetwork.TryParse(proxy, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else
            {
                throw new StartupRefusedException($"{Setting}: '{proxy}' is neither an IP address nor a CIDR range");
            }
        }

        app.UseForwardedHeaders(options);
    }
}
