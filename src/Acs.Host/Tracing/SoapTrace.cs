using Acs.Core.Persistence;
using Acs.Core.Sessions;
using Acs.Core.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Host.Tracing;

/// <summary>
/// Per-device SOAP traces: switched on for a while through the API, filled by the CWMP endpoint with each
/// exchange of the device's sessions (masked and cut to size), capped per device, and expired.
/// </summary>
public sealed class SoapTrace(IDbContextFactory<AcsDbContext> dbFactory, IOptions<TraceOptions> options, TimeProvider clock)
{
    private TraceOptions Options => options.Value;

    /// <summary>Traces the device's sessions until now + duration; false when the device is unknown.</summary>
    public async Task<DateTime?> StartAsync(string deviceId, TimeSpan duration, CancellationToken ct)
    {
        var until = clock.GetUtcNow().UtcDateTime + duration;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Devices.Where(d => d.Id == deviceId).ExecuteUpdateAsync(s => s.SetProperty(d => d.TraceUntil, until), ct) > 0 ? until : null;
    }

    /// <summary>Stops tracing and deletes what was recorded; false when the device is unknown.</summary>
    public async Task<bool> StopAsync(string deviceId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Devices.Where(d => d.Id == deviceId).ExecuteUpdateAsync(s => s.SetProperty(d => d.TraceUntil, (DateTime?)null), ct) == 0)
        {
            return false;
        }

        await db.TraceEntries.Where(t => t.DeviceId == deviceId).ExecuteDeleteAsync(ct);
        return true;
    }

    public async Task RecordAsync(TraceTarget target, ReadOnlyMemory<byte> request, int status, ReadOnlyMemory<byte> response, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.TraceEntries.Add(new TraceEntry
        {
            DeviceId = target.DeviceId,
            SessionId = target.SessionId,
            At = now,
            ExpiresAt = now + Options.Retention,
            Request = Cut(SoapMask.Mask(request.Span)),
            Status = status,
            Response = Cut(SoapMask.Mask(response.Span)),
        });
        await db.SaveChangesAsync(ct);

        // Keep the newest MaxEntriesPerDevice: a chatty device cannot fill the database.
        var oldestKept = await db.TraceEntries.Where(t => t.DeviceId == target.DeviceId)
            .OrderByDescending(t => t.Id).Skip(Options.MaxEntriesPerDevice - 1).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
        if (oldestKept is { } keep)
        {
            await db.TraceEntries.Where(t => t.DeviceId == target.DeviceId && t.Id < keep).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>The device's unexpired entries after the given id, oldest first.</summary>
    public async Task<(DateTime? Until, List<TraceEntry> Entries)?> ReadAsync(string deviceId, long after, int take, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await db.Devices.AsNoTracking().Where(d => d.Id == deviceId).Select(d => new { d.TraceUntil }).FirstOrDefaultAsync(ct);
        if (device is null)
        {
            return null;
        }

        var entries = await db.TraceEntries.AsNoTracking()
            .Where(t => t.DeviceId == deviceId && t.Id > after && t.ExpiresAt > now)
            .OrderBy(t => t.Id).Take(take).ToListAsync(ct);
        return (device.TraceUntil > now ? device.TraceUntil : null, entries);
    }

    /// <summary>Deletes expired entries of every device.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.TraceEntries.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }

    private string Cut(string text) =>
        text.Length <= Options.MaxBodyChars ? text : $"{text[..Options.MaxBodyChars]}[cut: {text.Length - Options.MaxBodyChars} more characters]";
}
