using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Acs.Host.Planes;

/// <summary>
/// Binds Kestrel's listeners for each plane and tags every connection with its plane, so routing can keep
/// the planes apart even when both listen on one address with different ports (or port 0 in tests).
/// </summary>
public sealed class PlaneListeners
{
    private const string ItemKey = "acs.plane";
    private readonly Dictionary<Plane, List<ListenOptions>> listeners = [];
    private readonly Dictionary<Plane, Uri> declared = [];

    /// <summary>Binds a plane's URL; with <paramref name="tls"/> the listener serves only TLS.</summary>
    public void Listen(KestrelServerOptions kestrel, Plane plane, Uri url, Tls.PlaneTls? tls = null)
    {
        declared[plane] = url;
        var host = url.Host;
        var port = url.Port;
        void Configure(ListenOptions options)
        {
            options.Use(next => connection =>
            {
                connection.Items[ItemKey] = plane;
                return next(connection);
            });
            if (tls is not null)
            {
                options.UseHttps(tls.HandshakeOptions());
            }

            if (!listeners.TryGetValue(plane, out var list))
            {
                listeners[plane] = list = [];
            }

            list.Add(options);
        }

        if (host is "0.0.0.0" or "*" or "+")
        {
            kestrel.ListenAnyIP(port, Configure);
        }
        else if (host is "localhost")
        {
            kestrel.ListenLocalhost(port, Configure);
        }
        else
        {
            kestrel.Listen(System.Net.IPAddress.Parse(host.Trim('[', ']')), port, Configure);
        }
    }

    /// <summary>The listen URL a plane was configured with (before port 0 is resolved).</summary>
    public Uri DeclaredUriOf(Plane plane) => declared[plane];

    /// <summary>The address a plane is reachable at once the server started (port 0 resolved to the real port).</summary>
    public Uri UriOf(Plane plane)
    {
        var options = listeners[plane][0];
        var endpoint = (System.Net.IPEndPoint)options.EndPoint;
        var address = endpoint.Address.Equals(System.Net.IPAddress.Any) || endpoint.Address.Equals(System.Net.IPAddress.IPv6Any)
            ? "127.0.0.1"
            : endpoint.Address.ToString();
        return new Uri($"{declared[plane].Scheme}://{(address.Contains(':', StringComparison.Ordinal) ? $"[{address}]" : address)}:{endpoint.Port}/");
    }

    public static Plane Of(HttpContext context) =>
        context.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(ItemKey, out var plane) == true && plane is Plane p
            ? p
            : Plane.Operator;
}
