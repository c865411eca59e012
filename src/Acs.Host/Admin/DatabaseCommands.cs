using System.CommandLine;
using Acs.Core.Persistence;
using Acs.Host.Startup;

namespace Acs.Host.Admin;

/// <summary>`admin db migrate|backup FILE|restore FILE` on the SQLite database of ACS_DATA_DIR.</summary>
public static class DatabaseCommands
{
    public static Command Create(AdminContext context)
    {
        var migrate = new Command("migrate", "Applies pending schema migrations (the server also does this at start).");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var services = await context.OpenAsync(ct);
            await context.Output.WriteLineAsync($"{context.DatabasePath} is up to date.");
            return 0;
        });

        var backupFile = new Argument<FileInfo>("file") { Description = "where to write the copy (must not exist)" };
        var backup = new Command("backup", "Writes a consistent copy of the database while the server keeps running (SQLite VACUUM INTO).") { backupFile };
        backup.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(backupFile)!.FullName;
            try
            {
                await DatabaseBackup.BackupAsync(context.DatabasePath, target, ct);
            }
            catch (IOException e)
            {
                await context.Error.WriteLineAsync($"Backup failed: {e.Message}");
                return 1;
            }

            await context.Output.WriteLineAsync($"Backed up {context.DatabasePath} to {target} ({new FileInfo(target).Length} bytes, integrity checked).");
            return 0;
        });

        var restoreFile = new Argument<FileInfo>("file") { Description = "a copy written by `admin db backup`" };
        var restore = new Command("restore", "Replaces the database with a backup; the server must be stopped. The current file is kept beside it.") { restoreFile };
        restore.SetAction(async (parse, ct) =>
        {
            Directory.CreateDirectory(context.DataDirectory);
            using var dataLock = DataDirectoryLock.TryTake(context.DataDirectory);
            if (dataLock is null)
            {
                await context.Error.WriteLineAsync($"The server is running on {context.DataDirectory}: stop it first (systemctl stop acs).");
                return 1;
            }

            string? kept;
            try
            {
                kept = await DatabaseBackup.RestoreAsync(context.DatabasePath, parse.GetValue(restoreFile)!.FullName, DateTime.UtcNow, ct);
            }
            catch (IOException e)
            {
                await context.Error.WriteLineAsync($"Restore refused: {e.Message}");
                return 1;
            }

            // A backup from an older version is brought up to this version's schema now rather than at the next start.
            await using (await context.OpenAsync(ct))
            {
            }

            await context.Output.WriteLineAsync($"Restored {context.DatabasePath} from {parse.GetValue(restoreFile)!.FullName}."
                + (kept is null ? "" : $" The previous database is kept as {kept}."));
            return 0;
        });

        return new Command("db", "The database: migrations, online backup, restore.") { migrate, backup, restore };
    }
}
