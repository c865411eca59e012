using System.Net;

namespace Acs.Host.Planes;

/// <summary>The address a device connects from, as operators write it: IPv4 clients of a dual-stack listener without the ::ffff: prefix.</summary>
public static class ClientAddress
{
    public static string? Of(HttpContext context) => Format(context.Connection.RemoteIpAddress);

    public static string? Format(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
