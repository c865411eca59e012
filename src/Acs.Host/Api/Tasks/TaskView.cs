using System.Text.Json.Nodes;
using Acs.Core.Tasks;

namespace Acs.Host.Api.Tasks;

/// <summary>A task as the API shows it: arguments and result as JSON objects, passwords and secret parameter values masked.</summary>
public sealed record TaskView(
    long Id,
    string DeviceId,
    string Name,
    JsonObject Arguments,
    string Status,
    DateTime CreatedAt,
    DateTime? SentAt,
    DateTime? CompletedAt,
    int Attempts,
    DateTime? ExpiresAt,
    string? BatchId,
    JsonNode? Result,
    TaskView.FaultView? Fault)
{
    public sealed record FaultView(uint? Code, string? Message, JsonNode? ParameterFaults);

    public static string StatusName(TaskState state) => char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];

    public static TaskView Of(DeviceTask t) => new(
        t.Id,
        t.DeviceId,
        TaskKinds.Name(t.Kind),
        Secrets.MaskArguments(JsonNode.Parse(t.Arguments)?.AsObject() ?? []),
        StatusName(t.State),
        t.CreatedAt,
        t.SentAt,
        t.CompletedAt,
        t.Attempts,
        t.ExpiresAt,
        t.BatchId,
        t.Result is null ? null : JsonNode.Parse(t.Result) is JsonObject result ? Secrets.MaskArguments(result) : JsonNode.Parse(t.Result),
        t.FaultCode is null && t.FaultString is null ? null : new FaultView(t.FaultCode, t.FaultString, t.ParameterFaults is null ? null : JsonNode.Parse(t.ParameterFaults)));
}
