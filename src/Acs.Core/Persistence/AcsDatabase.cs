using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Persistence;

/// <summary>Opening and preparing the embedded SQLite database.</summary>
public static class AcsDatabase
{
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Applies migrations and switches the file to WAL, so readers never block the session writers.</summary>
    public static async Task PrepareAsync(IDbContextFactory<AcsDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
