using Acs.Host.Api;

namespace Acs.Host.Tracing;

/// <summary>
/// PUT /devices/{id}/trace {"duration": seconds} records the device's next sessions, GET reads them (secrets
/// masked), DELETE stops and forgets. For debugging one CPE without raising the server's log level.
/// </summary>
public static class TraceApi
{
    public sealed record TraceRequest(double? Duration);

    public sealed record TraceState(string DeviceId, DateTime? Until);

    public sealed record EntryView(long Id, DateTime At, DateTime ExpiresAt, string SessionId, string Request, int Status, string Response);

    public sealed record TraceView(string DeviceId, DateTime? Until, IReadOnlyList<EntryView> Items, string? NextCursor);

    public static RouteGroupBuilder MapTraceApi(this RouteGroupBuilder api)
    {
        var trace = api.MapGroup("/devices/{id}/trace").WithTags("Devices");
        trace.MapPut("/", StartAsync).RequireAuthorization(ApiPolicies.Write).Produces<TraceState>()
            .WithSummary("Records the device's CWMP exchanges (secrets masked, bodies cut to Acs:Trace:MaxBodyChars) for the next duration seconds.");
        trace.MapGet("/", ReadAsync).Produces<TraceView>()
            .WithSummary("The recorded exchanges, oldest first, and until when recording goes on (null when off). Entries expire after Acs:Trace:Retention.");
        trace.MapDelete("/", async (string id, SoapTrace traces, CancellationToken ct) =>
            await traces.StopAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"Device {id}"))
            .RequireAuthorization(ApiPolicies.Write)
            .WithSummary("Stops recording and deletes the recorded exchanges.");
        return api;
    }

    private static async Task<IResult> StartAsync(string id, TraceRequest? request, SoapTrace traces, Microsoft.Extensions.Options.IOptions<TraceOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxDuration;
        if (request?.Duration is not { } seconds || !double.IsFinite(seconds) || seconds < 1 || seconds > max.TotalSeconds)
        {
            return Problems.Invalid("duration", $"is required: seconds between 1 and {max.TotalSeconds:0}");
        }

        var until = await traces.StartAsync(id, TimeSpan.FromSeconds(seconds), ct);
        return until is null ? Problems.NotFound($"Device {id}") : TypedResults.Ok(new TraceState(id, until));
    }

    private static async Task<IResult> ReadAsync(string id, int? limit, string? cursor, SoapTrace traces, CancellationToken ct)
    {
        var invalid = Cursor.Check(limit, cursor, Cursor.TryDecode(cursor, out long after), out var take);
        if (invalid is not null)
        {
            return invalid;
        }

        var read = await traces.ReadAsync(id, after, take + 1, ct);
        if (read is not { } found)
        {
            return Problems.NotFound($"Device {id}");
        }

        var more = found.Entries.Count > take;
        var items = found.Entries.Take(take).Select(e => new EntryView(e.Id, e.At, e.ExpiresAt, e.SessionId, e.Request, e.Status, e.Response)).ToList();
        return TypedResults.Ok(new TraceView(id, found.Until, items, more ? Cursor.Encode(items[^1].Id) : null));
    }
}
