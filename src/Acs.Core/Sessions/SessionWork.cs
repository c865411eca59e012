using System.Text.Json.Nodes;
using Acs.Core.Devices;
using Acs.Core.Events;
using Acs.Core.Persistence;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Acs.Core.Sessions;

/// <summary>
/// The exchanges inside an open session: answering the device's requests, sending queued tasks one RPC at
/// a time, and persisting each response or fault before the next RPC leaves.
/// </summary>
public sealed class SessionWork(
    IDbContextFactory<AcsDbContext> dbFactory,
    TaskLifecycle lifecycle,
    TaskSignals signals,
    TimeProvider clock,
    IAcsEventSink events,
    IFileLocator files,
    Observability.AcsMetrics metrics,
    ILogger<SessionWork> logger)
{
    private static readonly string[] AcsMethods =
        ["Inform", "GetRPCMethods", "TransferComplete", "AutonomousTransferComplete", "RequestDownload"];

    public TaskLifecycle Lifecycle => lifecycle;

    public async Task<EngineReply> AnswerDeviceRequestAsync(CwmpSession session, CwmpEnvelope request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        switch (request.Body)
        {
            case TransferComplete complete:
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    var task = await lifecycle.OnTransferCompleteAsync(db, session.DeviceId, complete, now, ct);
                    await db.SaveChangesAsync(ct);
                    if (task is null)
                    {
                        // The device retries TransferComplete until answered, so an unknown key is answered too.
                        logger.LogWarning("TransferComplete from {Device} with unknown CommandKey {Key}", session.DeviceId, complete.CommandKey);
                    }
                    else
                    {
                        Announce(task, now);
                    }
                }

                return SessionEngine.Reply(request, new TransferCompleteResponse());
            case AutonomousTransferComplete autonomous:
                await RecordEventAsync(session.DeviceId, EventCodes.AutonomousTransferComplete, autonomous.FileType, now, ct);
                return SessionEngine.Reply(request, new AutonomousTransferCompleteResponse());
            case GetRPCMethods:
                return SessionEngine.Reply(request, new GetRPCMethodsResponse(AcsMethods));
            case RequestDownload download:
                await RecordEventAsync(session.DeviceId, EventCodes.RequestDownload, download.FileType, now, ct);
                return SessionEngine.Reply(request, new RequestDownloadResponse());
            default:
                return SessionEngine.Reply(request, CwmpFault.Acs(FaultCodes.MethodNotSupported, $"{request.Body.MethodName} is not supported"));
        }
    }

    public async Task<EngineReply> SendNextAsync(CwmpSession session, CancellationToken ct)
    {
        session.OutstandingTaskId = null;
        session.State = SessionState.InformAnswered;
        if (session.EndRequested)
        {
            return EngineReply.NoContent;
        }

        if (session.PendingFollowUp is { } followUp)
        {
            return Send(session, new GetParameterValues([followUp.ObjectPath]), $"acs-follow-{followUp.TaskId}", null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        while (await lifecycle.NextAsync(db, session.DeviceId, now, ct) is { } task)
        {
            CwmpMessage rpc;
            try
            {
                var names = task.Kind == TaskKind.SetParameterValues
                    ? JsonNode.Parse(task.Arguments)!["parameterValues"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList()
                    : [];
                var types = await ParameterStore.KnownTypesAsync(db, session.DeviceId, names, ct);
                rpc = RpcPlanner.Build(task, name => types.GetValueOrDefault(name), files.Locate);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or System.Text.Json.JsonException)
            {
                // Arguments were validated when queued; if they still cannot be sent, fail this task, not the session.
                logger.LogError(e, "Task {Task} could not be turned into an RPC", task.Id);
                TaskLifecycle.MarkSent(task, now);
                lifecycle.Fault(task, FaultCodes.InternalError, "The task could not be turned into an RPC", [], now, permanent: true);
                await db.SaveChangesAsync(ct);
                Announce(task, now);
                continue;
            }

            TaskLifecycle.MarkSent(task, now);
            await db.SaveChangesAsync(ct);
            signals.Changed(task.Id);
            return Send(session, rpc, $"acs-{task.Id}-{task.Attempts}", task.Id);
        }

        return EngineReply.NoContent;
    }

    public async Task<EngineReply> RecordResponseAsync(CwmpSession session, CwmpMessage response, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (session.OutstandingTaskId is not { } taskId)
            {
                await RecordFollowUpAsync(db, session, response, now, ct);
            }
            else if (await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is { State: TaskState.Sent } task)
            {
                var device = await db.Devices.FirstAsync(d => d.Id == session.DeviceId, ct);
                if (TaskResults.Answers(task.Kind, response))
                {
                    var state = await TaskResults.ApplyAsync(db, device, task, response, now, ct);
                    session.EndRequested |= task.Kind is TaskKind.Reboot or TaskKind.FactoryReset;
                    if (task.Kind == TaskKind.AddObject && state == TaskState.Done && response is AddObjectResponse added)
                    {
                        var table = JsonNode.Parse(task.Arguments)!["objectName"]!.GetValue<string>();
                        session.PendingFollowUp = new CwmpSession.FollowUp(task.Id, $"{table}{added.InstanceNumber}.");
                    }
                }
                else
                {
                    lifecycle.Fault(task, FaultCodes.InternalError, $"The device answered {task.Kind} with {response.MethodName}", [], now);
                }

                await db.SaveChangesAsync(ct);
                Announce(task, now);
            }
        }

        return await SendNextAsync(session, ct);
    }

    public async Task<EngineReply> RecordFaultAsync(CwmpSession session, CwmpFault fault, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.OutstandingTaskId is { } taskId)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is { State: TaskState.Sent } task)
            {
                metrics.DeviceFault(fault.FaultCode);
                lifecycle.Fault(task, fault.FaultCode, fault.FaultString, fault.ParameterFaults, now);
                await db.SaveChangesAsync(ct);
                Announce(task, now);
            }
        }
        else
        {
            session.PendingFollowUp = null;
        }

        return await SendNextAsync(session, ct);
    }

    /// <summary>
    /// The device's answer to the RPC in flight was refused (unreadable, too many items, too large): its task
    /// ends faulted with the reason and is never resent, since the device would answer the same way again.
    /// </summary>
    public async Task FaultOutstandingAsync(CwmpSession session, uint code, string reason, CancellationToken ct)
    {
        if (session.OutstandingTaskId is not { } taskId)
        {
            session.PendingFollowUp = null;
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is { State: TaskState.Sent } task)
        {
            lifecycle.Fault(task, code, reason, [], now, permanent: true);
            await db.SaveChangesAsync(ct);
            Announce(task, now);
        }

        session.OutstandingTaskId = null;
    }

    /// <summary>An empty POST while an RPC is outstanding: the device will not answer it, so requeue and end.</summary>
    public async Task<EngineReply> AbandonAsync(CwmpSession session, CancellationToken ct)
    {
        if (session.OutstandingTaskId is { } taskId)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is { } task)
            {
                TaskLifecycle.ReturnToQueue(task);
                await db.SaveChangesAsync(ct);
            }
        }

        session.OutstandingTaskId = null;
        return EngineReply.NoContent;
    }

    /// <summary>Wakes API waiters and publishes the webhook event of a task that changed state.</summary>
    public void Announce(DeviceTask task, DateTime now)
    {
        signals.Changed(task.Id);
        if (task.State == TaskState.Done)
        {
            events.Publish(new AcsEvent(AcsEventTypes.TaskDone, task.DeviceId, now, task.Id));
        }
        else if (task.State == TaskState.Faulted)
        {
            events.Publish(new AcsEvent(AcsEventTypes.TaskFaulted, task.DeviceId, now, task.Id));
        }
    }

    private async Task RecordFollowUpAsync(AcsDbContext db, CwmpSession session, CwmpMessage response, DateTime now, CancellationToken ct)
    {
        if (session.PendingFollowUp is not { } followUp || response is not GetParameterValuesResponse values)
        {
            return;
        }

        session.PendingFollowUp = null;
        await ParameterStore.UpsertAsync(db, session.DeviceId, [.. values.ParameterList.Select(p => new ParameterUpdate(p.Name, p.Value, p.Type))], now, ct);
        if (await db.Tasks.FirstOrDefaultAsync(t => t.Id == followUp.TaskId, ct) is { Result: { } json } task)
        {
            var result = JsonNode.Parse(json)!.AsObject();
            result["parameterValues"] = TaskResults.ValuesJson(values.ParameterList);
            task.Result = result.ToJsonString();
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task RecordEventAsync(string deviceId, string code, string detail, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Events.Add(new DeviceEvent { DeviceId = deviceId, At = now, EventCode = code, CommandKey = detail.Length > 64 ? detail[..64] : detail });
        await db.SaveChangesAsync(ct);
    }

    private EngineReply Send(CwmpSession session, CwmpMessage rpc, string requestId, long? taskId)
    {
        session.MethodsSent.Add(rpc.MethodName);
        metrics.RpcSent(rpc.MethodName);
        session.State = SessionState.AwaitingResponse;
        session.OutstandingTaskId = taskId;
        session.OutstandingRequestId = requestId;
        session.RequestsSent++;
        return new EngineReply(200, new CwmpEnvelope(session.CwmpNamespace, new CwmpHeader { Id = requestId }, rpc));
    }
}
