using System.Globalization;
using Acs.Core.Devices;
using Acs.Core.Persistence;

namespace Acs.Host.Api.Devices;

/// <summary>The device selection shared by GET /devices (query string) and bulk tasks (JSON body).</summary>
public sealed record DeviceFilter
{
    public string? SerialNumber { get; init; }
    public string? Oui { get; init; }
    public string? ProductClass { get; init; }
    public string? SoftwareVersion { get; init; }
    public string? Tag { get; init; }
    public string? LastInformBefore { get; init; }
    public string? LastInformAfter { get; init; }
    public string? Q { get; init; }
    public string? Parameter { get; init; }
    public string? Value { get; init; }

    /// <summary>Applies the filter; returns the field and reason when a member is unusable.</summary>
    public (IQueryable<Device>? Query, string? Field, string? Message) Apply(AcsDbContext db)
    {
        var query = db.Devices.AsQueryable();
        if (!TryTime(LastInformBefore, out var before))
        {
            return (null, "lastInformBefore", "must be an ISO 8601 time");
        }

        if (!TryTime(LastInformAfter, out var after))
        {
            return (null, "lastInformAfter", "must be an ISO 8601 time");
        }

        if (Value is not null && Parameter is null)
        {
            return (null, "parameter", "is required with value");
        }

        if (Parameter is { Length: > 256 })
        {
            return (null, "parameter", "is longer than the 256 characters a parameter name may have");
        }

        if (!string.IsNullOrEmpty(SerialNumber))
        {
            query = query.Where(d => d.SerialNumber == SerialNumber);
        }

        if (!string.IsNullOrEmpty(Oui))
        {
            query = query.Where(d => d.Oui == Oui);
        }

        if (!string.IsNullOrEmpty(ProductClass))
        {
            query = query.Where(d => d.ProductClass == ProductClass);
        }

        if (!string.IsNullOrEmpty(SoftwareVersion))
        {
            query = query.Where(d => d.SoftwareVersion == SoftwareVersion);
        }

        if (!string.IsNullOrEmpty(Tag))
        {
            query = query.Where(d => db.Tags.Any(t => t.DeviceId == d.Id && t.Tag == Tag));
        }

        if (before is { } b)
        {
            query = query.Where(d => d.LastInform < b);
        }

        if (after is { } a)
        {
            query = query.Where(d => d.LastInform > a);
        }

        if (!string.IsNullOrEmpty(Q))
        {
            query = query.Where(d => d.Id.Contains(Q) || d.SerialNumber.Contains(Q));
        }

        if (!string.IsNullOrEmpty(Parameter))
        {
            query = Value is null
                ? query.Where(d => db.Parameters.Any(p => p.DeviceId == d.Id && p.Name == Parameter))
                : query.Where(d => db.Parameters.Any(p => p.DeviceId == d.Id && p.Name == Parameter && p.Value == Value));
        }

        return (query, null, null);
    }

    private static bool TryTime(string? text, out DateTime? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed.UtcDateTime;
            return true;
        }

        return false;
    }
}
