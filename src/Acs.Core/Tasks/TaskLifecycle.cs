using System.Text.Json;
using Acs.Core.Devices;
using Acs.Core.Persistence;
using Acs.Cwmp;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Tasks;

/// <summary>
/// The state changes of queued tasks that the CWMP session drives: picking the next task, faults and
/// back-off, and closing out operations whose completion arrives in a later Inform or TransferComplete.
/// Changes are tracked on the given context; the caller saves them.
/// </summary>
public sealed class TaskLifecycle(AcsOptions options)
{
    /// <summary>
    /// Reconciles the device's open tasks with the events of a new Inform. Tasks left <c>Sent</c> by a session
    /// that died are requeued, unless the events prove the device already carried them out.
    /// </summary>
    public async Task<IReadOnlyList<DeviceTask>> OnInformAsync(AcsDbContext db, Device device, Inform inform, DateTime now, CancellationToken ct)
    {
        var deviceId = device.Id;
        var events = inform.Event;
        var parameterKey = inform.ParameterList.FirstOrDefault(p => p.Name.EndsWith(".ManagementServer.ParameterKey", StringComparison.Ordinal))?.Value;
        // Pending tasks that were sent before count too: a closed session requeues its in-flight task, yet the
        // device may have carried it out; its CommandKey in this Inform tells.
        var open = await db.Tasks
            .Where(t => t.DeviceId == deviceId
                && (t.State == TaskState.Sent || t.State == TaskState.InProgress || (t.State == TaskState.Pending && t.Attempts > 0 && t.CommandKey != null)))
            .ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }

        var finished = new List<DeviceTask>();
        var bootstrap = events.Any(e => e.EventCode == EventCodes.Bootstrap);
        var boot = events.Any(e => e.EventCode == EventCodes.Boot);
        foreach (var task in open)
        {
            var key = task.CommandKey ?? "";
            bool Has(string code) => events.Any(e => e.EventCode == code && e.CommandKey == key);
            switch (task.Kind)
            {
                case TaskKind.Reboot when Has(EventCodes.MReboot) || (task.State == TaskState.InProgress && (boot || bootstrap)):
                case TaskKind.FactoryReset when bootstrap:
                case TaskKind.ScheduleInform when Has(EventCodes.MScheduleInform):
                    Complete(task, now);
                    finished.Add(task);
                    break;
                case TaskKind.Download when Has(EventCodes.MDownload):
                case TaskKind.Upload when Has(EventCodes.MUpload):
                    // The device carried out the transfer; its TransferComplete follows in this session.
                    task.State = TaskState.InProgress;
                    break;
                case TaskKind.SetParameterValues or TaskKind.AddObject or TaskKind.DeleteObject when parameterKey == key && !bootstrap:
                    // The device applied the change (it reports our key) although its response never arrived.
                    await ConfirmAppliedAsync(db, device, task, now, ct);
                    finished.Add(task);
                    break;
                case TaskKind.Download or TaskKind.Upload when task.State == TaskState.InProgress && !bootstrap:
                case var _ when task.State == TaskState.Pending:
                    break;
                default:
                    task.State = TaskState.Pending;
                    break;
            }
        }

        return finished;
    }

    private static async Task ConfirmAppliedAsync(AcsDbContext db, Device device, DeviceTask task, DateTime now, CancellationToken ct)
    {
        task.State = TaskState.Sent;
        if (task.Kind == TaskKind.AddObject)
        {
            // Which instance was created is unknown until the table is read again; the task is done, not repeated.
            task.Result = """{"instanceNumber":null,"confirmedBy":"parameterKey"}""";
            Complete(task, now);
            return;
        }

        CwmpMessage answer = task.Kind == TaskKind.SetParameterValues ? new SetParameterValuesResponse(0) : new DeleteObjectResponse(0);
        await TaskResults.ApplyAsync(db, device, task, answer, now, ct);
    }

    /// <summary>The next task to send, expiring overdue ones on the way; null when nothing is due.</summary>
    public async Task<DeviceTask?> NextAsync(AcsDbContext db, string deviceId, DateTime now, CancellationToken ct)
    {
        while (true)
        {
            var task = await db.Tasks
                .Where(t => t.DeviceId == deviceId && t.State == TaskState.Pending && (t.NotBefore == null || t.NotBefore <= now))
                .OrderBy(t => t.Id)
                .FirstOrDefaultAsync(ct);
            if (task is null || task.ExpiresAt is null || task.ExpiresAt > now)
            {
                return task;
            }

            task.State = TaskState.Expired;
            task.CompletedAt = now;
            await db.SaveChangesAsync(ct);
        }
    }

    public static void MarkSent(DeviceTask task, DateTime now)
    {
        task.State = TaskState.Sent;
        task.SentAt = now;
        task.Attempts++;
    }

    /// <summary>Records a device fault: permanent faults end the task, transient ones back off and retry.</summary>
    /// <param name="permanent">End the task whatever the code: the ACS itself cannot carry it out.</param>
    public TaskState Fault(DeviceTask task, uint code, string text, IReadOnlyList<SetParameterValuesFault> parameterFaults, DateTime now, bool permanent = false)
    {
        task.FaultCode = code;
        task.FaultString = text;
        task.ParameterFaults = parameterFaults.Count == 0
            ? null
            : JsonSerializer.Serialize(parameterFaults.Select(f => new { parameterName = f.ParameterName, faultCode = f.FaultCode, faultString = f.FaultString }));
        if (permanent || FaultCodes.IsPermanent(code) || task.Attempts >= options.MaxTaskAttempts)
        {
            task.State = TaskState.Faulted;
            task.CompletedAt = now;
        }
        else
        {
            task.State = TaskState.Pending;
            task.NotBefore = now + Backoff(task.Attempts);
        }

        return task.State;
    }

    /// <summary>Closes the Download or Upload a TransferComplete reports on; null when no open task has that key.</summary>
    public async Task<DeviceTask?> OnTransferCompleteAsync(AcsDbContext db, string deviceId, TransferComplete message, DateTime now, CancellationToken ct)
    {
        var key = message.CommandKey;
        var task = await db.Tasks
            .Where(t => t.DeviceId == deviceId && t.CommandKey == key
                && (t.Kind == TaskKind.Download || t.Kind == TaskKind.Upload)
                && (t.State == TaskState.Sent || t.State == TaskState.InProgress || t.State == TaskState.Pending))
            .OrderBy(t => t.Id)
            .FirstOrDefaultAsync(ct);
        if (task is null)
        {
            return null;
        }

        task.Result = JsonSerializer.Serialize(new
        {
            status = 0,
            startTime = message.StartTime?.UtcDateTime,
            completeTime = message.CompleteTime?.UtcDateTime,
        });
        if (message.FaultStruct.FaultCode == 0)
        {
            Complete(task, now);
        }
        else
        {
            // A failed transfer is final: the device already tried; an operator decides whether to retry.
            task.FaultCode = message.FaultStruct.FaultCode;
            task.FaultString = message.FaultStruct.FaultString;
            task.State = TaskState.Faulted;
            task.CompletedAt = now;
        }

        return task;
    }

    public static void ReturnToQueue(DeviceTask task)
    {
        if (task.State == TaskState.Sent)
        {
            task.State = TaskState.Pending;
        }
    }

    private static void Complete(DeviceTask task, DateTime now)
    {
        task.State = TaskState.Done;
        task.CompletedAt = now;
        task.FaultCode = null;
        task.FaultString = null;
    }

    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBackoff.Ticks * factor, options.MaxRetryBackoff.Ticks));
        return delay;
    }
}
