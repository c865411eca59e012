using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Phones;

/// <summary>A phone's tags are the registry tags of the device with its MAC (indexed lookups on both sides).</summary>
public sealed class RegistryPhoneTags(IDbContextFactory<AcsDbContext> dbFactory) : IPhoneTags
{
    public async Task<IReadOnlyList<string>> TagsOfAsync(string mac, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Devices.Where(d => d.MacAddress == mac)
            .Join(db.Tags, d => d.Id, t => t.DeviceId, (_, t) => t.Tag)
            .Distinct()
            .OrderBy(t => t)
            .ToListAsync(ct);
    }
}
