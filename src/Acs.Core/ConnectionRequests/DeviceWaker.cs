using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Acs.Core.ConnectionRequests;

/// <summary>Wakes a device with a Connection Request using its stored or the default credentials, and records the outcome.</summary>
public sealed class DeviceWaker(
    IDbContextFactory<AcsDbContext> dbFactory,
    IConnectionRequester requester,
    IOptions<AcsOptions> options,
    TimeProvider clock,
    Observability.AcsMetrics metrics,
    ILogger<DeviceWaker> logger)
{
    public async Task<ConnectionRequestResult> WakeAsync(string deviceId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == deviceId, ct);
        if (device is null)
        {
            return ConnectionRequestResult.Unreachable;
        }

        var defaults = options.Value.ConnectionRequest;
        var started = clock.GetTimestamp();
        ConnectionRequestResult result;
        if (!Uri.TryCreate(device.ConnectionRequestUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
        {
            result = ConnectionRequestResult.Unreachable;
        }
        else
        {
            using var timeout = new CancellationTokenSource(defaults.Timeout, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            try
            {
                result = await requester.SendAsync(
                    url,
                    device.ConnectionRequestUsername ?? defaults.Username,
                    device.ConnectionRequestPassword ?? defaults.Password,
                    linked.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                result = ConnectionRequestResult.Unreachable;
            }
        }

        metrics.ConnectionRequest(result, clock.GetElapsedTime(started));
        device.LastConnectionRequestAt = clock.GetUtcNow().UtcDateTime;
        device.LastConnectionRequestOutcome = result.ToString();
        if (result != ConnectionRequestResult.Accepted)
        {
            db.DeviceFaults.Add(new Devices.DeviceFault
            {
                DeviceId = device.Id,
                Code = "connectionRequest." + char.ToLowerInvariant(result.ToString()[0]) + result.ToString()[1..],
                Message = $"Connection request to {device.ConnectionRequestUrl ?? "(no URL)"}: {result}",
                At = device.LastConnectionRequestAt.Value,
            });
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Connection request to {Device}: {Result}", deviceId, result);
        return result;
    }
}
