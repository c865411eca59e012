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
    public event Action<VirtualDevice, SessionResult>? SessionFinished;

    public int SessionCount { get; private set; }

    /// <summary>Runs until <paramref name="maxSessions"/> sessions happened (null: until cancelled).</summary>
    public async Task RunAsync(int? maxSessions, CancellationToken cancellationToken)
    {
        var due = true;
        while (!cancellationToken.IsCancellationRequested && (maxSessions is null || SessionCount < maxSessions))
        {
            if (!due)
            {
                due = await WaitAsync(cancellationToken);
            }

            var result = await device.RunSessionAsync(acsUrl, cancellationToken);
            SessionCount++;
            SessionFinished?.Invoke(device, result);
            due = false;
        }
    }

    // True when the device itself asked; false when the periodic timer or retry wait ran out first.
    private async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var asked = device.WaitForSessionRequestAsync(waiting.Token);
        var wait = NextWait();
        var timer = wait is { } delay ? Task.Delay(delay, device.Time, waiting.Token) : Task.Delay(Timeout.Infinite, waiting.Token);
        var first = await Task.WhenAny(asked, timer);
        await waiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        if (first == asked)
        {
            return true;
        }

        if (device.RetryCount == 0)
        {
            device.Events.Add(EventCodes.Periodic);
        }

        return false;
    }

    private TimeSpan? NextWait()
    {
        var ms = device.ManagementServerPrefix;
        if (device.RetryCount > 0)
        {
            var minimum = uint.TryParse(device.Tree.GetValue(ms + "CWMPRetryMinimumWaitInterval"), out var m) ? m : 5;
            var multiplier = uint.TryParse(device.Tree.GetValue(ms + "CWMPRetryIntervalMultiplier"), out var k) ? k / 1000.0 : 2.0;
            var n = (int)Math.Min(device.RetryCount, 10);
            var low = minimum * Math.Pow(multiplier, n - 1);
            var high = minimum * Math.Pow(multiplier, n);
            return TimeSpan.FromSeconds(low + (Random.Shared.NextDouble() * (high - low)));
        }

        var enabled = device.Tree.GetValue(ms + "PeriodicInformEnable") == "true";
        return enabled && uint.TryParse(device.Tree.GetValue(ms + "PeriodicInformInterval"), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
