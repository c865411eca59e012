using Acs.Core.Devices;
using Acs.Core.Persistence;
using Acs.Core.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Api.Devices;

/// <summary>Devices: list with filters, detail, forget, cached parameters, Inform events and tags.</summary>
public static class DevicesApi
{
    public sealed record EventView(long Id, DateTime At, string EventCode, string CommandKey);

    public static RouteGroupBuilder MapDevicesApi(this RouteGroupBuilder api)
    {
        var devices = api.MapGroup("/devices").WithTags("Devices");
        devices.MapGet("/", ListAsync).Produces<Page<DeviceView>>()
            .WithSummary("Devices matching the filters, in id order; lastInformBefore/After are ISO 8601 times, q matches a substring of id or serial, parameter+value match a cached value.");
        devices.MapGet("/{id}", GetAsync).Produces<DeviceView>()
            .WithSummary("One device with its connection request URL and counts of open and faulted tasks. The id is percent-encoded as a path segment.");
        devices.MapDelete("/{id}", async (string id, DeviceDirectory directory, CancellationToken ct) =>
            await directory.DeleteAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"Device {id}"))
            .RequireAuthorization(ApiPolicies.Write);
        devices.MapGet("/{id}/parameters", ParametersAsync).Produces<ParameterView[]>()
            .WithSummary("Cached parameters under an optional prefix. Values of secret parameters (names ending in Password, Passwd, Secret, Passphrase, PreSharedKey, PSK or Key) are always null.");
        devices.MapGet("/{id}/events", EventsAsync).WithSummary("The device's Inform event history, oldest first.");
        devices.MapPut("/{id}/tags/{tag}", TagAsync).RequireAuthorization(ApiPolicies.Write);
        devices.MapDelete("/{id}/tags/{tag}", UntagAsync).RequireAuthorization(ApiPolicies.Write);
        return api;
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] DeviceFilter filter, int? limit, string? cursor,
        IDbContextFactory<AcsDbContext> dbFactory, TimeProvider clock, CancellationToken ct)
    {
        var invalid = Cursor.Check(limit, cursor, Cursor.TryDecode(cursor, out string after), out var take);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (query, field, message) = filter.Apply(db);
        if (query is null)
        {
            return Problems.Invalid(field!, message!);
        }

        if (after.Length > 0)
        {
            query = query.Where(d => string.Compare(d.Id, after) > 0);
        }

        var page = await query.AsNoTracking().OrderBy(d => d.Id).Take(take + 1).ToListAsync(ct);
        var more = page.Count > take;
        if (more)
        {
            page.RemoveAt(take);
        }

        var ids = page.Select(d => d.Id).ToList();
        var tags = (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.DeviceId)).ToListAsync(ct))
            .ToLookup(t => t.DeviceId, t => t.Tag);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = page.Select(d => DeviceView.Of(d, [.. tags[d.Id].Order(StringComparer.Ordinal)], now)).ToList();
        return TypedResults.Ok(new Page<DeviceView>(items, more ? Cursor.Encode(page[^1].Id) : null));
    }

    private static async Task<IResult> GetAsync(string id, IDbContextFactory<AcsDbContext> dbFactory, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (device is null)
        {
            return Problems.NotFound($"Device {id}");
        }

        var tags = await db.Tags.Where(t => t.DeviceId == id).Select(t => t.Tag).OrderBy(t => t).ToListAsync(ct);
        var pending = await db.Tasks.CountAsync(t => t.DeviceId == id && (t.State == TaskState.Pending || t.State == TaskState.Sent || t.State == TaskState.InProgress), ct);
        var faulted = await db.Tasks.CountAsync(t => t.DeviceId == id && t.State == TaskState.Faulted, ct);
        return TypedResults.Ok(DeviceView.Of(device, tags, clock.GetUtcNow().UtcDateTime) with
        {
            ConnectionRequestUrl = device.ConnectionRequestUrl,
            PendingTasks = pending,
            FaultedTasks = faulted,
        });
    }

    private static async Task<IResult> ParametersAsync(string id, string? prefix, DeviceDirectory directory, CancellationToken ct)
    {
        if (await directory.GetAsync(id, ct) is null)
        {
            return Problems.NotFound($"Device {id}");
        }

        var parameters = await directory.ParametersAsync(id, prefix ?? "", ct);
        var items = parameters
            .Select(p => new ParameterView(p.Name, Secrets.IsSecretName(p.Name) ? null : p.Value, p.Type, p.Writable, p.Notification, p.UpdatedAt))
            .ToList();
        return TypedResults.Ok(new { items });
    }

    private static async Task<IResult> EventsAsync(string id, DeviceDirectory directory, CancellationToken ct)
    {
        if (await directory.GetAsync(id, ct) is null)
        {
            return Problems.NotFound($"Device {id}");
        }

        var events = await directory.EventsAsync(id, ct);
        return TypedResults.Ok(new { items = events.Select(e => new EventView(e.Id, e.At, e.EventCode, e.CommandKey)) });
    }

    private static async Task<IResult> TagAsync(string id, string tag, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        if (tag.Length is 0 or > 64 || tag.Any(char.IsControl))
        {
            return Problems.Invalid("tag", "must be 1 to 64 printable characters");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Devices.AnyAsync(d => d.Id == id, ct))
        {
            return Problems.NotFound($"Device {id}");
        }

        if (!await db.Tags.AnyAsync(t => t.DeviceId == id && t.Tag == tag, ct))
        {
            db.Tags.Add(new DeviceTag { DeviceId = id, Tag = tag });
            await db.SaveChangesAsync(ct);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> UntagAsync(string id, string tag, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Tags.Where(t => t.DeviceId == id && t.Tag == tag).ExecuteDeleteAsync(ct) > 0
            ? Results.NoContent()
            : Problems.NotFound($"Tag {tag} on device {id}");
    }
}
