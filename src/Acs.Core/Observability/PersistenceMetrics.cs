using System.Diagnostics;
using System.Runtime.CompilerServices;
using Acs.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Acs.Core.Observability;

/// <summary>
/// Measures every SaveChanges (commit latency) and counts the tasks it moved into a new state. Watching
/// the change tracker in one place counts every path that changes a task, present and future, without
/// each of them remembering to.
/// </summary>
public sealed class PersistenceMetrics(AcsMetrics metrics) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Begin(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Begin(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        End(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        End(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Begin(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Only tracked tasks are looked at, each detected on its own: an Inform that saves a hundred
        // parameters pays no second pass over the whole change tracker.
        List<TaskState>? entered = null;
        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries<DeviceTask>())
            {
                if (autoDetect)
                {
                    entry.DetectChanges();
                }

                if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && StateChanged(entry.Property(t => t.State))))
                {
                    (entered ??= []).Add(entry.Entity.State);
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }

        pending.AddOrUpdate(context, new Pending(Stopwatch.GetTimestamp(), entered));
    }

    private void End(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var started))
        {
            return;
        }

        pending.Remove(context);
        metrics.Commit(Stopwatch.GetElapsedTime(started.At));
        foreach (var state in started.Entered ?? [])
        {
            metrics.TaskEntered(state);
        }
    }

    // A failed or cancelled save changed nothing: its task states are not counted.
    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private static bool StateChanged(PropertyEntry<DeviceTask, TaskState> property) => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);

    private sealed record Pending(long At, List<TaskState>? Entered);
}
