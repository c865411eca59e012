using System.Net;
using Acs.Host.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Acs.Host.Observability;

/// <summary>
/// Who may read /metrics: any valid API key, or, without one, a client whose address is inside
/// Acs:Metrics:AllowAnonymousFrom (a Prometheus server that cannot send a bearer token).
/// </summary>
public sealed class MetricsAccess : AuthorizationHandler<MetricsRequirement>
{
    private readonly IReadOnlyList<IPNetwork> allowed;

    public MetricsAccess(IOptions<MetricsOptions> options)
    {
        allowed = Parse(options.Value.AllowAnonymousFrom);
    }

    public static IReadOnlyList<IPNetwork> Parse(IEnumerable<string> ranges) =>
        [.. ranges.Select(range => IPNetwork.TryParse(range.Trim(), out var network)
            ? network
            : throw new StartupRefusedException($"{MetricsOptions.Section}:AllowAnonymousFrom: '{range}' is not a CIDR range such as 192.0.2.10/32"))];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }
        else if (context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address)
        {
            var client = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            if (allowed.Any(network => network.Contains(client)))
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
