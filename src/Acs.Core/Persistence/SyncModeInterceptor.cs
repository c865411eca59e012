using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Acs.Core.Persistence;

/// <summary>Applies <see cref="DatabaseSync"/> to every connection as it opens: the pragma is per connection in SQLite.</summary>
public sealed class SyncModeInterceptor(DatabaseSync sync) : DbConnectionInterceptor
{
    private string Pragma => sync == DatabaseSync.Normal ? "PRAGMA synchronous=NORMAL;" : "PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
