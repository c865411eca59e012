using Acs.Core;
using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Host.Admin;

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
