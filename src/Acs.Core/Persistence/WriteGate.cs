using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Acs.Core.Persistence;

/// <summary>
/// Lets one SaveChanges of this process write at a time. SQLite has a single writer; when two connections
/// race for it, the loser gets SQLITE_BUSY and Microsoft.Data.Sqlite retries only after sleeping a fixed
/// 150 ms, which under a storm of Informs left the server idle with sessions waiting. Queuing the writers
/// here costs nothing on PostgreSQL-sized loads and keeps every commit as durable as before.
/// </summary>
public sealed class WriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, object> holders = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        gate.Wait();
        Hold(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        Hold(eventData.Context);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public void Dispose() => gate.Dispose();

    private void Hold(DbContext? context)
    {
        if (context is not null)
        {
            holders.AddOrUpdate(context, this);
        }
    }

    // Only a context that took the gate gives it back, so a failure raised before SavingChanges cannot release twice.
    private void Release(DbContext? context)
    {
        if (context is not null && holders.Remove(context))
        {
            gate.Release();
        }
    }
}
