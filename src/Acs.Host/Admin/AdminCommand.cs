using System.CommandLine;
using Acs.Core;
using Acs.Core.Persistence;
using Acs.Host.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Host.Admin;

/// <summary>
/// `Acs.Host admin ...`: key, database and account administration from the same binary and the same
/// settings as the server (ACS_DATA_DIR, ACS_CONFIG, appsettings.json), working on the database directly,
/// so access can be recovered on the machine without a working API key.
/// </summary>
public static class AdminCommand
{
    /// <summary>The server's settings without its command line (which here is the admin command's).</summary>
    public static IConfiguration Settings()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var settings = new ConfigurationManager();
        settings.SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables();
        SettingsFiles.Layer(settings, environment);
        return settings;
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration settings, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var context = new AdminContext(settings, output, error);
        var root = new RootCommand("Administration of an Acs installation (run as the service's user, with its settings).")
        {
            KeysCommands.Create(context),
            DatabaseCommands.Create(context),
        };
        root.Add(new Command("users", "Console user accounts: not available in this version (API keys are the only accounts)."));
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
        }
        catch (StartupRefusedException refusal)
        {
            await error.WriteLineAsync(refusal.Message);
            return 1;
        }
    }
}

/// <summary>What every admin subcommand works with: the settings, the database services and the console.</summary>
public sealed class AdminContext(IConfiguration settings, TextWriter output, TextWriter error)
{
    public IConfiguration Settings => settings;

    public TextWriter Output => output;

    public TextWriter Error => error;

    public string DataDirectory => AcsHost.DataDirectory(settings);

    public string DatabasePath => Path.Combine(DataDirectory, "acs.db");

    /// <summary>The ACS core on the configured database, migrated first so commands always see the current schema.</summary>
    public async Task<ServiceProvider> OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(DataDirectory);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Options.Create(settings.GetSection(AcsOptions.Section).Get<AcsOptions>() ?? new AcsOptions()))
            .AddAcsCore(DatabasePath)
            .BuildServiceProvider();
        await AcsDatabase.PrepareAsync(services.GetRequiredService<IDbContextFactory<AcsDbContext>>(), ct);
        return services;
    }
}
