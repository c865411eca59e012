using Acs.Core;
using Acs.Core.Access;
using Acs.Core.ConnectionRequests;
using Acs.Core.Persistence;
using Acs.Core.Phones;
using Acs.Host.Api;
using Acs.Host.Api.Files;
using Acs.Host.Bench;
using Acs.Host.ConnectionRequests;
using Acs.Host.Cwmp;
using Acs.Host.Health;
using Acs.Host.Observability;
using Acs.Host.Phones;
using Acs.Host.Planes;
using Acs.Host.Startup;
using Acs.Host.Requests;
using Acs.Host.Tftp;
using Acs.Host.Tls;
using Acs.Host.Tracing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Host;

/// <summary>
/// The composition root. Settings follow ASP.NET Core conventions (see <see cref="SettingsFiles"/> for the
/// files); the documented ones are in the README's settings table.
/// </summary>
public static class AcsHost
{
    public const string DeviceUrlDefault = "http://0.0.0.0:7547";
    public const string OperatorUrlDefault = "http://127.0.0.1:8080";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Shipped settings live beside the binaries, whatever directory the server is started from (./data is relative to that).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        SettingsFiles.Layer(builder.Configuration, builder.Environment.EnvironmentName);
        LogFormat.Apply(builder.Logging, builder.Configuration);
        var settings = builder.Configuration;
        var dataDir = DataDirectory(settings);
        Directory.CreateDirectory(dataDir);
        DeviceFacingUrls.Validate(settings);

        var planes = new PlaneListeners();
        var deviceUrl = ListenUrl(settings, Plane.Device, DeviceUrlDefault);
        var operatorUrl = ListenUrl(settings, Plane.Operator, OperatorUrlDefault);
        builder.Services.AddSingleton(planes);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var loggers = kestrel.ApplicationServices.GetRequiredService<ILoggerFactory>();
            planes.Listen(kestrel, Plane.Device, deviceUrl, PlaneTls.From(settings, Plane.Device, deviceUrl, loggers));
            planes.Listen(kestrel, Plane.Operator, operatorUrl, PlaneTls.From(settings, Plane.Operator, operatorUrl, loggers));
        });

        builder.Services.AddOptions<AcsOptions>().Bind(settings.GetSection(AcsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PhoneProvisioningOptions>().Bind(settings.GetSection(PhoneProvisioningOptions.Section));
        builder.Services.AddOptions<TraceOptions>().Bind(settings.GetSection(TraceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAcsCore(Path.Combine(dataDir, "acs.db"));
        builder.Services.AddSingleton<DeviceFacingUrls>();
        builder.Services.AddSingleton(TftpSettings.From(settings, deviceUrl));
        builder.Services.AddSingleton<TftpServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TftpServer>());
        builder.AddRestApi(dataDir);
        builder.AddMetricsEndpoint();
        builder.Services.AddSingleton<SoapTrace>();
        builder.Services.AddHostedService<TraceExpiry>();
        builder.Services.AddApiDocs();
        builder.Services.AddSingleton<MatcherPolicy, PlaneMatcherPolicy>();
        builder.Services.AddHttpClient<IConnectionRequester, HttpConnectionRequester>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
        builder.Services.AddHostedService<SessionSweeper>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(options =>
        {
            ApiPolicies.Add(options);
            MetricsEndpoint.AddPolicy(options);
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseKnownProxies();
        app.UseMalformedRequestAnswers();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseJsonRequestChecks();
        app.MapHealth();
        app.MapMetrics();
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

    /// <summary>ACS_DATA_DIR, relative to the directory the server (or the admin command) is started from.</summary>
    public static string DataDirectory(IConfiguration settings) => Path.GetFullPath(settings["ACS_DATA_DIR"] ?? "data");

    /// <summary>
    /// Checks what can be checked before anything changes (certificates, the data directory lock), prepares
    /// the database (migrations, WAL), applies the bootstrap key and starts listening.
    /// </summary>
    public static async Task StartAcsAsync(this WebApplication app, CancellationToken ct = default)
    {
        // Resolving Kestrel's options loads the certificates: a missing one refuses the start before any migration runs.
        _ = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        MetricsEndpoint.Validate(app.Services);
        var planes = app.Services.GetRequiredService<PlaneListeners>();
        foreach (var plane in new[] { Plane.Device, Plane.Operator })
        {
            PortCheck.EnsureFree(PlaneTls.UrlSetting(plane), planes.DeclaredUriOf(plane));
        }

        var dataDir = DataDirectory(app.Configuration);
        var dataLock = DataDirectoryLock.TryTake(dataDir)
            ?? throw new StartupRefusedException($"ACS_DATA_DIR: another Acs server is running on {dataDir}");
        try
        {
            await AcsDatabase.PrepareAsync(app.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>(), ct);
            await ApplyBootstrapKeyAsync(app, ct);
            await app.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            dataLock.Dispose();
            throw new StartupRefusedException(PortInUse(planes, e.Message), e);
        }
        catch
        {
            dataLock.Dispose();
            throw;
        }

        app.Lifetime.ApplicationStopped.Register(dataLock.Dispose);

        app.Services.GetRequiredService<DeviceFacingUrls>().Report(app.Logger);
    }

    private static async Task ApplyBootstrapKeyAsync(WebApplication app, CancellationToken ct)
    {
        var keys = app.Services.GetRequiredService<ApiKeys>();
        var configured = app.Configuration["ACS_BOOTSTRAP_API_KEY"];
        var generated = await keys.EnsureBootstrapKeyAsync(configured, ct);
        if (generated is not null)
        {
            // Shown once, on the first start of an empty database, so the operator can create proper keys.
            app.Logger.LogWarning("No API key existed: created an admin key. It is shown only now: {ApiKey}", generated);
        }
        else if (!string.IsNullOrEmpty(configured) && await keys.FindAsync(configured, ct) is null)
        {
            app.Logger.LogWarning(
                "ACS_BOOTSTRAP_API_KEY was not applied: the database already has API keys and this is not a live one. It only seeds an empty database; create keys with `admin keys create --role admin --name NAME`");
        }
    }

    private static Uri ListenUrl(IConfiguration settings, Plane plane, string fallback)
    {
        var setting = PlaneTls.UrlSetting(plane);
        var text = settings[setting] ?? fallback;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.AbsolutePath != "/" || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new StartupRefusedException($"{setting}: '{text}' must be http://ADDRESS:PORT or https://ADDRESS:PORT");
        }

        var host = url.Host.Trim('[', ']');
        if (host is not ("0.0.0.0" or "*" or "+" or "localhost") && !System.Net.IPAddress.TryParse(host, out _))
        {
            throw new StartupRefusedException($"{setting}: '{text}' must listen on an IP address, 0.0.0.0 or localhost; the name devices use goes in {DeviceFacingUrls.PublicUrlSetting}");
        }

        return url;
    }

    // Kestrel says "Failed to bind to address http://127.0.0.1:8080: address already in use."; name the setting instead.
    private static string PortInUse(PlaneListeners planes, string message)
    {
        foreach (var plane in new[] { Plane.Device, Plane.Operator })
        {
            var url = planes.DeclaredUriOf(plane);
            if (message.Contains($":{url.Port}:", StringComparison.Ordinal))
            {
                return $"{PlaneTls.UrlSetting(plane)}: port {url.Port} is already in use by another process ({url})";
            }
        }

        return $"ACS_DEVICE_URL or ACS_OPERATOR_URL: {message}";
    }
}
