using System.Net;
using System.Net.Sockets;

namespace Acs.Host.Startup;

/// <summary>
/// Tries each listen address before Kestrel does, so a port held by another process stops the start with one
/// line naming the setting rather than Kestrel's and the host's stack traces in the log.
/// </summary>
public static class PortCheck
{
    public static void EnsureFree(string setting, Uri url)
    {
        if (url.Port == 0)
        {
            return;
        }

        var host = url.Host.Trim('[', ']');
        var address = host is "0.0.0.0" or "*" or "+" ? IPAddress.IPv6Any : host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        // As Kestrel does on Linux: connections of a previous run in TIME_WAIT do not count, a listener does.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        if (address.Equals(IPAddress.IPv6Any))
        {
            socket.DualMode = true;
        }

        try
        {
            socket.Bind(new IPEndPoint(address, url.Port));
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new StartupRefusedException($"{setting}: port {url.Port} is already in use by another process ({url})", e);
        }
        catch (SocketException)
        {
            // Not ours to judge (no IPv6, no permission for a low port): Kestrel reports it as it binds.
        }
    }
}
