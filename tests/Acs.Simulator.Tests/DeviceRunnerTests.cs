using Acs.Cwmp;
using Acs.Simulator.Http;
using Acs.Simulator.Tests.Device;
using Acs.Simulator.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace Acs.Simulator.Tests;

public class DeviceRunnerTests
{
    private static (DeviceRunner Runner, List<SessionResult> Results, TaskCompletionSource FirstDone) Runner(
        Acs.Simulator.Device.VirtualDevice device, Uri acsUrl)
    {
        var runner = new DeviceRunner(device, acsUrl);
        var results = new List<SessionResult>();
        var firstDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        runner.SessionFinished += (_, result) =>
        {
            results.Add(result);
            firstDone.TrySetResult();
        };
        return (runner, results, firstDone);
    }

    [Fact]
    public async Task After_the_periodic_interval_the_device_informs_with_PERIODIC()
    {
        await using var acs = new FakeAcs();
        var time = new FakeTimeProvider(Devices.Start);
        var (runner, results, firstDone) = Runner(Devices.Gateway(time), acs.Url);

        var run = runner.RunAsync(2, CancellationToken.None);
        await firstDone.Task;
        time.Advance(TimeSpan.FromSeconds(3600));
        await run;

        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], results[0].EventsSent.Select(e => e.EventCode));
        Assert.Equal([EventCodes.Periodic], results[1].EventsSent.Select(e => e.EventCode));
    }

    [Fact]
    public async Task A_reboot_requested_in_one_session_opens_the_next_at_once()
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new Reboot("rb-1"));
        var (runner, results, _) = Runner(Devices.Gateway(), acs.Url);

        await runner.RunAsync(2, CancellationToken.None);

        Assert.Equal([new EventStruct(EventCodes.Boot, ""), new EventStruct(EventCodes.MReboot, "rb-1")], results[1].EventsSent);
    }

    [Fact]
    public async Task A_refused_session_is_retried_with_RetryCount_within_the_first_retry_window()
    {
        await using var acs = new FakeAcs { RefuseWithRetryAfter = 30 };
        var time = new FakeTimeProvider(Devices.Start);
        var (runner, results, firstDone) = Runner(Devices.Gateway(time), acs.Url);

        var run = runner.RunAsync(2, CancellationToken.None);
        await firstDone.Task;
        time.Advance(RetrySchedule.Range(1).Maximum);
        await run;

        Assert.All(results, r => Assert.True(r.Refused));
        var informs = acs.Received.OfType<Inform>().ToList();
        Assert.Equal([0u, 1u], informs.Select(i => i.RetryCount));
        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], informs[1].Event.Select(e => e.EventCode));
    }

    [Theory]
    [InlineData(1u, 5, 10)]
    [InlineData(2u, 10, 20)]
    [InlineData(5u, 80, 160)]
    [InlineData(10u, 2560, 5120)]
    [InlineData(14u, 2560, 5120)]
    public void Retry_waits_follow_the_TR069_default_table(uint retry, int minimum, int maximum)
    {
        var (low, high) = RetrySchedule.Range(retry);

        Assert.Equal(TimeSpan.FromSeconds(minimum), low);
        Assert.Equal(TimeSpan.FromSeconds(maximum), high);
        var picked = RetrySchedule.Pick(retry, 5, 2000, new Random(7));
        Assert.InRange(picked, low, high);
    }
}
