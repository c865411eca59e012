using System.Text.Json.Nodes;
using Acs.Core.Devices;
using Acs.Core.Persistence;
using Acs.Cwmp;

namespace Acs.Core.Tasks;

/// <summary>
/// Stores what a device answered on its task and reflects it in the registry: values read or written,
/// names and writability, attributes, new or deleted instances, ConnectionRequest credentials we set.
/// </summary>
public static class TaskResults
{
    /// <summary>Applies a successful response; returns the state the task moves to.</summary>
    public static async Task<TaskState> ApplyAsync(AcsDbContext db, Device device, DeviceTask task, CwmpMessage response, DateTime now, CancellationToken ct)
    {
        var deviceId = device.Id;
        JsonObject result;
        var state = TaskState.Done;
        switch (response)
        {
            case GetRPCMethodsResponse r:
                result = new JsonObject { ["methods"] = new JsonArray([.. r.MethodList.Select(m => (JsonNode)m)]) };
                break;
            case GetParameterValuesResponse r:
                await ParameterStore.UpsertAsync(db, deviceId, [.. r.ParameterList.Select(p => new ParameterUpdate(p.Name, p.Value, p.Type))], now, ct);
                foreach (var p in r.ParameterList)
                {
                    DeviceRegistry.ApplyWellKnown(device, p);
                }

                result = new JsonObject { ["parameterValues"] = ValuesJson(r.ParameterList) };
                break;
            case SetParameterValuesResponse r:
                var written = JsonNode.Parse(task.Arguments)!["parameterValues"]!.AsArray()
                    .Select(p => new ParameterValueStruct(p!["name"]!.GetValue<string>(), p["value"]!.GetValue<string>(), p["type"]?.GetValue<string>() ?? ""))
                    .ToList();

                // A value written without a type keeps the type the device reported for it.
                await ParameterStore.UpsertAsync(db, deviceId, [.. written.Select(p => new ParameterUpdate(p.Name, p.Value, p.Type.Length == 0 ? null : p.Type))], now, ct);
                foreach (var p in written)
                {
                    DeviceRegistry.ApplyWellKnown(device, p);
                    if (p.Name.EndsWith(".ManagementServer.ConnectionRequestPassword", StringComparison.Ordinal))
                    {
                        device.ConnectionRequestPassword = p.Value;
                    }
                }

                result = new JsonObject { ["status"] = r.Status };
                break;
            case GetParameterNamesResponse r:
                await ParameterStore.UpsertAsync(db, deviceId, [.. r.ParameterList.Select(p => new ParameterUpdate(p.Name, Writable: p.Writable))], now, ct);
                result = new JsonObject
                {
                    ["parameters"] = new JsonArray([.. r.ParameterList.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["writable"] = p.Writable })]),
                };
                break;
            case GetParameterAttributesResponse r:
                await ParameterStore.UpsertAsync(db, deviceId, [.. r.ParameterList.Select(p => new ParameterUpdate(p.Name, Notification: p.Notification, AccessList: string.Join(',', p.AccessList)))], now, ct);
                result = new JsonObject
                {
                    ["parameters"] = new JsonArray([.. r.ParameterList.Select(p => (JsonNode)new JsonObject
                    {
                        ["name"] = p.Name,
                        ["notification"] = p.Notification,
                        ["accessList"] = new JsonArray([.. p.AccessList.Select(a => (JsonNode)a)]),
                    })]),
                };
                break;
            case SetParameterAttributesResponse:
                var changes = JsonNode.Parse(task.Arguments)!["parameters"]!.AsArray();
                await ParameterStore.UpsertAsync(db, deviceId, [.. changes.Select(c => new ParameterUpdate(
                    c!["name"]!.GetValue<string>(),
                    Notification: c["notificationChange"]!.GetValue<bool>() ? c["notification"]!.GetValue<int>() : null,
                    AccessList: c["accessListChange"]!.GetValue<bool>() ? string.Join(',', c["accessList"]!.AsArray().Select(a => a!.GetValue<string>())) : null))], now, ct);
                result = [];
                break;
            case AddObjectResponse r:
                var table = JsonNode.Parse(task.Arguments)!["objectName"]!.GetValue<string>();
                await ParameterStore.UpsertAsync(db, deviceId, [new ParameterUpdate($"{table}{r.InstanceNumber}.", Writable: true)], now, ct);
                result = new JsonObject { ["instanceNumber"] = r.InstanceNumber, ["status"] = r.Status, ["objectName"] = $"{table}{r.InstanceNumber}." };
                break;
            case DeleteObjectResponse r:
                var instance = JsonNode.Parse(task.Arguments)!["objectName"]!.GetValue<string>();
                await ParameterStore.DeleteSubtreeAsync(db, deviceId, instance, ct);
                result = new JsonObject { ["status"] = r.Status };
                break;
            case RebootResponse:
            case FactoryResetResponse:
                // Done only when the device comes back ("M Reboot" / "0 BOOTSTRAP").
                result = [];
                state = TaskState.InProgress;
                break;
            case DownloadResponse r:
                result = TransferJson(r.Status, r.StartTime, r.CompleteTime);
                state = r.Status == 1 ? TaskState.InProgress : TaskState.Done;
                break;
            case UploadResponse r:
                result = TransferJson(r.Status, r.StartTime, r.CompleteTime);
                state = r.Status == 1 ? TaskState.InProgress : TaskState.Done;
                break;
            case ScheduleInformResponse:
                result = [];
                break;
            default:
                throw new ArgumentException($"{response.MethodName} does not answer {task.Kind}", nameof(response));
        }

        task.Result = result.ToJsonString();
        task.State = state;
        task.CompletedAt = state == TaskState.Done ? now : null;
        task.FaultCode = null;
        task.FaultString = null;
        task.ParameterFaults = null;
        return state;
    }

    /// <summary>True when <paramref name="response"/> is the response type for the task's RPC.</summary>
    public static bool Answers(TaskKind kind, CwmpMessage response) => (kind, response) switch
    {
        (TaskKind.GetRPCMethods, GetRPCMethodsResponse) => true,
        (TaskKind.GetParameterNames, GetParameterNamesResponse) => true,
        (TaskKind.GetParameterValues, GetParameterValuesResponse) => true,
        (TaskKind.SetParameterValues, SetParameterValuesResponse) => true,
        (TaskKind.GetParameterAttributes, GetParameterAttributesResponse) => true,
        (TaskKind.SetParameterAttributes, SetParameterAttributesResponse) => true,
        (TaskKind.AddObject, AddObjectResponse) => true,
        (TaskKind.DeleteObject, DeleteObjectResponse) => true,
        (TaskKind.Reboot, RebootResponse) => true,
        (TaskKind.FactoryReset, FactoryResetResponse) => true,
        (TaskKind.Download, DownloadResponse) => true,
        (TaskKind.Upload, UploadResponse) => true,
        (TaskKind.ScheduleInform, ScheduleInformResponse) => true,
        _ => false,
    };

    public static JsonArray ValuesJson(IEnumerable<ParameterValueStruct> values) =>
        new([.. values.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["value"] = p.Value, ["type"] = p.Type })]);

    private static JsonObject TransferJson(int status, DateTimeOffset? start, DateTimeOffset? complete) => new()
    {
        ["status"] = status,
        ["startTime"] = start?.UtcDateTime,
        ["completeTime"] = complete?.UtcDateTime,
    };
}
