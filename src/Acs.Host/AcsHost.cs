using Acs.Core;
using Acs.Core.ConnectionRequests;
using Acs.Core.Persistence;
using Acs.Host.ConnectionRequests;
using Acs.Host.Cwmp;
using Acs.Host.Health;
using Acs.Host.Planes;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host;

/// <summary>
/// The composition root. Settings follow ASP.NET Core conventions; the three documented ones are
/// ACS_DATA_DIR, ACS_DEVICE_URL and ACS_OPERATOR_URL (environment, appsettings or --KEY=value).
/// </summary>
public static class AcsHost
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var settings = builder.Configuration;
        var dataDir = Path.GetFullPath(settings["ACS_DATA_DIR"] ?? "data");
        Directory.CreateDirectory(dataDir);

        var planes = new PlaneListeners();
        builder.Services.AddSingleton(planes);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            planes.Listen(kestrel, Plane.Device, new Uri(settings["ACS_DEVICE_URL"] ?? "http://0.0.0.0:7547"));
            planes.Listen(kestrel, Plane.Operator, new Uri(settings["ACS_OPERATOR_URL"] ?? "http://127.0.0.1:8080"));
        });

        builder.Services.AddOptions<AcsOptions>().Bind(settings.GetSection(AcsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAcsCore(Path.Combine(dataDir, "acs.db"));
        builder.Services.AddSingleton<MatcherPolicy, PlaneMatcherPolicy>();
        builder.Services.AddHttpClient<IConnectionRequester, HttpConnectionRequester>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
        builder.Services.AddHostedService<SessionSweeper>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealth();
        app.MapCwmp();
        return app;
    }

    /// <summary>Prepares the database (migrations, WAL) and starts listening.</summary>
    public static async Task StartAcsAsync(this WebApplication app, CancellationToken ct = default)
    {
        await AcsDatabase.PrepareAsync(app.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>(), ct);
        await app.StartAsync(ct);
    }
}
