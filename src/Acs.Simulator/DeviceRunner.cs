using Acs.Cwmp;
using Acs.Simulator.Device;
using Acs.Simulator.Http;

namespace Acs.Simulator;

/// <summary>
/// Keeps one virtual device talking to its ACS as a real CPE would: a session at start, then whenever
/// the device asks for one (connection request, reboot, active notification, ScheduleInform), on the
/// periodic interval, and after a failure on the TR-069 retry schedule. All waits use the device's clock.
/// </summary>
public sealed class DeviceRunner(VirtualDevice device, Uri? acsUrl = null)
{
    private DateTimeOffset lastSessionEnd;

    public event Action<VirtualDevice, SessionResult>? SessionFinished;

    public int SessionCount { get; private set; }

    /// <summary>Runs until <paramref name="maxSessions"/> sessions happened (null: until cancelled).</summary>
    public async Task RunAsync(int? maxSessions, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && (maxSessions is null || SessionCount < maxSessions))
        {
            if (SessionCount > 0)
            {
                await WaitAsync(cancellationToken);
            }

            var result = await device.RunSessionAsync(acsUrl, cancellationToken);
            lastSessionEnd = device.Time.GetUtcNow();
            SessionCount++;
            SessionFinished?.Invoke(device, result);
        }
    }

    // Until the device asks for a session, or the periodic interval or the retry wait runs out.
    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var asked = device.WaitForSessionRequestAsync(waiting.Token);
        // Measured from the end of the last session, so time that passed before this wait began still counts.
        var timer = NextWait() is { } wait
            ? Task.Delay(Max(TimeSpan.Zero, lastSessionEnd + wait - device.Time.GetUtcNow()), device.Time, waiting.Token)
            : Task.Delay(Timeout.Infinite, waiting.Token);
        var first = await Task.WhenAny(asked, timer);
        await waiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        if (first != asked && device.RetryCount == 0)
        {
            device.Events.Add(EventCodes.Periodic);
        }
    }

    private TimeSpan? NextWait()
    {
        var ms = device.ManagementServerPrefix;
        if (device.RetryCount > 0)
        {
            var minimum = uint.TryParse(device.Tree.GetValue(ms + "CWMPRetryMinimumWaitInterval"), out var m) ? m : 5;
            var multiplier = uint.TryParse(device.Tree.GetValue(ms + "CWMPRetryIntervalMultiplier"), out var k) ? k : 2000;
            return RetrySchedule.Pick(device.RetryCount, minimum, multiplier, Random.Shared);
        }

        var enabled = device.Tree.GetValue(ms + "PeriodicInformEnable") == "true";
        return enabled && uint.TryParse(device.Tree.GetValue(ms + "PeriodicInformInterval"), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
