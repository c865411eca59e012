using System.Text.Json;
using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Tasks;

/// <summary>The service surface for queuing and reading tasks, used by the REST API and the UI.</summary>
public sealed class TaskQueue(IDbContextFactory<AcsDbContext> dbFactory, TimeProvider clock, TaskSignals signals, IFileLocator files)
{
    public sealed record QueueRequest(
        string DeviceId,
        TaskKind Kind,
        JsonElement? Arguments,
        DateTime? ExpiresAt = null,
        string? QueuedBy = null,
        string? BatchId = null);

    /// <summary>Validates and persists a task; returns it, or the argument error and nothing queued.</summary>
    public async Task<(DeviceTask? Task, ArgumentError? Error)> EnqueueAsync(QueueRequest request, CancellationToken ct = default)
    {
        var (arguments, error) = TaskArguments.Validate(request.Kind, request.Arguments, files);
        if (error is not null)
        {
            return (null, error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Devices.AnyAsync(d => d.Id == request.DeviceId, ct))
        {
            return (null, new ArgumentError("deviceId", "no such device"));
        }

        var task = new DeviceTask
        {
            DeviceId = request.DeviceId,
            Kind = request.Kind,
            Arguments = arguments!.ToJsonString(),
            State = TaskState.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ExpiresAt = request.ExpiresAt,
            QueuedBy = request.QueuedBy,
            BatchId = request.BatchId,
        };
        db.Tasks.Add(task);
        await db.SaveChangesAsync(ct);

        if (TaskKeys.Assign(task))
        {
            await db.SaveChangesAsync(ct);
        }

        return (task, null);
    }

    public async Task<DeviceTask?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
    }

    public async Task<IReadOnlyList<DeviceTask>> ForDeviceAsync(string deviceId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Tasks.AsNoTracking().Where(t => t.DeviceId == deviceId).OrderBy(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Cancels a task that has not finished. Returns the task, or null when it does not exist.</summary>
    public async Task<(DeviceTask? Task, bool Changed)> CancelAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || task.State is not (TaskState.Pending or TaskState.Sent or TaskState.InProgress))
        {
            return (task, false);
        }

        task.State = TaskState.Cancelled;
        task.CompletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        signals.Changed(id);
        return (task, true);
    }

    /// <summary>Queues a faulted, expired or cancelled task again with a fresh attempt count.</summary>
    public async Task<(DeviceTask? Task, bool Changed)> RetryAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || task.State is not (TaskState.Faulted or TaskState.Expired or TaskState.Cancelled))
        {
            return (task, false);
        }

        task.State = TaskState.Pending;
        task.Attempts = 0;
        task.NotBefore = null;
        task.CompletedAt = null;
        task.FaultCode = null;
        task.FaultString = null;
        task.ParameterFaults = null;
        if (task.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            task.ExpiresAt = null;
        }

        await db.SaveChangesAsync(ct);
        return (task, true);
    }

    /// <summary>Waits until the task is finished (done, faulted, expired, cancelled) or the timeout passes; returns it as it then is.</summary>
    public async Task<DeviceTask?> WaitAsync(long id, TimeSpan timeout, CancellationToken ct = default)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutSource.Token);
        while (true)
        {
            var changed = signals.WhenChanged(id);
            var task = await GetAsync(id, ct);
            if (task is null || !task.IsOpen)
            {
                return task;
            }

            try
            {
                await changed.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return await GetAsync(id, ct);
            }
        }
    }
}
