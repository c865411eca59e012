using System.CommandLine;
using Acs.Host.Startup;

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
