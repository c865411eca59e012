using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;

namespace Acs.Host.Tests.Cwmp;

/// <summary>Operations whose completion arrives in a later session, faults, retries, expiry and cancellation.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Reboot_ends_the_session_and_completes_when_the_device_returns_with_M_Reboot()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server);
        var reboot = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.Reboot);
        var after = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetRPCMethods);

        var first = await PeriodicAsync(server, phone);

        Assert.Equal(["Reboot"], first.RpcsReceived);
        Assert.Equal(TaskState.InProgress, (await server.Tasks.StateOfAsync(reboot)).State);
        Assert.Equal(TaskState.Pending, (await server.Tasks.StateOfAsync(after)).State);

        var second = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.Contains(second.EventsSent, e => e.EventCode == EventCodes.MReboot && e.CommandKey == reboot.CommandKey);
        Assert.Contains(second.EventsSent, e => e.EventCode == EventCodes.Boot);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(reboot)).State);
        Assert.Equal(["GetRPCMethods"], second.RpcsReceived);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(after)).State);
        Assert.Equal(2, phone.BootCount);
    }

    [Fact]
    public async Task FactoryReset_completes_on_the_BOOTSTRAP_that_follows()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server);
        var reset = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.FactoryReset);

        await PeriodicAsync(server, phone);
        Assert.Equal(TaskState.InProgress, (await server.Tasks.StateOfAsync(reset)).State);
        var back = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.Contains(back.EventsSent, e => e.EventCode == EventCodes.Bootstrap);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(reset)).State);
        var device = await server.Devices.GetAsync(Devices.IdOf(phone));
        Assert.NotNull(device!.LastBootstrap);
    }

    [Fact]
    public async Task Firmware_download_is_in_progress_until_TransferComplete_reports_success()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server, new DeviceBehaviour { SoftwareVersionAfterUpgrade = "12.0.2" });
        var download = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.Download,
            """{"fileType":"1 Firmware Upgrade Image","url":"http://127.0.0.1:9/sip88xx.12-0-2.loads","fileSize":1000}""");

        var first = await PeriodicAsync(server, phone);
        Assert.Equal(["Download"], first.RpcsReceived);
        Assert.Equal(TaskState.InProgress, (await server.Tasks.StateOfAsync(download)).State);

        var second = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(second.Completed, second.ToString());
        Assert.Contains(second.EventsSent, e => e.EventCode == EventCodes.TransferComplete);
        Assert.Contains(second.EventsSent, e => e.EventCode == EventCodes.MDownload && e.CommandKey == download.CommandKey);
        var done = await server.Tasks.StateOfAsync(download);
        Assert.Equal(TaskState.Done, done.State);
        Assert.Equal("12.0.2", (await server.Devices.GetAsync(Devices.IdOf(phone)))!.SoftwareVersion);
    }

    [Fact]
    public async Task Failed_download_reported_by_TransferComplete_faults_the_task_with_the_device_code()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server, new DeviceBehaviour { DownloadFaultCode = 9015 });
        var download = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.Download,
            """{"fileType":"3 Vendor Configuration File","url":"http://127.0.0.1:9/cfg.xml"}""");

        await PeriodicAsync(server, phone);
        await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        var faulted = await server.Tasks.StateOfAsync(download);
        Assert.Equal(TaskState.Faulted, faulted.State);
        Assert.Equal(9015u, faulted.FaultCode);
    }

    [Fact]
    public async Task Invalid_parameter_fault_ends_the_task_and_the_next_task_still_runs()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server);
        var bad = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.SetParameterValues,
            """{"parameterValues":[{"name":"Device.NoSuch.Thing","value":"1"},{"name":"Device.DeviceInfo.SoftwareVersion","value":"9"}]}""");
        var good = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo.UpTime"]}""");

        var session = await PeriodicAsync(server, phone);

        Assert.Equal(["SetParameterValues", "GetParameterValues"], session.RpcsReceived);
        var faulted = await server.Tasks.StateOfAsync(bad);
        Assert.Equal(TaskState.Faulted, faulted.State);
        Assert.Equal(FaultCodes.CpeInvalidArguments, faulted.FaultCode);
        Assert.Contains("9005", faulted.ParameterFaults, StringComparison.Ordinal);
        Assert.Contains("9008", faulted.ParameterFaults, StringComparison.Ordinal);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(good)).State);
    }

    [Fact]
    public async Task Transient_fault_backs_off_and_the_task_is_retried_later()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingletonTimeProvider(clock));
        var behaviour = new DeviceBehaviour();
        behaviour.FaultOnMethod["GetParameterValues"] = FaultCodes.CpeInternalError;
        var phone = await RegisteredPhoneAsync(server, behaviour);
        var task = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo.UpTime"]}""");

        await PeriodicAsync(server, phone);
        var backedOff = await server.Tasks.StateOfAsync(task);
        Assert.Equal(TaskState.Pending, backedOff.State);
        Assert.Equal(1, backedOff.Attempts);
        Assert.Equal(FaultCodes.CpeInternalError, backedOff.FaultCode);

        var early = await PeriodicAsync(server, phone);
        Assert.Empty(early.RpcsReceived);

        behaviour.FaultOnMethod.Clear();
        clock.Advance(TimeSpan.FromSeconds(31));
        var later = await PeriodicAsync(server, phone);

        Assert.Equal(["GetParameterValues"], later.RpcsReceived);
        var done = await server.Tasks.StateOfAsync(task);
        Assert.Equal(TaskState.Done, done.State);
        Assert.Equal(2, done.Attempts);
    }

    [Fact]
    public async Task Expired_task_is_never_sent()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingletonTimeProvider(clock));
        var phone = await RegisteredPhoneAsync(server);
        var task = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.Reboot, expiresAt: clock.GetUtcNow().UtcDateTime.AddMinutes(5));

        clock.Advance(TimeSpan.FromMinutes(6));
        var session = await PeriodicAsync(server, phone);

        Assert.Empty(session.RpcsReceived);
        Assert.Equal(TaskState.Expired, (await server.Tasks.StateOfAsync(task)).State);
    }

    [Fact]
    public async Task Cancelled_task_is_never_sent_and_retry_queues_it_again()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server);
        var task = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetRPCMethods);
        var (_, cancelled) = await server.Tasks.CancelAsync(task.Id);
        Assert.True(cancelled);

        Assert.Empty((await PeriodicAsync(server, phone)).RpcsReceived);
        Assert.Equal(TaskState.Cancelled, (await server.Tasks.StateOfAsync(task)).State);

        var (_, retried) = await server.Tasks.RetryAsync(task.Id);
        Assert.True(retried);
        Assert.Equal(["GetRPCMethods"], (await PeriodicAsync(server, phone)).RpcsReceived);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(task)).State);
    }

    [Fact]
    public async Task Unknown_task_arguments_are_refused_and_nothing_is_queued()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await RegisteredPhoneAsync(server);
        using var json = System.Text.Json.JsonDocument.Parse("""{"parameterValues":[{"name":"Device.X","value":{"nested":1}}]}""");

        var (task, error) = await server.Tasks.EnqueueAsync(new TaskQueue.QueueRequest(Devices.IdOf(phone), TaskKind.SetParameterValues, json.RootElement));

        Assert.Null(task);
        Assert.Equal("parameterValues[0].value", error!.Field);
        Assert.Empty(await server.Tasks.ForDeviceAsync(Devices.IdOf(phone)));
    }

    internal static async Task<VirtualDevice> RegisteredPhoneAsync(AcsTestServer server, DeviceBehaviour? behaviour = null)
    {
        var phone = Devices.Phone(server, behaviour: behaviour);
        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        Assert.True(session.Completed, session.ToString());
        return phone;
    }

    internal static async Task<Acs.Simulator.Http.SessionResult> PeriodicAsync(AcsTestServer server, VirtualDevice device)
    {
        device.Events.Add(EventCodes.Periodic);
        var session = await device.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        Assert.True(session.Completed, session.ToString());
        return session;
    }
}
