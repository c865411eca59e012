using System.Text.Json.Serialization;
using Acs.Core.Devices;

namespace Acs.Host.Api.Devices;

/// <summary>A device as the API shows it. Detail-only members are null in lists.</summary>
public sealed record DeviceView(
    string Id,
    string Oui,
    string ProductClass,
    string SerialNumber,
    string Manufacturer,
    string? SoftwareVersion,
    string? HardwareVersion,
    string? IpAddress,
    DateTime? LastInform,
    DateTime? LastBoot,
    DateTime RegisteredAt,
    IReadOnlyList<string> Tags,
    bool Online,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConnectionRequestUrl = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PendingTasks = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? FaultedTasks = null)
{
    // Without a known periodic interval a device counts as online for an hour after its last Inform.
    private const uint DefaultInterval = 3600;

    public static DeviceView Of(Device d, IReadOnlyList<string> tags, DateTime now) => new(
        d.Id, d.Oui, d.ProductClass, d.SerialNumber, d.Manufacturer, d.SoftwareVersion, d.HardwareVersion, d.IpAddress,
        d.LastInform, d.LastBoot, d.RegisteredAt, tags, IsOnline(d, now));

    /// <summary>Informed within its own periodic interval plus a margin (10%, at least a minute) for late sessions.</summary>
    public static bool IsOnline(Device d, DateTime now)
    {
        if (d.LastInform is not { } last)
        {
            return false;
        }

        var interval = TimeSpan.FromSeconds(d.PeriodicInformInterval is { } i && i > 0 ? i : DefaultInterval);
        var margin = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, interval.Ticks / 10));
        return now - last <= interval + margin;
    }
}
