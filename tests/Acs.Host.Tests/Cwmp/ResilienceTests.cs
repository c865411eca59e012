using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;
using Microsoft.Extensions.Time.Testing;

namespace Acs.Host.Tests.Cwmp;

/// <summary>Broken sessions and restarts: nothing queued is lost, nothing is carried out twice.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task Connection_dropped_mid_RPC_sends_the_task_again_in_the_next_session()
    {
        await using var server = await AcsTestServer.StartAsync();
        var behaviour = new DeviceBehaviour();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        var first = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo.UpTime"]}""");
        var second = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetRPCMethods);

        behaviour.DropConnectionOnAcsRequest = 1;
        phone.Events.Add(EventCodes.Periodic);
        var broken = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        Assert.False(broken.Completed);
        Assert.Equal(TaskState.Sent, (await server.Tasks.StateOfAsync(first)).State);

        behaviour.DropConnectionOnAcsRequest = null;
        var retried = await LifecycleTests.PeriodicAsync(server, phone);

        Assert.Equal(["GetParameterValues", "GetRPCMethods"], retried.RpcsReceived);
        var done = await server.Tasks.StateOfAsync(first);
        Assert.Equal(TaskState.Done, done.State);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(second)).State);
    }

    [Fact]
    public async Task Reboot_lost_with_its_response_is_not_run_twice_when_the_device_reports_M_Reboot()
    {
        await using var server = await AcsTestServer.StartAsync();
        var behaviour = new DeviceBehaviour();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        var reboot = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.Reboot);

        // The device takes the Reboot and reboots, but the connection dies before the ACS hears the response.
        behaviour.BeforeAnswer = (request, _) =>
        {
            behaviour.BeforeAnswer = null;
            phone.Handle(request);
            throw new HttpRequestException("the response was lost on the way");
        };
        phone.Events.Add(EventCodes.Periodic);
        var broken = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        Assert.False(broken.Completed);
        Assert.Equal(TaskState.Sent, (await server.Tasks.StateOfAsync(reboot)).State);
        Assert.Equal(2, phone.BootCount);

        var back = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.Contains(back.EventsSent, e => e.EventCode == EventCodes.MReboot);
        Assert.DoesNotContain("Reboot", back.RpcsReceived);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(reboot)).State);
        Assert.Equal(2, phone.BootCount);
    }

    [Theory]
    [InlineData(TaskKind.AddObject, """{"objectName":"Device.Services.VoiceService.1.VoiceProfile.1.Line."}""")]
    [InlineData(TaskKind.SetParameterValues, """{"parameterValues":[{"name":"Device.Services.VoiceService.1.VoiceProfile.1.Line.1.DirectoryNumber","value":"4242"}]}""")]
    [InlineData(TaskKind.DeleteObject, """{"objectName":"Device.Services.VoiceService.1.VoiceProfile.1.Line.2."}""")]
    public async Task A_change_applied_whose_response_was_lost_is_recognised_by_its_ParameterKey_and_not_repeated(TaskKind kind, string arguments)
    {
        await using var server = await AcsTestServer.StartAsync();
        var behaviour = new DeviceBehaviour();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        var lines = phone.Tree.Children("Device.Services.VoiceService.1.VoiceProfile.1.Line.").Count();
        var task = await server.Tasks.QueueAsync(Devices.IdOf(phone), kind, arguments);
        behaviour.BeforeAnswer = (request, _) =>
        {
            behaviour.BeforeAnswer = null;
            phone.Handle(request);
            throw new HttpRequestException("the response was lost on the way");
        };
        phone.Events.Add(EventCodes.Periodic);
        Assert.False((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        Assert.Equal($"acs-{task.Id}", phone.Tree.Value("Device.ManagementServer.ParameterKey"));

        var next = await LifecycleTests.PeriodicAsync(server, phone);

        Assert.Empty(next.RpcsReceived);
        var done = await server.Tasks.StateOfAsync(task);
        Assert.Equal(TaskState.Done, done.State);
        Assert.Equal(1, done.Attempts);
        var expectedLines = kind switch { TaskKind.AddObject => lines + 1, TaskKind.DeleteObject => lines - 1, _ => lines };
        Assert.Equal(expectedLines, phone.Tree.Children("Device.Services.VoiceService.1.VoiceProfile.1.Line.").Count());
    }

    [Fact]
    public async Task Server_restart_mid_queue_loses_nothing_and_runs_nothing_twice()
    {
        await using var server = await AcsTestServer.StartAsync();
        var behaviour = new DeviceBehaviour();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        var id = Devices.IdOf(phone);
        var set = await server.Tasks.QueueAsync(id, TaskKind.SetParameterValues,
            """{"parameterValues":[{"name":"Device.Services.VoiceService.1.VoiceProfile.1.Line.1.DirectoryNumber","value":"100"}]}""");
        var add = await server.Tasks.QueueAsync(id, TaskKind.AddObject, """{"objectName":"Device.Services.VoiceService.1.VoiceProfile.1.Line."}""");
        var read = await server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);

        // The session breaks on the AddObject, after the set was answered and persisted.
        behaviour.DropConnectionOnAcsRequest = 2;
        phone.Events.Add(EventCodes.Periodic);
        Assert.False((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        await server.RestartAsync();

        behaviour.DropConnectionOnAcsRequest = null;
        var resumed = await LifecycleTests.PeriodicAsync(server, phone);

        Assert.Equal(["AddObject", "GetParameterValues", "GetRPCMethods"], resumed.RpcsReceived);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(set)).State);
        Assert.Equal(1, (await server.Tasks.StateOfAsync(set)).Attempts);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(add)).State);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(read)).State);
        Assert.Equal("100", phone.Tree.Value("Device.Services.VoiceService.1.VoiceProfile.1.Line.1.DirectoryNumber"));
    }

    [Fact]
    public async Task Idle_session_is_closed_after_the_timeout_and_its_in_flight_task_returns_to_the_queue()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingletonTimeProvider(clock));
        var behaviour = new DeviceBehaviour();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        var task = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetRPCMethods);
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        behaviour.BeforeAnswer = async (_, ct) =>
        {
            held.TrySetResult();
            await release.Task.WaitAsync(ct);
        };

        phone.Events.Add(EventCodes.Periodic);
        var session = phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        await held.Task;
        Assert.Equal(TaskState.Sent, (await server.Tasks.StateOfAsync(task)).State);

        clock.Advance(TimeSpan.FromSeconds(31));
        await server.Engine.SweepAsync();

        Assert.Equal(TaskState.Pending, (await server.Tasks.StateOfAsync(task)).State);
        behaviour.BeforeAnswer = null;
        release.SetResult();
        var late = await session;
        Assert.False(late.Completed);
        Assert.Equal(TaskState.Pending, (await server.Tasks.StateOfAsync(task)).State);

        var next = await LifecycleTests.PeriodicAsync(server, phone);
        Assert.Equal(["GetRPCMethods"], next.RpcsReceived);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(task)).State);
    }

    [Fact]
    public async Task A_device_that_never_returns_the_cookie_keeps_its_session_by_connection()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, new DeviceBehaviour { ReturnCookie = false });
        await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetRPCMethods);
        await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo."]}""");

        var session = await LifecycleTests.PeriodicAsync(server, phone);

        Assert.Equal(["GetRPCMethods", "GetParameterValues"], session.RpcsReceived);
        Assert.NotNull(session.Cookie);
    }

    [Fact]
    public async Task Gzip_request_bodies_and_device_side_GetRPCMethods_are_handled()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, new DeviceBehaviour { GzipRequests = true, SendGetRpcMethods = true });
        await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetRPCMethods);

        var session = await LifecycleTests.PeriodicAsync(server, phone);

        Assert.Equal(["GetRPCMethods"], session.RpcsReceived);
        Assert.Empty(session.FaultsReceived);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    [InlineData("1.2")]
    [InlineData("1.3")]
    [InlineData("1.4")]
    public async Task Every_CWMP_version_is_answered_in_the_device_namespace(string version)
    {
        await using var server = await AcsTestServer.StartAsync();
        var behaviour = DeviceBehaviour.ForCwmpVersion(version);
        var phone = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetParameterNames, """{"parameterPath":"Device.DeviceInfo.","nextLevel":true}""");

        var session = await LifecycleTests.PeriodicAsync(server, phone);

        Assert.Equal(CwmpNamespaces.ForVersion(version), session.CwmpNamespace);
        Assert.Empty(session.Warnings);
        Assert.Equal(["GetParameterNames"], session.RpcsReceived);
        var device = await server.Devices.GetAsync(Devices.IdOf(phone));
        Assert.Equal(CwmpNamespaces.ForVersion(version), device!.CwmpNamespace);
    }
}
