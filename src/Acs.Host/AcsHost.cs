using Acs.Core;
using Acs.Core.ConnectionRequests;
using Acs.Core.Persistence;
using Acs.Core.Access;
using Acs.Core.Phones;
using Acs.Host.Api;
using Acs.Host.Api.Files;
using Acs.Host.Bench;
using Acs.Host.ConnectionRequests;
using Acs.Host.Cwmp;
using Acs.Host.Health;
using Acs.Host.Phones;
using Acs.Host.Planes;
using Acs.Host.Tftp;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host;

/// <summary>
/// The composition root. Settings follow ASP.NET Core conventions; the documented ones are
/// ACS_DATA_DIR, ACS_DEVICE_URL, ACS_OPERATOR_URL, ACS_TFTP_PORT and ACS_TFTP_ENABLED (environment, appsettings or --KEY=value).
/// </summary>
public static class AcsHost
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings files live beside the binaries, whatever directory the server is started from (./data is relative to that).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
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
        builder.Services.AddOptions<PhoneProvisioningOptions>().Bind(settings.GetSection(PhoneProvisioningOptions.Section));
        builder.Services.AddAcsCore(Path.Combine(dataDir, "acs.db"));
        builder.Services.AddSingleton<PhoneServerUrls>();
        builder.Services.AddSingleton(TftpSettings.From(settings, new Uri(settings["ACS_DEVICE_URL"] ?? "http://0.0.0.0:7547")));
        builder.Services.AddSingleton<TftpServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TftpServer>());
        builder.AddRestApi(dataDir);
        builder.Services.AddApiDocs();
        builder.Services.AddSingleton<MatcherPolicy, PlaneMatcherPolicy>();
        builder.Services.AddHttpClient<IConnectionRequester, HttpConnectionRequester>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
        builder.Services.AddHostedService<SessionSweeper>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(ApiPolicies.Add);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealth();
        app.MapApiV1();
        app.MapApiDocs();
        if (settings.GetValue<bool>(CeilingEndpoint.Setting))
        {
            app.MapCeiling();
        }

        app.MapCwmp();
        app.MapPhones();
        app.MapFirmwareFiles(dataDir);
        app.MapDeviceFiles();
        return app;
    }

    /// <summary>Prepares the database (migrations, WAL) and starts listening.</summary>
    public static async Task StartAcsAsync(this WebApplication app, CancellationToken ct = default)
    {
        await AcsDatabase.PrepareAsync(app.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>(), ct);
        var generated = await app.Services.GetRequiredService<ApiKeys>().EnsureBootstrapKeyAsync(app.Configuration["ACS_BOOTSTRAP_API_KEY"], ct);
        if (generated is not null)
        {
            // Shown once, on the first start of an empty database, so the operator can create proper keys.
            app.Logger.LogWarning("No API key existed: created an admin key. It is shown only now: {ApiKey}", generated);
        }

        await app.StartAsync(ct);
    }
}
