using Microsoft.Data.Sqlite;

namespace Acs.Core.Persistence;

/// <summary>
/// Consistent copies of the SQLite database: VACUUM INTO writes a transactionally consistent, compacted copy
/// while the server keeps running; restore checks the copy, keeps the current file aside and puts the copy
/// in its place (the server must be stopped).
/// </summary>
public static class DatabaseBackup
{
    public static async Task BackupAsync(string databasePath, string target, CancellationToken ct = default)
    {
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; a backup never overwrites a file");
        }

        await using var connection = new SqliteConnection(AcsDatabase.ConnectionString(databasePath));
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", Path.GetFullPath(target));
        await command.ExecuteNonQueryAsync(ct);
        await CheckAsync(target, ct);
    }

    /// <summary>Replaces the database with <paramref name="source"/>; returns where the previous file was kept.</summary>
    public static async Task<string?> RestoreAsync(string databasePath, string source, DateTime now, CancellationToken ct = default)
    {
        await CheckAsync(source, ct);
        string? kept = null;
        if (File.Exists(databasePath))
        {
            // Fold the write-ahead log into the file first, so the copy kept aside is complete on its own.
            await using (var connection = new SqliteConnection(AcsDatabase.ConnectionString(databasePath)))
            {
                await connection.OpenAsync(ct);
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync(ct);
            }

            SqliteConnection.ClearAllPools();
            kept = $"{databasePath}.before-restore-{now:yyyyMMddTHHmmssZ}";
            File.Move(databasePath, kept);
        }

        foreach (var sidecar in new[] { "-wal", "-shm" })
        {
            File.Delete(databasePath + sidecar);
        }

        File.Copy(source, databasePath);
        return kept;
    }

    /// <summary>Fails unless the file is an intact SQLite database holding the ACS schema.</summary>
    public static async Task CheckAsync(string path, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"{path} does not exist");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check;";
            var verdict = (string?)await integrity.ExecuteScalarAsync(ct);
            if (verdict != "ok")
            {
                throw new IOException($"{path} is damaged: {verdict}");
            }

            await using var schema = connection.CreateCommand();
            schema.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            if ((long)(await schema.ExecuteScalarAsync(ct))! == 0)
            {
                throw new IOException($"{path} is not an Acs database");
            }
        }
        catch (SqliteException e)
        {
            throw new IOException($"{path} is not a readable SQLite database: {e.Message}", e);
        }
    }
}
