using System.Text.Json;
using System.Text.Json.Nodes;

namespace Acs.Core.Tasks;

/// <summary>
/// Validates and normalises the JSON arguments of each task kind before anything is queued, so that a
/// queued task can always be turned into an RPC. Unknown members are dropped. With a file locator, a
/// Download's fileId must name a stored file.
/// </summary>
public static class TaskArguments
{
    private const int MaxName = 256;
    private const int MaxKey = 32;

    public static (JsonObject? Arguments, ArgumentError? Error) Validate(TaskKind kind, JsonElement? input, IFileLocator? files = null)
    {
        var args = input is { ValueKind: JsonValueKind.Object } element ? JsonNode.Parse(element.GetRawText())!.AsObject() : new JsonObject();
        if (input is { } given && given.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            return (null, new ArgumentError("arguments", "must be an object"));
        }

        var reader = new ArgumentReader(args);
        var result = new JsonObject();
        switch (kind)
        {
            case TaskKind.GetRPCMethods:
            case TaskKind.FactoryReset:
                break;
            case TaskKind.GetParameterNames:
                result["parameterPath"] = reader.String("parameterPath", required: false, max: MaxName) ?? "";
                result["nextLevel"] = reader.Bool("nextLevel") ?? false;
                break;
            case TaskKind.GetParameterValues:
            case TaskKind.GetParameterAttributes:
                result["parameterNames"] = reader.StringArray("parameterNames", MaxName);
                break;
            case TaskKind.SetParameterValues:
                result["parameterValues"] = reader.ParameterValues("parameterValues");
                result["parameterKey"] = reader.String("parameterKey", required: false, max: MaxKey) ?? "";
                break;
            case TaskKind.SetParameterAttributes:
                result["parameters"] = reader.AttributeChanges("parameters");
                break;
            case TaskKind.AddObject:
            case TaskKind.DeleteObject:
                var objectName = reader.String("objectName", required: true, max: MaxName);
                if (objectName is not null && !objectName.EndsWith('.'))
                {
                    reader.Fail("objectName", "must end with '.'");
                }

                result["objectName"] = objectName;
                result["parameterKey"] = reader.String("parameterKey", required: false, max: MaxKey) ?? "";
                break;
            case TaskKind.Reboot:
                break;
            case TaskKind.Download:
                result["fileType"] = reader.String("fileType", required: true, max: 64);
                var fileId = reader.String("fileId", required: false, max: 64);
                if (fileId is { Length: 0 })
                {
                    reader.Fail("fileId", "must not be empty");
                }
                else if (fileId is not null && files is not null && files.Locate(fileId) is null)
                {
                    reader.Fail("fileId", "names no stored file");
                }

                var url = reader.String("url", required: fileId is null, max: MaxName);
                if (url is not null)
                {
                    result["url"] = url;
                    reader.RequireAbsoluteUrl("url", url);
                }

                if (fileId is not null)
                {
                    result["fileId"] = fileId;
                }

                result["username"] = reader.String("username", required: false, max: MaxName) ?? "";
                result["password"] = reader.String("password", required: false, max: MaxName) ?? "";
                result["fileSize"] = reader.UInt("fileSize") ?? 0;
                result["targetFileName"] = reader.String("targetFileName", required: false, max: MaxName) ?? "";
                result["delaySeconds"] = reader.UInt("delaySeconds") ?? 0;
                result["successUrl"] = reader.String("successUrl", required: false, max: MaxName) ?? "";
                result["failureUrl"] = reader.String("failureUrl", required: false, max: MaxName) ?? "";
                break;
            case TaskKind.Upload:
                result["fileType"] = reader.String("fileType", required: true, max: 64);
                var uploadUrl = reader.String("url", required: true, max: MaxName);
                if (uploadUrl is not null)
                {
                    reader.RequireAbsoluteUrl("url", uploadUrl);
                }

                result["url"] = uploadUrl;
                result["username"] = reader.String("username", required: false, max: MaxName) ?? "";
                result["password"] = reader.String("password", required: false, max: MaxName) ?? "";
                result["delaySeconds"] = reader.UInt("delaySeconds") ?? 0;
                break;
            case TaskKind.ScheduleInform:
                var delay = reader.UInt("delaySeconds", required: true);
                if (delay == 0)
                {
                    reader.Fail("delaySeconds", "must be greater than 0");
                }

                result["delaySeconds"] = delay;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        if (TaskKinds.UsesCommandKey(kind))
        {
            var commandKey = reader.String("commandKey", required: false, max: MaxKey);
            if (commandKey is not null)
            {
                result["commandKey"] = commandKey;
            }
        }

        return reader.Error is { } error ? (null, error) : (result, null);
    }
}
