using System.Globalization;
using System.Text.Json.Nodes;
using Acs.Core.Devices;
using Acs.Core.Tasks;

namespace Acs.Host.Api.Tasks;

/// <summary>
/// One fault: of a task ("task": the CWMP fault code as text) or of a device ("device": e.g.
/// "connectionRequest.unreachable").
/// </summary>
public sealed record FaultView(string Source, long Id, string DeviceId, long? TaskId, string Code, string? Message, DateTime At, JsonNode? ParameterFaults)
{
    public static FaultView Of(DeviceTask t) => new(
        "task", t.Id, t.DeviceId, t.Id, t.FaultCode?.ToString(CultureInfo.InvariantCulture) ?? "", t.FaultString, t.CompletedAt ?? t.CreatedAt,
        t.ParameterFaults is null ? null : JsonNode.Parse(t.ParameterFaults));

    public static FaultView Of(DeviceFault f) => new("device", f.Id, f.DeviceId, null, f.Code, f.Message, f.At, null);
}
