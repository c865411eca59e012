using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Core.Tests.Persistence;

/// <summary>The database answers devices only after commits reached the disk, unless told otherwise.</summary>
public sealed class DurabilityTests
{
    [Theory]
    [InlineData(null, 2)]
    [InlineData(DatabaseSync.Full, 2)]
    [InlineData(DatabaseSync.Normal, 1)]
    public async Task Commits_use_synchronous_FULL_by_default_and_NORMAL_only_when_configured(DatabaseSync? setting, long expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"acs-durability-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddOptions<AcsOptions>().Configure(o => o.DatabaseSync = setting ?? o.DatabaseSync);
        services.AddAcsCore(path);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<AcsDbContext>>();
        await AcsDatabase.PrepareAsync(factory);

        await using var db = await factory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous; ";
        var synchronous = (long)(await command.ExecuteScalarAsync())!;
        command.CommandText = "PRAGMA journal_mode;";
        var journal = (string)(await command.ExecuteScalarAsync())!;

        await db.Database.CloseConnectionAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            File.Delete(file);
        }

        Assert.Equal(expected, synchronous);
        Assert.Equal("wal", journal);
    }
}
