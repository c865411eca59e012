using System.Collections.Concurrent;
using Acs.Core.Devices;
using Acs.Core.Sessions;
using Acs.Core.Tasks;
using Acs.Host;
using Acs.Host.Planes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>
/// The real server on loopback with a private data directory: both planes on free ports, errors the
/// server logs collected so a test fails when the server logged one it did not expect.
/// </summary>
public sealed class AcsTestServer : IAsyncDisposable
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly LogLevel logLevel;
    private WebApplication app;
    private bool running;

    private AcsTestServer(string dataDir, Dictionary<string, string?> settings, Action<IServiceCollection>? services, LogLevel logLevel, WebApplication app)
    {
        DataDir = dataDir;
        this.settings = settings;
        this.services = services;
        this.logLevel = logLevel;
        this.app = app;
    }

    /// <summary>The admin key every test server starts with (ACS_BOOTSTRAP_API_KEY).</summary>
    public const string AdminKey = "acs_test-admin-key-for-the-suite";

    public string DataDir { get; }

    public Dictionary<string, string?> Settings => settings;

    public ConcurrentQueue<string> LoggedErrors { get; } = new();

    /// <summary>Everything logged at or above the server's test log level (Information unless asked).</summary>
    public ConcurrentQueue<LoggedEntry> Logged { get; } = new();

    /// <summary>Error messages a test provokes on purpose; they do not fail it.</summary>
    public List<string> ExpectedErrors { get; } = [];

    public Uri DeviceUrl => app.Services.GetRequiredService<PlaneListeners>().UriOf(Plane.Device);

    public Uri OperatorUrl => app.Services.GetRequiredService<PlaneListeners>().UriOf(Plane.Operator);

    public IServiceProvider Services => app.Services;

    public TaskQueue Tasks => Services.GetRequiredService<TaskQueue>();

    public DeviceDirectory Devices => Services.GetRequiredService<DeviceDirectory>();

    public SessionEngine Engine => Services.GetRequiredService<SessionEngine>();

    /// <summary>A client for the operator plane, sending the given key (the admin key by default; null sends none).</summary>
    public HttpClient Api(string? key = AdminKey)
    {
        var client = new HttpClient { BaseAddress = OperatorUrl };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static async Task<AcsTestServer> StartAsync(
        Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, LogLevel logLevel = LogLevel.Information)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "acs-tests", Guid.NewGuid().ToString("N"));
        settings ??= [];
        var server = new AcsTestServer(dataDir, settings, services, logLevel, null!);
        try
        {
            await server.StartAgainAsync();
        }
        catch
        {
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }

            throw;
        }

        return server;
    }

    /// <summary>Stops the server and starts a new one on the same database, as after a crash or an upgrade.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAgainAsync();
    }

    /// <summary>Stops the server, keeping its data directory (for work that needs it stopped).</summary>
    public async Task StopAsync()
    {
        if (running)
        {
            running = false;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>Starts a server on the same data directory with the (possibly changed) settings.</summary>
    public async Task StartAgainAsync()
    {
        app = Build();
        try
        {
            await app.StartAcsAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        running = true;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }

        var unexpected = LoggedErrors.Where(e => !ExpectedErrors.Any(e.Contains)).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException("The server logged errors:\n" + string.Join("\n", unexpected));
        }
    }

    private WebApplication Build()
    {
        var args = new List<string>
        {
            $"--ACS_DATA_DIR={DataDir}",
            "--ACS_DEVICE_URL=http://127.0.0.1:0",
            "--ACS_OPERATOR_URL=http://127.0.0.1:0",
            $"--ACS_BOOTSTRAP_API_KEY={AdminKey}",
            "--ACS_TFTP_PORT=0",
        };
        args.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        return AcsHost.Create([.. args], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(logLevel);
            builder.Logging.AddProvider(new CollectingLoggerProvider(LoggedErrors, Logged, logLevel));
            services?.Invoke(builder.Services);
        });
    }
}
