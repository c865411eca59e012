using System.Text.Json.Nodes;
using Acs.Cwmp;

namespace Acs.Core.Tasks;

/// <summary>Turns a queued task into the RPC that carries it out.</summary>
public static class RpcPlanner
{
    /// <param name="task">A task whose arguments passed <see cref="TaskArguments.Validate"/>.</param>
    /// <param name="knownType">The xsd type the device reported for a parameter, used when a set gives none.</param>
    /// <param name="resolveFileUrl">Maps a stored file id to its download URL and size, or null when unknown.</param>
    public static CwmpMessage Build(DeviceTask task, Func<string, string?> knownType, Func<string, (string Url, long Size)?>? resolveFileUrl = null)
    {
        var args = JsonNode.Parse(task.Arguments)!.AsObject();
        var key = task.CommandKey ?? "";
        return task.Kind switch
        {
            TaskKind.GetRPCMethods => new GetRPCMethods(),
            TaskKind.GetParameterNames => new GetParameterNames(Str(args, "parameterPath"), args["nextLevel"]?.GetValue<bool>() ?? false),
            TaskKind.GetParameterValues => new GetParameterValues(Strings(args, "parameterNames")),
            TaskKind.GetParameterAttributes => new GetParameterAttributes(Strings(args, "parameterNames")),
            TaskKind.SetParameterValues => new SetParameterValues(
                [.. args["parameterValues"]!.AsArray().Select(p => new ParameterValueStruct(
                    Str(p!, "name"),
                    Str(p!, "value"),
                    p!["type"]?.GetValue<string>() ?? knownType(Str(p!, "name")) ?? XsdTypes.String))],
                Str(args, "parameterKey")),
            TaskKind.SetParameterAttributes => new SetParameterAttributes(
                [.. args["parameters"]!.AsArray().Select(p => new SetParameterAttributesStruct(
                    Str(p!, "name"),
                    p!["notificationChange"]!.GetValue<bool>(),
                    p["notification"]!.GetValue<int>(),
                    p["accessListChange"]!.GetValue<bool>(),
                    Strings(p.AsObject(), "accessList")))]),
            TaskKind.AddObject => new AddObject(Str(args, "objectName"), Str(args, "parameterKey")),
            TaskKind.DeleteObject => new DeleteObject(Str(args, "objectName"), Str(args, "parameterKey")),
            TaskKind.Reboot => new Reboot(key),
            TaskKind.FactoryReset => new FactoryReset(),
            TaskKind.Download => BuildDownload(args, key, resolveFileUrl),
            TaskKind.Upload => new Upload(key, Str(args, "fileType"), Str(args, "url"), Str(args, "username"), Str(args, "password"), UInt(args, "delaySeconds")),
            TaskKind.ScheduleInform => new ScheduleInform(UInt(args, "delaySeconds"), key),
            _ => throw new ArgumentOutOfRangeException(nameof(task), task.Kind, "unknown task kind"),
        };
    }

    private static Download BuildDownload(JsonObject args, string key, Func<string, (string Url, long Size)?>? resolveFileUrl)
    {
        var url = Str(args, "url");
        var size = UInt(args, "fileSize");
        if (args["fileId"]?.GetValue<string>() is { } fileId && resolveFileUrl?.Invoke(fileId) is { } file)
        {
            url = file.Url;
            size = size == 0 ? (uint)Math.Min(file.Size, uint.MaxValue) : size;
        }

        return new Download(key, Str(args, "fileType"), url, Str(args, "username"), Str(args, "password"), size,
            Str(args, "targetFileName"), UInt(args, "delaySeconds"), Str(args, "successUrl"), Str(args, "failureUrl"));
    }

    private static string Str(JsonNode node, string name) => node[name]?.GetValue<string>() ?? "";

    private static uint UInt(JsonNode node, string name) => node[name]?.GetValue<uint>() ?? 0;

    private static string[] Strings(JsonObject node, string name) =>
        node[name] is JsonArray array ? [.. array.Select(n => n!.GetValue<string>())] : [];
}
