using Acs.Core.Observability;
using Acs.Host.Api;
using Acs.Host.Planes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Acs.Host.Observability;

/// <summary>
/// Prometheus metrics at /metrics on the operator plane, through OpenTelemetry: it reads the "Acs" meter
/// (<see cref="AcsMetrics"/>) and the runtime's and ASP.NET Core's own meters as they are, with no second
/// metrics API to feed.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";
    public const string Policy = "acs.metrics";

    private static readonly string[] Meters =
    [
        AcsMetrics.MeterName,
        "System.Runtime",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.EntityFrameworkCore",
        "System.Net.Http",
    ];

    public static void AddMetricsEndpoint(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().Bind(builder.Configuration.GetSection(MetricsOptions.Section));
        builder.Services.AddSingleton<IAuthorizationHandler, MetricsAccess>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Meters)
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
    }

    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).AddRequirements(new MetricsRequirement()));

    /// <summary>Refuses a malformed CIDR at start-up rather than at the first scrape.</summary>
    public static void Validate(IServiceProvider services) => MetricsAccess.Parse(services.GetRequiredService<IOptions<MetricsOptions>>().Value.AllowAnonymousFrom);

    public static void MapMetrics(this IEndpointRouteBuilder routes) =>
        routes.MapPrometheusScrapingEndpoint(Path)
            .RequireAuthorization(Policy)
            .WithMetadata(new PlaneMetadata(Plane.Operator));
}
