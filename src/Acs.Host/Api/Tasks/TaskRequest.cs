using System.Globalization;
using System.Text.Json;
using Acs.Core;
using Acs.Core.Tasks;

namespace Acs.Host.Api.Tasks;

/// <summary>
/// One task as posted: "name", an optional "expiry" (seconds from now, or an ISO 8601 time) and the
/// arguments as sibling members, e.g. {"name":"getParameterValues","parameterNames":["Device."]}.
/// </summary>
public sealed record TaskRequest(TaskKind Kind, JsonElement Arguments, DateTime? ExpiresAt)
{
    /// <summary>Reads and validates the task; the error names the offending field.</summary>
    public static (TaskRequest? Request, ArgumentError? Error) Read(JsonElement body, DateTime now, IFileLocator files, string path = "")
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, new ArgumentError(path.Length == 0 ? "body" : path.TrimEnd('.'), "must be a JSON object"));
        }

        if (!body.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            return (null, new ArgumentError(path + "name", "is required: one of " + string.Join(", ", TaskKinds.Names)));
        }

        if (!TaskKinds.TryParse(name.GetString(), out var kind))
        {
            return (null, new ArgumentError(path + "name", "must be one of " + string.Join(", ", TaskKinds.Names)));
        }

        DateTime? expiresAt = null;
        if (body.TryGetProperty("expiry", out var expiry) && expiry.ValueKind != JsonValueKind.Null)
        {
            if (expiry.ValueKind == JsonValueKind.Number && expiry.TryGetInt64(out var seconds) && seconds is > 0 and <= 366L * 24 * 3600)
            {
                expiresAt = now.AddSeconds(seconds);
            }
            else if (expiry.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(expiry.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                expiresAt = at.UtcDateTime;
            }
            else
            {
                return (null, new ArgumentError(path + "expiry", "must be a positive number of seconds or an ISO 8601 time"));
            }
        }

        var (_, error) = TaskArguments.Validate(kind, body, files);
        return error is not null
            ? (null, error with { Field = path + error.Field })
            : (new TaskRequest(kind, body, expiresAt), null);
    }
}
