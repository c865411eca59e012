using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Devices;

/// <summary>
/// Writes what devices report into the parameter cache. Changes are tracked; the caller saves.
/// A row's UpdatedAt is when its cached value or metadata last changed.
/// </summary>
public static class ParameterStore
{
    // Each name looked up becomes one SQL variable, and SQLite allows 32,766 per statement: a device reporting
    // a whole data model in one message must never become one query with a variable per name.
    private const int LookupChunk = 1000;

    public static async Task UpsertAsync(AcsDbContext db, string deviceId, IReadOnlyCollection<ParameterUpdate> updates, DateTime now, CancellationToken ct)
    {
        if (updates.Count == 0)
        {
            return;
        }

        // A large message is matched against all of the device's rows in one indexed read; a small one by name.
        var names = updates.Select(u => u.Name).Distinct().ToList();
        var rows = names.Count > LookupChunk
            ? db.Parameters.Where(p => p.DeviceId == deviceId)
            : db.Parameters.Where(p => p.DeviceId == deviceId && names.Contains(p.Name));
        var existing = await rows.ToDictionaryAsync(p => p.Name, StringComparer.Ordinal, ct);

        // Rows this context added and has not saved yet (the same Inform, say) are not in the database yet.
        foreach (var added in db.Parameters.Local)
        {
            if (added.DeviceId == deviceId && !existing.ContainsKey(added.Name))
            {
                existing[added.Name] = added;
            }
        }

        foreach (var update in updates)
        {
            if (!existing.TryGetValue(update.Name, out var row))
            {
                row = new DeviceParameter { DeviceId = deviceId, Name = update.Name };
                db.Parameters.Add(row);
                existing[update.Name] = row;
            }

            var value = update.Value ?? row.Value;
            var type = update.Type ?? row.Type;
            var writable = update.Writable ?? row.Writable;
            var notification = update.Notification ?? row.Notification;
            var accessList = update.AccessList ?? row.AccessList;
            if (row.UpdatedAt != default && value == row.Value && type == row.Type && writable == row.Writable
                && notification == row.Notification && accessList == row.AccessList)
            {
                // A periodic Inform repeats the same forced parameters: leaving unchanged rows alone keeps its
                // write transaction to the device row and the event, whatever the size of the data model.
                continue;
            }

            row.Value = value;
            row.Type = type;
            row.Writable = writable;
            row.Notification = notification;
            row.AccessList = accessList;
            row.UpdatedAt = now;
        }
    }

    /// <summary>Forgets an object and everything beneath it (a deleted instance), or the whole tree for "".</summary>
    public static Task<int> DeleteSubtreeAsync(AcsDbContext db, string deviceId, string prefix, CancellationToken ct) =>
        prefix.Length == 0
            ? db.Parameters.Where(p => p.DeviceId == deviceId).ExecuteDeleteAsync(ct)
            : db.Parameters.Where(p => p.DeviceId == deviceId && p.Name.StartsWith(prefix)).ExecuteDeleteAsync(ct);

    public static async Task<Dictionary<string, string>> KnownTypesAsync(AcsDbContext db, string deviceId, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(LookupChunk))
        {
            await foreach (var row in db.Parameters.Where(p => p.DeviceId == deviceId && chunk.Contains(p.Name) && p.Type != null)
                               .Select(p => new { p.Name, p.Type }).AsAsyncEnumerable().WithCancellation(ct))
            {
                types[row.Name] = row.Type!;
            }
        }

        return types;
    }
}
